package dev.schedlab.model.trace;

/** Receives the events of a run as they happen, on the simulation's thread. */
@FunctionalInterface
public interface EventSink {
    void accept(TraceEvent event);

    EventSink NONE = e -> { };
}
