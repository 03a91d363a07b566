package dev.schedlab.app.playback;

/** A chapter of a scenario's narration placed on one run: from {@code time} (ns) on, {@code text} is read; {@code pause} stops playing there. */
public record NarrationPoint(long time, String text, boolean pause) {}
