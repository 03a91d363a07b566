package dev.schedlab.model;

import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.EventSink;
import dev.schedlab.model.vm.Program;

/**
 * One run of a program on the scheduler model: the only way in from outside the model.
 * Deterministic: the same program and settings give the same events. Not thread-safe:
 * drive it from one thread (the app uses one background executor).
 */
public final class Simulation {
    public Simulation(Program program, Settings settings, EventSink sink, ProgramOutput output) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Runs until the program exits or a limit stops it. */
    public void run() { throw new UnsupportedOperationException("not yet"); }

    /** Runs until simulated time reaches {@code timeNs} or the program ends. */
    public void runUntil(long timeNs) { throw new UnsupportedOperationException("not yet"); }

    /** Processes one engine event; false when the run is over. */
    public boolean step() { throw new UnsupportedOperationException("not yet"); }

    public boolean finished() { throw new UnsupportedOperationException("not yet"); }

    /** The process's exit status once finished: the program's, 2 for a deadlock or an unrecovered panic. */
    public int exitCode() { throw new UnsupportedOperationException("not yet"); }

    /** Simulated time in nanoseconds. */
    public long now() { throw new UnsupportedOperationException("not yet"); }

    public RunStats stats() { throw new UnsupportedOperationException("not yet"); }
}
