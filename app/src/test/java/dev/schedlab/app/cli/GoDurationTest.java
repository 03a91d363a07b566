package dev.schedlab.app.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoDurationTest {
    @ParameterizedTest
    @CsvSource({
            "300ms, 300000000",
            "1.5s, 1500000000",
            "20us, 20000",
            "20\u00b5s, 20000",
            "20\u03bcs, 20000",
            "100ns, 100",
            "2m, 120000000000",
            "1h30m, 5400000000000",
            "1m30.5s, 90500000000",
            "0, 0",
            "0s, 0",
            ".5ms, 500000",
            "1.0000000009s, 1000000000",
            "-2s, -2000000000",
    })
    void parsesGoSyntax(String text, long nanos) {
        assertThat(GoDuration.parseNanos(text)).isEqualTo(nanos);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5", "1.5", "ms", "1.2.3s", "3 s", "3sec", "1d", "10000000h"})
    void rejectsWhatGoRejects(String text) {
        assertThatThrownBy(() -> GoDuration.parseNanos(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid duration");
    }

    @ParameterizedTest
    @CsvSource({"1500000000, 1.5s", "300000000, 300ms", "20000, 20\u00b5s", "100, 100ns", "0, 0s", "120000000000, 120s"})
    void formatsRoundValues(long nanos, String text) {
        assertThat(GoDuration.format(nanos)).isEqualTo(text);
    }
}
