package dev.schedlab.app.playback;

import dev.schedlab.views.timeline.TimelineData;

import java.util.List;
import java.util.Locale;

/**
 * How far the background computation has got, handed to the FX thread. Immutable.
 *
 * @param generation which run this belongs to (a restart with other settings starts a new one)
 * @param endTime    the time of the last recorded event
 * @param eventCount the number of recorded events
 * @param finished   whether the program has exited (nothing more to compute)
 * @param timeline   the per-P timeline so far
 * @param narration  the scenario's chapters placed on the run so far, in time order
 */
public record RunProgress(long generation, long endTime, long eventCount, boolean finished, TimelineData timeline,
                          List<NarrationPoint> narration) {
    public RunProgress { narration = List.copyOf(narration); }

    /** The chapter being read at {@code time}: the last one placed at or before it, or empty. */
    public String narrationAt(long time) { return narrationAt(time, null); }

    /** The same in {@code language}'s words (null: the original's). */
    public String narrationAt(long time, Locale language) {
        String text = "";
        for (NarrationPoint p : narration) {
            if (p.time() > time) break;
            text = language == null ? p.text() : p.text(language);
        }
        return text;
    }

    /** The first chapter that stops playing in (from, to], or null. */
    public NarrationPoint pauseBetween(long from, long to) {
        for (NarrationPoint p : narration) {
            if (p.pause() && p.time() > from && p.time() <= to) return p;
        }
        return null;
    }
}
