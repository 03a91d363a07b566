package dev.schedlab.views.charts;

import dev.schedlab.model.record.LatencyHistogram;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HistogramModelTest {
    @Test
    void barsRunFromTheShortestOctaveSeenToTheLongestWithRelativeHeights() {
        // 3 waits in [1024, 2048) ns, 1 in [4096, 8192), none between
        HistogramModel.View v = HistogramModel.of(LatencyHistogram.of(1100, 1500, 2000, 5000));
        assertThat(v.bars()).extracting(HistogramModel.Bar::lowNs).containsExactly(1024L, 2048L, 4096L);
        assertThat(v.bars()).extracting(HistogramModel.Bar::count).containsExactly(3L, 0L, 1L);
        assertThat(v.bars().get(0).height()).isEqualTo(1.0);
        assertThat(v.bars().get(2).height()).isEqualTo(1.0 / 3);
        assertThat(v.bars()).extracting(HistogramModel.Bar::label).containsExactly("1µs", "2µs", "4.1µs");
        assertThat(v.count()).isEqualTo(4);
        assertThat(v.maxNs()).isEqualTo(5000);
        assertThat(v.p99Ns()).isEqualTo(5000);
    }

    @Test
    void durationsReadAsATeacherWouldSayThem() {
        assertThat(HistogramModel.duration(0)).isEqualTo("0ns");
        assertThat(HistogramModel.duration(512)).isEqualTo("512ns");
        assertThat(HistogramModel.duration(16_384)).isEqualTo("16µs");
        assertThat(HistogramModel.duration(1_500_000)).isEqualTo("1.5ms");
        assertThat(HistogramModel.duration(250_000_000)).isEqualTo("250ms");
        assertThat(HistogramModel.duration(2_000_000_000)).isEqualTo("2s");
    }

    @Test
    void noWaitsNoBars() {
        assertThat(HistogramModel.of(LatencyHistogram.EMPTY).bars()).isEmpty();
    }
}
