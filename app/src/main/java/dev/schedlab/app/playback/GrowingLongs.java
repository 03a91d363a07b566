package dev.schedlab.app.playback;

import java.util.Arrays;

/**
 * An append-only array of longs. A reader given {@link #array()} and {@link #size()} may keep
 * reading that prefix on another thread while more is appended: appends past the size it saw
 * never touch it, and growing copies into a new array.
 */
final class GrowingLongs {
    private long[] values = new long[64];
    private int size;

    void add(long v) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = v;
    }

    long get(int i) { return values[i]; }

    long last() { return values[size - 1]; }

    int size() { return size; }

    long[] array() { return values; }

    /** How many of the first {@code size} values, sorted ascending, are at most {@code key}. */
    static int countAtMost(long[] sorted, int size, long key) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= key) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
