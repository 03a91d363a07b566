package dev.schedlab.app.playback;

import java.util.List;

/**
 * A run's key figures as computed so far, answerable at any moment up to the computed end
 * ({@link #at}). Immutable: it reads only the prefix of the arrays it was given, which the
 * simulation's thread never changes afterwards.
 */
public final class FigureTrack {
    public static final FigureTrack EMPTY = new FigureTrack(Times.NONE, new short[0], Times.NONE, new long[0], List.of(), List.of(), 0);

    /** Event times in ascending order: the first {@code size} of {@code times}. */
    record Times(long[] times, int size) {
        static final Times NONE = new Times(new long[0], 0);

        int countAtMost(long time) { return GrowingLongs.countAtMost(times, size, time); }
    }

    /** One M's scheduler intervals: {@code totals[i]} is the time in all of them through interval i. */
    record Intervals(long[] starts, long[] ends, long[] totals, int size, long openSince) {
        long timeUntil(long time, long lastTime) {
            long sum = 0;
            int i = GrowingLongs.countAtMost(starts, size, time) - 1;
            if (i >= 0) sum = (i > 0 ? totals[i - 1] : 0) + Math.min(ends[i], time) - starts[i];
            if (openSince >= 0 && openSince < time) sum += Math.min(time, lastTime) - openSince;
            return sum;
        }
    }

    private final Times switches;
    /** Per switch, its latency's bucket or {@link RunFigures#NO_LATENCY}. */
    private final short[] latencyBuckets;
    private final Times steals;
    private final long[] stolenSoFar;
    private final List<int[]> checkpoints;
    private final List<Intervals> machines;
    private final long lastTime;

    FigureTrack(Times switches, short[] latencyBuckets, Times steals, long[] stolenSoFar,
                List<int[]> checkpoints, List<Intervals> machines, long lastTime) {
        this.switches = switches;
        this.latencyBuckets = latencyBuckets;
        this.steals = steals;
        this.stolenSoFar = stolenSoFar;
        this.checkpoints = checkpoints;
        this.machines = List.copyOf(machines);
        this.lastTime = lastTime;
    }

    /** The time of the last event folded in. */
    public long endTime() { return lastTime; }

    /** The figures from the start up to and including {@code time} (at most the computed end). */
    public KeyFigures at(long time) {
        int nSteals = steals.countAtMost(time);
        int n = switches.countAtMost(time);
        int k = Math.min(checkpoints.size(), n / RunFigures.CHECKPOINT);
        int[] counts = k == 0 ? new int[LatencyBuckets.COUNT + 1] : checkpoints.get(k - 1).clone();
        for (int i = k * RunFigures.CHECKPOINT; i < n; i++) {
            if (latencyBuckets[i] == RunFigures.NO_LATENCY) continue;
            counts[latencyBuckets[i]]++;
            counts[LatencyBuckets.COUNT]++;
        }
        long latencies = counts[LatencyBuckets.COUNT];
        long scheduler = 0;
        for (Intervals m : machines) scheduler += m.timeUntil(time, lastTime);
        return new KeyFigures(n, nSteals, nSteals == 0 ? 0 : stolenSoFar[nSteals - 1], latencies,
                LatencyBuckets.quantile(counts, latencies, 0.5), LatencyBuckets.quantile(counts, latencies, 0.9),
                LatencyBuckets.quantile(counts, latencies, 0.99), scheduler);
    }
}
