package dev.schedlab.app.playback;

/**
 * A run's key figures from its start up to one moment, for comparing two runs side by side.
 *
 * @param switches         goroutine switches: times an M started running a goroutine (execute)
 * @param steals           successful steals from another P's queue
 * @param stolenGoroutines goroutines moved by those steals
 * @param latencies        how many scheduling latencies the percentiles are taken over
 * @param latencyP50Ns     median scheduling latency: from a goroutine entering a run queue to it running
 * @param latencyP90Ns     90th percentile of the same
 * @param latencyP99Ns     99th percentile of the same
 * @param schedulerNs      thread time spent in the scheduler on g0 (finding work, spinning), summed over the Ms
 */
public record KeyFigures(long switches, long steals, long stolenGoroutines, long latencies,
                         long latencyP50Ns, long latencyP90Ns, long latencyP99Ns, long schedulerNs) {
    public static final KeyFigures NONE = new KeyFigures(0, 0, 0, 0, 0, 0, 0, 0);
}
