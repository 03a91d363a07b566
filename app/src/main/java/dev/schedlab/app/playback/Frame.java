package dev.schedlab.app.playback;

import dev.schedlab.model.record.WorldSnapshot;

/**
 * A state of the world to show, handed to the FX thread. Immutable.
 *
 * @param generation which run it belongs to
 * @param snapshot   the state
 * @param lastEvent  the event that led to it, as text, when it was reached by stepping; else empty
 * @param byEvent    whether it was asked for by event index (a step) rather than by time
 */
public record Frame(long generation, WorldSnapshot snapshot, String lastEvent, boolean byEvent) {}
