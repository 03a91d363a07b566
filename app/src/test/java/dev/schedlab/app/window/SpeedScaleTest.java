package dev.schedlab.app.window;

import dev.schedlab.app.playback.Playback;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SpeedScaleTest {
    @Test void theBracketKeysStepHalfADecadeOnAGrid() {
        assertThat(SpeedScale.faster(1e5)).isCloseTo(Math.pow(10, 5.5), within(1e-3));
        assertThat(SpeedScale.slower(1e5)).isCloseTo(Math.pow(10, 4.5), within(1e-3));
        // Between grid points a step lands on the next grid point, not half a decade further.
        assertThat(SpeedScale.faster(2e5)).isCloseTo(Math.pow(10, 5.5), within(1e-3));
        assertThat(SpeedScale.slower(2e5)).isCloseTo(1e5, within(1e-3));
    }

    @Test void theStepsStopAtTheEndsOfTheScale() {
        assertThat(SpeedScale.faster(Playback.FASTEST)).isCloseTo(Playback.FASTEST, within(1.0));
        assertThat(SpeedScale.slower(Playback.SLOWEST)).isCloseTo(Playback.SLOWEST, within(1e-6));
        double s = Playback.SLOWEST;
        for (int i = 0; i < 12; i++) s = SpeedScale.faster(s);
        assertThat(s).as("12 half decades span the whole scale").isCloseTo(Playback.FASTEST, within(1.0));
    }
}
