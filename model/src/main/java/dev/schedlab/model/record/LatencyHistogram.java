package dev.schedlab.model.record;

import java.util.Arrays;

/**
 * Scheduling latency: how long goroutines waited from runnable to running, the figure
 * {@code perf sched latency} reports for threads. Counts are kept in log-linear buckets
 * (16 per power of two, so a percentile is within about 4% of the true value); count, sum and
 * max are exact. Immutable once built by {@link Builder}.
 */
public final class LatencyHistogram {
    static final int SUB = 16;
    private static final int SUB_BITS = 4;
    private final long[] counts;
    private final long count;
    private final long sumNs;
    private final long maxNs;

    private LatencyHistogram(long[] counts, long count, long sumNs, long maxNs) {
        this.counts = counts;
        this.count = count;
        this.sumNs = sumNs;
        this.maxNs = maxNs;
    }

    public static final LatencyHistogram EMPTY = new Builder().build();

    /** A histogram of the given latencies (ns), for tests and tools. */
    public static LatencyHistogram of(long... latencies) {
        Builder b = new Builder();
        for (long l : latencies) b.add(l);
        return b.build();
    }

    public long count() { return count; }

    public long maxNs() { return maxNs; }

    public long meanNs() { return count == 0 ? 0 : sumNs / count; }

    /**
     * The latency at or below which {@code fraction} (0..1) of the waits fell: the upper end of the
     * fine bucket that holds it, never above the exact maximum.
     */
    public long percentileNs(double fraction) {
        if (count == 0) return 0;
        long rank = Math.max(1, (long) Math.ceil(fraction * count));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) return Math.min(maxNs, upperBound(i));
        }
        return maxNs;
    }

    /**
     * Waits per power of two: element k counts latencies in [2^k, 2^(k+1)) ns (element 0 also
     * holds 0 ns), up to the highest non-empty one. The bars a chart draws.
     */
    public long[] powerOfTwoCounts() {
        int top = -1;
        long[] out = new long[64];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) continue;
            int k = octave(i);
            out[k] += counts[i];
            top = Math.max(top, k);
        }
        return Arrays.copyOf(out, top + 1);
    }

    // Fine bucket of v: values below SUB map to themselves; above, (octave, top SUB_BITS bits after the leading one).
    static int bucketOf(long v) {
        if (v < SUB) return (int) Math.max(0, v);
        int exp = 63 - Long.numberOfLeadingZeros(v);
        int sub = (int) ((v >>> (exp - SUB_BITS)) & (SUB - 1));
        return (exp - SUB_BITS + 1) * SUB + sub;
    }

    static long upperBound(int bucket) {
        if (bucket < SUB) return bucket;
        int exp = bucket / SUB + SUB_BITS - 1;
        long sub = bucket % SUB;
        return ((SUB + sub + 1) << (exp - SUB_BITS)) - 1;
    }

    private static int octave(int bucket) {
        long lower = bucket < SUB ? bucket : (upperBound(bucket - 1) + 1);
        return lower == 0 ? 0 : 63 - Long.numberOfLeadingZeros(lower);
    }

    /** Collects latencies; single-threaded. */
    public static final class Builder {
        private long[] counts = new long[64 * SUB];
        private long count;
        private long sum;
        private long max;

        public void add(long latencyNs) {
            long v = Math.max(0, latencyNs);
            counts[bucketOf(v)]++;
            count++;
            sum += v;
            max = Math.max(max, v);
        }

        public LatencyHistogram build() { return new LatencyHistogram(counts.clone(), count, sum, max); }
    }
}
