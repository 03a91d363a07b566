package dev.schedlab.model.record;

import java.util.Arrays;

/** A growable ring of ints, used for run queues and idle stacks inside {@link WorldState}. Not thread-safe. */
final class IntDeque {
    private int[] ring;
    private int head;
    private int size;

    IntDeque() {
        ring = new int[8];
    }

    int size() { return size; }

    boolean isEmpty() { return size == 0; }

    /** The element {@code i} places from the head. */
    int get(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return ring[(head + i) & (ring.length - 1)];
    }

    void addLast(int v) {
        grow();
        ring[(head + size) & (ring.length - 1)] = v;
        size++;
    }

    void addFirst(int v) {
        grow();
        head = (head - 1) & (ring.length - 1);
        ring[head] = v;
        size++;
    }

    int removeFirst() {
        int v = get(0);
        head = (head + 1) & (ring.length - 1);
        size--;
        return v;
    }

    int removeLast() {
        int v = get(size - 1);
        size--;
        return v;
    }

    int peekLast() { return get(size - 1); }

    void clear() {
        head = 0;
        size = 0;
    }

    /** Removes the first occurrence of {@code v}, searching from the tail; false if absent. */
    boolean removeValue(int v) {
        for (int i = size - 1; i >= 0; i--) {
            if (get(i) == v) {
                for (int j = i; j < size - 1; j++) ring[(head + j) & (ring.length - 1)] = get(j + 1);
                size--;
                return true;
            }
        }
        return false;
    }

    /** The elements head first. */
    int[] toArray() {
        int[] a = new int[size];
        int first = Math.min(size, ring.length - head);
        System.arraycopy(ring, head, a, 0, first);
        System.arraycopy(ring, 0, a, first, size - first);
        return a;
    }

    /** The elements tail first (the top of a stack first). */
    int[] toArrayReversed() {
        int[] a = toArray();
        for (int i = 0, j = a.length - 1; i < j; i++, j--) { int t = a[i]; a[i] = a[j]; a[j] = t; }
        return a;
    }

    private void grow() {
        if (size < ring.length) return;
        int[] bigger = Arrays.copyOf(toArray(), ring.length * 2);
        ring = bigger;
        head = 0;
    }
}
