package dev.schedlab.model.engine;

import java.util.Arrays;

/**
 * The future-event queue of the discrete-event engine, ordered by (time, sequence).
 *
 * <p>Why a sequence number: many things happen at the same nanosecond (a goroutine
 * readies another and wakes an M in one step). Events at equal times run in the
 * order they were scheduled, so a run is a pure function of (program, settings,
 * seed) and never depends on heap internals. Single-threaded.
 */
public final class EventQueue {
    private long[] times = new long[64];
    private long[] seqs = new long[64];
    private Runnable[] actions = new Runnable[64];
    private int size;
    private long nextSeq;

    /** Schedules {@code action} at {@code time}. */
    public void schedule(long time, Runnable action) {
        if (size == times.length) grow();
        int i = size++;
        long seq = nextSeq++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(time, seq, times[parent], seqs[parent])) break;
            move(parent, i);
            i = parent;
        }
        times[i] = time;
        seqs[i] = seq;
        actions[i] = action;
    }

    public boolean isEmpty() { return size == 0; }

    public int size() { return size; }

    /** Time of the earliest event, or {@link Long#MAX_VALUE} when empty. */
    public long peekTime() { return size == 0 ? Long.MAX_VALUE : times[0]; }

    /** Removes the earliest event and returns its action; its time is {@link #lastTime()}. */
    public Runnable poll() {
        Runnable top = actions[0];
        lastTime = times[0];
        int last = --size;
        long t = times[last];
        long s = seqs[last];
        Runnable a = actions[last];
        actions[last] = null;
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) break;
            if (child + 1 < size && before(times[child + 1], seqs[child + 1], times[child], seqs[child])) child++;
            if (!before(times[child], seqs[child], t, s)) break;
            move(child, i);
            i = child;
        }
        if (size > 0) {
            times[i] = t;
            seqs[i] = s;
            actions[i] = a;
        }
        return top;
    }

    private long lastTime;

    /** Time of the event last returned by {@link #poll()}. */
    public long lastTime() { return lastTime; }

    private static boolean before(long t1, long s1, long t2, long s2) { return t1 < t2 || (t1 == t2 && s1 < s2); }

    private void move(int from, int to) {
        times[to] = times[from];
        seqs[to] = seqs[from];
        actions[to] = actions[from];
    }

    private void grow() {
        int n = times.length * 2;
        times = Arrays.copyOf(times, n);
        seqs = Arrays.copyOf(seqs, n);
        actions = Arrays.copyOf(actions, n);
    }
}
