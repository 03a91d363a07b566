package dev.schedlab.model.record;

import java.util.List;
import java.util.Optional;

/**
 * What the charts show for a run so far: series over simulated time in buckets of
 * {@code bucketNs} from time 0, the GC phases and stop-the-world pauses as time spans, and the
 * scheduling-latency histogram. Immutable; made by {@link ChartRecorder}.
 *
 * @param bucketNs   width of one bucket of every series
 * @param endTime    time of the last event folded
 * @param series     levels and counters (see {@link ChartRecorder} for the keys)
 * @param spans      GC phases ({@code gc mark}) and stop-the-world pauses ({@code stw ...}) in time order
 * @param latency    runnable-to-running waits
 */
public record ChartData(long bucketNs, long endTime, List<ChartSeries> series, List<Span> spans, LatencyHistogram latency) {
    public ChartData {
        series = List.copyOf(series);
        spans = List.copyOf(spans);
    }

    /** A stretch of time with a label; {@code end} is -1 while it lasts. */
    public record Span(long start, long end, String label) {}

    public static final ChartData EMPTY = new ChartData(1000, 0, List.of(), List.of(), LatencyHistogram.EMPTY);

    public Optional<ChartSeries> series(String key) {
        return series.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
