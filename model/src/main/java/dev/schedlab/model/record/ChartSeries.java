package dev.schedlab.model.record;

import java.util.Arrays;

/**
 * One quantity over simulated time in equal buckets of {@code bucketNs}: for a level (a queue's
 * length, a count of goroutines) the highest value within each bucket, so a short spike is
 * never averaged away; for a counter (steals, retakes) the number of occurrences in each.
 * Immutable.
 */
public final class ChartSeries {
    private final String key;
    private final boolean counter;
    private final int[] values;

    public ChartSeries(String key, boolean counter, int[] values) {
        this.key = key;
        this.counter = counter;
        this.values = values.clone();
    }

    /** A stable name: {@code runq.global}, {@code runq.p0}, {@code g.running}, {@code steal.tries}... */
    public String key() { return key; }

    /** True for occurrences per bucket, false for a level's peak per bucket. */
    public boolean counter() { return counter; }

    public int size() { return values.length; }

    public int value(int bucket) { return values[bucket]; }

    /** The largest value of any bucket (0 when empty). */
    public int max() { return Arrays.stream(values).max().orElse(0); }

    /** The sum over every bucket: the total count of a counter. */
    public long total() { return Arrays.stream(values).asLongStream().sum(); }
}
