package dev.schedlab.model.runtime;

import java.util.Arrays;

/**
 * A P's timers (runtime/time.go:timers): a 4-ary min-heap ordered by when, then by
 * insertion, so timers at equal times fire in the order they were set. An entry is a
 * sleeping {@link G} (time.Sleep) or a {@link Timer} (channel and AfterFunc timers).
 */
final class TimerHeap {
    private static final int ARITY = 4;
    private Object[] gs = new Object[8];
    private long[] whens = new long[8];
    private long[] seqs = new long[8];
    private int size;
    private long nextSeq;

    int size() { return size; }

    /** The earliest when, or 0 when empty (wakeTime). */
    long wakeTime() { return size == 0 ? 0 : whens[0]; }

    Object peek() { return gs[0]; }

    /** The entries in heap order (not sorted), for the inspector: what each waits for, and when. */
    void forEach(java.util.function.ObjLongConsumer<Object> action) {
        for (int i = 0; i < size; i++) action.accept(gs[i], whens[i]);
    }

    void add(Object g, long when) {
        if (size == gs.length) {
            gs = Arrays.copyOf(gs, size * 2);
            whens = Arrays.copyOf(whens, size * 2);
            seqs = Arrays.copyOf(seqs, size * 2);
        }
        long seq = nextSeq++;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) / ARITY;
            if (!less(when, seq, whens[parent], seqs[parent])) break;
            set(i, gs[parent], whens[parent], seqs[parent]);
            i = parent;
        }
        set(i, g, when, seq);
    }

    Object poll() {
        Object top = gs[0];
        int last = --size;
        Object g = gs[last];
        long w = whens[last];
        long s = seqs[last];
        gs[last] = null;
        if (size > 0) siftDown(0, g, w, s);
        return top;
    }

    /** Moves every timer to {@code other}, owned by {@code to} (p.destroy). */
    void moveAllTo(TimerHeap other, P to) {
        while (size > 0) {
            long w = whens[0];
            Object e = poll();
            if (e instanceof Timer t) t.heapP = to;
            other.add(e, w);
        }
    }

    /** Takes {@code e}'s entry out (to re-key it: the caller adds it back, the count is unchanged). */
    void remove(Object e) {
        int i = 0;
        while (i < size && gs[i] != e) i++;
        if (i == size) throw new IllegalStateException("not in the heap: " + e);
        int last = --size;
        Object g = gs[last];
        long w = whens[last];
        long s = seqs[last];
        gs[last] = null;
        if (i == last) return;
        // Put the last entry at i, then move it up or down.
        while (i > 0) {
            int parent = (i - 1) / ARITY;
            if (!less(w, s, whens[parent], seqs[parent])) break;
            set(i, gs[parent], whens[parent], seqs[parent]);
            i = parent;
        }
        siftDown(i, g, w, s);
    }

    private void siftDown(int i, Object g, long w, long s) {
        while (true) {
            int first = i * ARITY + 1;
            if (first >= size) break;
            int best = first;
            for (int c = first + 1; c < Math.min(first + ARITY, size); c++) {
                if (less(whens[c], seqs[c], whens[best], seqs[best])) best = c;
            }
            if (!less(whens[best], seqs[best], w, s)) break;
            set(i, gs[best], whens[best], seqs[best]);
            i = best;
        }
        set(i, g, w, s);
    }

    private static boolean less(long w1, long s1, long w2, long s2) { return w1 < w2 || (w1 == w2 && s1 < s2); }

    private void set(int i, Object g, long w, long s) {
        gs[i] = g;
        whens[i] = w;
        seqs[i] = s;
    }
}
