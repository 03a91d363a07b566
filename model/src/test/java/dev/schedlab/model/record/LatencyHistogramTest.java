package dev.schedlab.model.record;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class LatencyHistogramTest {
    @Test
    void powerOfTwoBarsCountEachOctave() {
        LatencyHistogram h = LatencyHistogram.of(0, 1, 3, 900, 1024, 1500, 2047, 5000);
        // [0,2): 0 and 1; [2,4): 3; [512,1024): 900; [1024,2048): 1024, 1500, 2047; [4096,8192): 5000
        long[] bars = h.powerOfTwoCounts();
        assertThat(bars).hasSize(13);
        assertThat(bars[0]).isEqualTo(2);
        assertThat(bars[1]).isEqualTo(1);
        assertThat(bars[9]).isEqualTo(1);
        assertThat(bars[10]).isEqualTo(3);
        assertThat(bars[12]).isEqualTo(1);
        assertThat(Arrays.stream(bars).sum()).isEqualTo(8);
    }

    /** Percentiles against the exact order statistic of seeded random latencies: within 1/16 above. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void percentilesAreWithinOneFineBucketOfTheTruth(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        long[] values = new long[5000];
        for (int i = 0; i < values.length; i++) values[i] = (long) Math.exp(r.nextDouble() * Math.log(50_000_000));
        LatencyHistogram h = LatencyHistogram.of(values);
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        for (double q : new double[] {0.5, 0.9, 0.99}) {
            long exact = sorted[(int) Math.ceil(q * sorted.length) - 1];
            assertThat(h.percentileNs(q)).isBetween(exact, exact + exact / 16 + 1);
        }
        assertThat(h.maxNs()).isEqualTo(sorted[sorted.length - 1]);
        assertThat(h.percentileNs(1.0)).isEqualTo(h.maxNs());
    }

    @Test
    void emptyHasNoWaits() {
        assertThat(LatencyHistogram.EMPTY.count()).isZero();
        assertThat(LatencyHistogram.EMPTY.percentileNs(0.99)).isZero();
        assertThat(LatencyHistogram.EMPTY.powerOfTwoCounts()).isEmpty();
    }
}
