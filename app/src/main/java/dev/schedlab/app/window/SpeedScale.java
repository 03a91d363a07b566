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

    /** "100 µs / s", "real time" (in the window's language). */
    static String label(double speed, Messages messages) {
        if (speed >= Playback.FASTEST * 0.999) return messages.get("speed.realTime");
        return messages.get("speed.perSecond", TimeAxis.label(Math.round(speed)));
    }
}
