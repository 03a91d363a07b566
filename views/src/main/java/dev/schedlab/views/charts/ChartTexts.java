package dev.schedlab.views.charts;

import java.util.Map;

/**
 * The English words of the charts and flame graph, used when the window supplies none (tests,
 * export). The window passes its translated messages under the same keys.
 */
public final class ChartTexts {
    private ChartTexts() {}

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("charts.panel.runqueues", "Run queues (local per P, and global)"),
            Map.entry("charts.panel.goroutines", "Goroutines by status"),
            Map.entry("charts.panel.threads", "Threads, steals and retakes"),
            Map.entry("charts.series.global", "global"),
            Map.entry("charts.series.running", "running"),
            Map.entry("charts.series.runnable", "runnable"),
            Map.entry("charts.series.waiting", "waiting"),
            Map.entry("charts.series.syscall", "in syscall"),
            Map.entry("charts.series.stealTries", "steals tried"),
            Map.entry("charts.series.stealHits", "steals succeeded"),
            Map.entry("charts.series.retakes", "retakes"),
            Map.entry("charts.series.threads", "threads (Ms)"),
            Map.entry("charts.note", "Lines: peak per interval · bars: events per interval"),
            Map.entry("charts.gc", "GC"),
            Map.entry("charts.stw", "stop-the-world"),
            Map.entry("charts.latency.title", "Scheduling latency (runnable to running)"),
            Map.entry("charts.latency.summary", "%d waits   p50 %s   p90 %s   p99 %s   max %s"),
            Map.entry("charts.latency.empty", "No goroutine has waited to run yet."),
            Map.entry("profile.title", "Simulated CPU profile up to the playhead: %s of CPU time on %d stacks"),
            Map.entry("profile.mcall", "runtime.mcall %s   user code %s   runtime on goroutine stacks %s"),
            Map.entry("profile.empty", "No CPU time yet."),
            Map.entry("profile.hint", "Click a frame to zoom in, click the top bar to zoom out."));

    /** The English text for {@code key}, or the key itself (series named P0, P1... are their own label). */
    public static String english(String key) { return ENGLISH.getOrDefault(key, key); }

    /** Every key, for the window's message bundles to match. */
    public static java.util.Set<String> keys() { return ENGLISH.keySet(); }
}
