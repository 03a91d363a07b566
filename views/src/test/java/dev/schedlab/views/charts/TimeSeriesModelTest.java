package dev.schedlab.views.charts;

import dev.schedlab.model.record.ChartData;
import dev.schedlab.model.record.ChartSeries;
import dev.schedlab.model.record.LatencyHistogram;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class TimeSeriesModelTest {
    private static final PanelSpec PANEL = new PanelSpec("t", List.of(
            new SeriesSpec("level", "level", ChartTheme.Hue.RUNNING, false),
            new SeriesSpec("count", "count", ChartTheme.Hue.NEUTRAL, true)));

    /** Eight 1 µs buckets: a level 0,3,3,1,1,1,7,0 and a counter 1,0,2,0,0,0,0,5. */
    private static ChartData data() {
        return new ChartData(1000, 8000, List.of(
                new ChartSeries("level", false, new int[] {0, 3, 3, 1, 1, 1, 7, 0}),
                new ChartSeries("count", true, new int[] {1, 0, 2, 0, 0, 0, 0, 5})), List.of(), LatencyHistogram.EMPTY);
    }

    @Test
    void oneColumnPerBucketKeepsEveryValueAsRunsOfEqualValues() {
        TimeSeriesModel.Plot plot = TimeSeriesModel.plot(data(), PANEL, 0, 8000, 8 * TimeSeriesModel.COLUMN_PX);
        assertThat(plot.columns()).isEqualTo(8);
        assertThat(plot.lines().get(0).runs()).containsExactly(
                new TimeSeriesModel.Run(0, 0, 0), new TimeSeriesModel.Run(1, 2, 3), new TimeSeriesModel.Run(3, 5, 1),
                new TimeSeriesModel.Run(6, 6, 7), new TimeSeriesModel.Run(7, 7, 0));
        assertThat(plot.yMax()).isEqualTo(10); // 7 rounded up to 1, 2, 5 x 10^k
        assertThat(plot.ticks()).containsExactly(0, 5, 10);
    }

    @Test
    void narrowerPlotsTakeALevelsPeakAndACountersSum() {
        TimeSeriesModel.Plot plot = TimeSeriesModel.plot(data(), PANEL, 0, 8000, 2 * TimeSeriesModel.COLUMN_PX);
        assertThat(plot.lines().get(0).runs()).containsExactly(new TimeSeriesModel.Run(0, 0, 3), new TimeSeriesModel.Run(1, 1, 7));
        assertThat(plot.lines().get(1).runs()).containsExactly(new TimeSeriesModel.Run(0, 0, 3), new TimeSeriesModel.Run(1, 1, 5));
    }

    @Test
    void nothingIsDrawnPastTheEndOfTheRun() {
        TimeSeriesModel.Plot plot = TimeSeriesModel.plot(data(), PANEL, 0, 16000, 16 * TimeSeriesModel.COLUMN_PX);
        assertThat(plot.lines().get(0).runs().get(plot.lines().get(0).runs().size() - 1))
                .isEqualTo(new TimeSeriesModel.Run(7, 15, 0));
        assertThat(plot.columnOf(8000)).isEqualTo(8);
    }

    /** However long and noisy the run, a panel draws at most two items per column and series. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void itemsStayBoundedByTheWidth(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] level = new int[2048], count = new int[2048];
        for (int i = 0; i < level.length; i++) {
            level[i] = r.nextInt(50);
            count[i] = r.nextInt(3);
        }
        ChartData d = new ChartData(5000, 2048L * 5000, List.of(new ChartSeries("level", false, level),
                new ChartSeries("count", true, count)), List.of(), LatencyHistogram.EMPTY);
        double width = 600;
        TimeSeriesModel.Plot plot = TimeSeriesModel.plot(d, PANEL, 0, d.endTime(), width);
        assertThat(plot.itemCount()).isLessThanOrEqualTo(3 * plot.columns()).isLessThanOrEqualTo(1000);
        int max = 0;
        for (int v : level) max = Math.max(max, v);
        assertThat(plot.lines().get(0).max()).isEqualTo(max);
    }

    @Test
    void wideColumnsMergeBucketsAndDrawFewerItems() {
        TimeSeriesModel.Plot narrow = TimeSeriesModel.plot(data(), PANEL, 0, 8000, 16, 2);
        TimeSeriesModel.Plot wide = TimeSeriesModel.plot(data(), PANEL, 0, 8000, 16, 8);
        assertThat(narrow.columns()).isEqualTo(8);
        assertThat(wide.columns()).isEqualTo(2);
        assertThat(wide.itemCount()).isLessThan(narrow.itemCount());
    }
}
