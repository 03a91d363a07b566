package dev.schedlab.app.playback;

import dev.schedlab.views.timeline.TimelineData;

/**
 * How far the background computation has got, handed to the FX thread. Immutable.
 *
 * @param generation which run this belongs to (a restart with other settings starts a new one)
 * @param endTime    the time of the last recorded event
 * @param eventCount the number of recorded events
 * @param finished   whether the program has exited (nothing more to compute)
 * @param timeline   the per-P timeline so far
 */
public record RunProgress(long generation, long endTime, long eventCount, boolean finished, TimelineData timeline) {}
