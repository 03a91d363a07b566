package dev.schedlab.app.run;

import dev.schedlab.model.RunStats;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures {@code --stats} prints, as {@code key: value} lines that scripts can grep.
 *
 * @param wallNanos      wall-clock time of the simulation itself (compiling excluded)
 * @param peakHeapBytes      used heap, garbage included; see {@link HeapPeakSampler}
 * @param peakLiveHeapBytes  the most heap a garbage collection left in use (0 if none ran)
 */
public record StatsReport(RunStats stats, long wallNanos, long peakHeapBytes, long peakLiveHeapBytes) {
    public Map<String, Long> figures() {
        Map<String, Long> f = new LinkedHashMap<>();
        f.put("events", stats.events());
        f.put("goroutine_switches", stats.goroutineSwitches());
        f.put("sim_time_ns", stats.simTimeNs());
        f.put("wall_ms", wallNanos / 1_000_000);
        f.put("peak_goroutines", stats.peakGoroutines());
        f.put("threads", stats.threads());
        f.put("gc_assist_ns", stats.gcAssistNs());
        f.put("switches_per_wall_second", wallNanos == 0 ? 0 : Math.round(stats.goroutineSwitches() * 1e9 / wallNanos));
        f.put("peak_heap_bytes", peakHeapBytes);
        f.put("peak_live_heap_bytes", peakLiveHeapBytes);
        return f;
    }

    public void print(PrintWriter err) {
        figures().forEach((key, value) -> err.println(key + ": " + value));
        err.flush();
    }
}
