package dev.schedlab.app.playback;

/**
 * Log-scale buckets for latencies in ns, 16 per power of two (each at most about 6% wide), exact
 * below 16 ns: percentiles over millions of samples from a small array of counts.
 */
final class LatencyBuckets {
    static final int SUB = 16;
    /** Up to 2^47 ns (about 39 hours); longer latencies go in the last bucket. */
    static final int COUNT = SUB + (47 - 4) * SUB;

    private LatencyBuckets() {}

    static int of(long ns) {
        if (ns < SUB) return (int) Math.max(0, ns);
        int e = 63 - Long.numberOfLeadingZeros(ns); // >= 4
        int b = SUB + (e - 4) * SUB + (int) ((ns >>> (e - 4)) & (SUB - 1));
        return Math.min(b, COUNT - 1);
    }

    static long lowerBound(int bucket) {
        if (bucket < SUB) return bucket;
        int e = (bucket - SUB) / SUB + 4;
        long sub = (bucket - SUB) % SUB;
        return (SUB + sub) << (e - 4);
    }

    /** The value a bucket stands for: the middle of its range. */
    static long value(int bucket) {
        if (bucket < SUB) return bucket;
        return (lowerBound(bucket) + lowerBound(bucket + 1) - 1) / 2;
    }

    /** The {@code q} quantile (0..1] of {@code n} samples counted in {@code counts[0..COUNT)}; 0 when there are none. */
    static long quantile(int[] counts, long n, double q) {
        if (n == 0) return 0;
        long rank = Math.max(1, (long) Math.ceil(q * n));
        long seen = 0;
        for (int b = 0; b < COUNT; b++) {
            seen += counts[b];
            if (seen >= rank) return value(b);
        }
        return value(COUNT - 1);
    }
}
