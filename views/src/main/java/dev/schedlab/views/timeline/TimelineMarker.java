package dev.schedlab.views.timeline;

/** A change made at a moment of the run (such as a new GOMAXPROCS), drawn on the timeline at {@code time} (ns). */
public record TimelineMarker(long time, String label) {}
