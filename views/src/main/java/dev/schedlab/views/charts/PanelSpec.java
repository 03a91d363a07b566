package dev.schedlab.views.charts;

import java.util.ArrayList;
import java.util.List;

/** A chart panel: a title (text key) and the series it overlays on one y axis. */
public record PanelSpec(String titleKey, List<SeriesSpec> series) {
    public PanelSpec { series = List.copyOf(series); }

    /** Run queues: the global queue, then each P's local queue (runnext not counted, as in schedtrace). */
    public static PanelSpec runQueues(int processors) {
        List<SeriesSpec> s = new ArrayList<>();
        s.add(new SeriesSpec("runq.global", "charts.series.global", ChartTheme.Hue.SYSCALL, false));
        ChartTheme.Hue[] hues = {ChartTheme.Hue.RUNNABLE, ChartTheme.Hue.RUNNING, ChartTheme.Hue.WAITING,
                ChartTheme.Hue.SPINNING, ChartTheme.Hue.NEUTRAL};
        for (int p = 0; p < processors; p++) {
            s.add(new SeriesSpec("runq.p" + p, "P" + p, hues[p % hues.length], false));
        }
        return new PanelSpec("charts.panel.runqueues", s);
    }

    public static PanelSpec goroutines() {
        return new PanelSpec("charts.panel.goroutines", List.of(
                new SeriesSpec("g.running", "charts.series.running", ChartTheme.Hue.RUNNING, false),
                new SeriesSpec("g.runnable", "charts.series.runnable", ChartTheme.Hue.RUNNABLE, false),
                new SeriesSpec("g.waiting", "charts.series.waiting", ChartTheme.Hue.WAITING, false),
                new SeriesSpec("g.syscall", "charts.series.syscall", ChartTheme.Hue.SYSCALL, false)));
    }

    public static PanelSpec threadsAndSteals() {
        return new PanelSpec("charts.panel.threads", List.of(
                new SeriesSpec("steal.tries", "charts.series.stealTries", ChartTheme.Hue.NEUTRAL, true),
                new SeriesSpec("steal.hits", "charts.series.stealHits", ChartTheme.Hue.SPINNING, true),
                new SeriesSpec("retakes", "charts.series.retakes", ChartTheme.Hue.SYSCALL, true),
                new SeriesSpec("threads", "charts.series.threads", ChartTheme.Hue.RUNNABLE, false)));
    }
}
