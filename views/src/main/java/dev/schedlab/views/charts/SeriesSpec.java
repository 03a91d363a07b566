package dev.schedlab.views.charts;

/**
 * One series to draw in a panel: which {@link dev.schedlab.model.record.ChartSeries} (by key), the
 * text key of its legend, its colour and whether it is drawn as bars (counters) or a step line (levels).
 */
public record SeriesSpec(String key, String labelKey, ChartTheme.Hue hue, boolean bars) {}
