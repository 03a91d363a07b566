package dev.schedlab.views.charts;

import dev.schedlab.model.record.LatencyHistogram;

import java.util.ArrayList;
import java.util.List;

/**
 * The scheduling-latency histogram as drawn, computed without JavaFX: one bar per power of two of
 * nanoseconds (as {@code perf sched latency} and bpftrace's hist print them), each with its range
 * label and its height as a fraction of the tallest, plus the summary figures.
 */
public final class HistogramModel {
    private HistogramModel() {}

    /** One bar: waits in [lowNs, highNs), {@code count} of them, {@code height} of the tallest (0..1). */
    public record Bar(long lowNs, long highNs, long count, double height, String label) {}

    /** Bars from the shortest wait seen to the longest, and the figures printed beside them. */
    public record View(List<Bar> bars, long count, long p50Ns, long p90Ns, long p99Ns, long maxNs, long meanNs) {
        public View { bars = List.copyOf(bars); }
    }

    public static View of(LatencyHistogram h) {
        long[] counts = h.powerOfTwoCounts();
        int first = 0;
        while (first < counts.length && counts[first] == 0) first++;
        long tallest = 1;
        for (long c : counts) tallest = Math.max(tallest, c);
        List<Bar> bars = new ArrayList<>();
        for (int k = first; k < counts.length; k++) {
            long low = k == 0 ? 0 : 1L << k;
            long high = 1L << (k + 1);
            bars.add(new Bar(low, high, counts[k], (double) counts[k] / tallest, duration(low)));
        }
        return new View(bars, h.count(), h.percentileNs(0.50), h.percentileNs(0.90), h.percentileNs(0.99), h.maxNs(), h.meanNs());
    }

    /** A short duration as a teacher would say it: 0, 512ns, 2µs, 16ms, 1.1s. */
    public static String duration(long ns) {
        if (ns < 1_000) return ns + "ns";
        if (ns < 1_000_000) return trim(ns / 1e3) + "µs";
        if (ns < 1_000_000_000) return trim(ns / 1e6) + "ms";
        return trim(ns / 1e9) + "s";
    }

    private static String trim(double v) {
        if (v >= 100) return String.valueOf(Math.round(v));
        String s = String.format(java.util.Locale.ROOT, v >= 10 ? "%.0f" : "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
