package dev.schedlab.views.timeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeAxisTest {
    @Test void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(TimeAxis.step(10, 90)).isEqualTo(1000);
        assertThat(TimeAxis.step(15, 90)).isEqualTo(2000);
        assertThat(TimeAxis.step(40, 90)).isEqualTo(5000);
        assertThat(TimeAxis.step(0.001, 90)).as("never below a nanosecond").isEqualTo(1);
    }

    @Test void labelsUseTheLargestUnitThatKeepsTheNumberAboveOne() {
        assertThat(TimeAxis.label(0)).isEqualTo("0");
        assertThat(TimeAxis.label(250)).isEqualTo("250 ns");
        assertThat(TimeAxis.label(1500)).isEqualTo("1.5 µs");
        assertThat(TimeAxis.label(12_000_000)).isEqualTo("12 ms");
        assertThat(TimeAxis.label(1_250_000_000)).isEqualTo("1.25 s");
    }
}
