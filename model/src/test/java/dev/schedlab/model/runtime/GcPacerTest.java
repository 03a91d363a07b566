package dev.schedlab.model.runtime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Dedicated mark workers and fractional goals, against the reference's table (section 10.3). */
class GcPacerTest {
    @ParameterizedTest(name = "GOMAXPROCS={0}: {1} dedicated, fractional {2}")
    @CsvSource({"1,0,0.25", "2,0,0.25", "3,0,0.25", "4,1,0", "5,1,0", "6,1,0.083", "7,2,0", "8,2,0",
            "12,3,0", "16,4,0"})
    void dedicatedWorkersAndFractionalGoalMatchGo(int procs, int dedicated, double fractional) {
        GcPacer.Workers w = GcPacer.workers(procs);
        assertThat(w.dedicated()).isEqualTo(dedicated);
        assertThat(w.fractionalGoal()).isCloseTo(fractional, within(0.001));
    }
}
