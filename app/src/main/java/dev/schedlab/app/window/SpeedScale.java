package dev.schedlab.app.window;

import dev.schedlab.app.i18n.Messages;
import dev.schedlab.app.playback.Playback;
import dev.schedlab.views.timeline.TimeAxis;

/** The speed slider's log scale: slider value v means 10^v simulated ns per second of wall time. */
final class SpeedScale {
    static final double MIN = Math.log10(Playback.SLOWEST), MAX = Math.log10(Playback.FASTEST);

    private SpeedScale() {}

    static double speedOf(double sliderValue) { return Math.pow(10, sliderValue); }

    static double sliderOf(double speed) { return Math.log10(speed); }

    /** Half a decade of the slider: the step of the [ and ] keys (about ×3). */
    static final double KEY_STEP = 0.5;

    /** The next faster speed on the keys' grid of half decades, at most real time. */
    static double faster(double speed) {
        double v = Math.floor(sliderOf(speed) / KEY_STEP + 1e-6) * KEY_STEP + KEY_STEP;
        return speedOf(Math.min(MAX, v));
    }

    /** The next slower speed on the keys' grid of half decades, at least the slowest. */
    static double slower(double speed) {
        double v = Math.ceil(sliderOf(speed) / KEY_STEP - 1e-6) * KEY_STEP - KEY_STEP;
        return speedOf(Math.max(MIN, v));
    }

    /** "100 µs / s", "real time" (in the window's language). */
    static String label(double speed, Messages messages) {
        if (speed >= Playback.FASTEST * 0.999) return messages.get("speed.realTime");
        return messages.get("speed.perSecond", TimeAxis.label(Math.round(speed)));
    }
}
