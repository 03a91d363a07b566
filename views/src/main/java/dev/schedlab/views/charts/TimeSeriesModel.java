package dev.schedlab.views.charts;

import dev.schedlab.model.record.ChartData;
import dev.schedlab.model.record.ChartSeries;

import java.util.ArrayList;
import java.util.List;

/**
 * What a time-series panel draws, computed without JavaFX: the chart's buckets aggregated into
 * columns of {@link #COLUMN_PX} pixels (a level's peak, a counter's sum), then merged into runs of
 * equal value, so a panel draws at most two lines (or one bar) per column and series whatever the
 * run's length: a step line's horizontal runs and the risers between them.
 */
public final class TimeSeriesModel {
    /** Pixels per column: a column is the smallest time step a panel shows. */
    public static final double COLUMN_PX = 2;

    private TimeSeriesModel() {}

    /** A stretch of columns [first, last] where a series keeps one value. */
    public record Run(int first, int last, int value) {}

    /** A series as drawn: its runs, left to right. */
    public record Line(SeriesSpec spec, List<Run> runs, int max) {
        public Line { runs = List.copyOf(runs); }
    }

    /**
     * A panel ready to draw.
     *
     * @param columns the number of columns across the plot
     * @param from    time at the left edge of the first column
     * @param to      time at the right edge of the last column
     * @param yMax    the top of the y axis: a round number at or above every value, at least 1
     * @param ticks   y values to label, from 0 to yMax
     */
    public record Plot(int columns, long from, long to, int yMax, List<Integer> ticks, List<Line> lines) {
        public Plot {
            ticks = List.copyOf(ticks);
            lines = List.copyOf(lines);
        }

        /** Lines, rectangles and risers the skin will draw for the series (without axes and labels). */
        public int itemCount() {
            int n = 0;
            for (Line l : lines) n += l.spec().bars() ? (int) l.runs().stream().filter(r -> r.value() > 0).count() : 2 * l.runs().size();
            return n;
        }

        /** The column holding time {@code t}, clamped to the plot. */
        public int columnOf(long t) {
            if (to <= from) return 0;
            return (int) Math.max(0, Math.min(columns - 1, (t - from) * columns / (to - from)));
        }
    }

    /** The plot of {@code panel} over [from, to) across {@code widthPx} pixels, in columns of {@link #COLUMN_PX}. */
    public static Plot plot(ChartData data, PanelSpec panel, long from, long to, double widthPx) {
        return plot(data, panel, from, to, widthPx, COLUMN_PX);
    }

    /** The same with columns {@code columnPx} wide: wider columns, fewer items to draw. */
    public static Plot plot(ChartData data, PanelSpec panel, long from, long to, double widthPx, double columnPx) {
        int columns = Math.max(1, (int) (widthPx / Math.max(COLUMN_PX, columnPx)));
        long span = Math.max(1, to - from);
        List<Line> lines = new ArrayList<>();
        int max = 0;
        for (SeriesSpec spec : panel.series()) {
            ChartSeries s = data.series(spec.key()).orElse(null);
            if (s == null) continue;
            int[] col = new int[columns];
            for (int c = 0; c < columns; c++) {
                long t0 = from + span * c / columns;
                long t1 = from + span * (c + 1) / columns;
                col[c] = aggregate(s, data.bucketNs(), t0, t1, data.endTime());
            }
            List<Run> runs = new ArrayList<>();
            int start = 0;
            int lineMax = 0;
            for (int c = 1; c <= columns; c++) {
                if (c == columns || col[c] != col[start]) {
                    runs.add(new Run(start, c - 1, col[start]));
                    lineMax = Math.max(lineMax, col[start]);
                    start = c;
                }
            }
            lines.add(new Line(spec, runs, lineMax));
            max = Math.max(max, lineMax);
        }
        int yMax = niceCeiling(Math.max(1, max));
        return new Plot(columns, from, from + span, yMax, ticks(yMax), lines);
    }

    /** The peak (level) or sum (counter) of the buckets overlapping [t0, t1), nothing past the run's end. */
    static int aggregate(ChartSeries s, long bucketNs, long t0, long t1, long end) {
        if (t0 > end || s.size() == 0) return 0;
        int first = (int) Math.min(s.size() - 1, t0 / bucketNs);
        int last = (int) Math.min(s.size() - 1, Math.max(t0, t1 - 1) / bucketNs);
        int v = 0;
        for (int b = first; b <= last; b++) v = s.counter() ? v + s.value(b) : Math.max(v, s.value(b));
        return v;
    }

    /** The smallest of 1, 2, 5 times a power of ten at or above {@code v}. */
    static int niceCeiling(int v) {
        long p = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) if (m * p >= v) return (int) Math.min(Integer.MAX_VALUE, m * p);
            p *= 10;
        }
    }

    private static List<Integer> ticks(int yMax) {
        return yMax == 1 ? List.of(0, 1) : List.of(0, yMax / 2, yMax);
    }
}
