package dev.schedlab.scenarios.scenario;

/**
 * A paragraph of narration a teacher reads aloud when the run reaches {@code trigger};
 * with {@code pause} the window stops the run there.
 */
public record Chapter(Trigger trigger, String text, boolean pause) {
    /** When a chapter starts. */
    public sealed interface Trigger {}

    /** At this simulated time. */
    public record AtTime(long nanos) implements Trigger {}

    /** At the first event of this type: the simple name of a {@link dev.schedlab.model.trace.TraceEvent} record. */
    public record FirstEvent(String eventType) implements Trigger {}
}
