package dev.schedlab.app.run;

import dev.schedlab.model.ProgramOutput;
import dev.schedlab.model.RunStats;
import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.EventSink;
import dev.schedlab.model.vm.Program;

/**
 * The part of {@link Simulation} that {@code run} drives. An interface so the command's
 * handling of events, limits and figures can be tested without a real simulation.
 */
interface ModelRun {
    void run();

    void runUntil(long timeNs);

    boolean finished();

    int exitCode();

    long now();

    RunStats stats();

    /** Where the Ms' CPU time went; none by default (fakes in tests). */
    default dev.schedlab.model.CpuProfile cpuProfile() { return new dev.schedlab.model.CpuProfile(0, 0, 0, 0, 0, 0); }

    /** Attributes CPU time to call stacks too (for {@link #stackProfile}); call before running. */
    default void enableStackProfile() {}

    /** The simulated CPU profile by call stack; empty by default (fakes in tests). */
    default dev.schedlab.model.profile.StackProfile stackProfile() { return dev.schedlab.model.profile.StackProfile.EMPTY; }

    /** Starts a run; the real one is {@link #simulation}. */
    @FunctionalInterface
    interface Factory {
        ModelRun start(Program program, Settings settings, EventSink sink, ProgramOutput output);
    }

    static ModelRun simulation(Program program, Settings settings, EventSink sink, ProgramOutput output) {
        Simulation s = new Simulation(program, settings, sink, output);
        return new ModelRun() {
            @Override public void run() { s.run(); }
            @Override public void runUntil(long timeNs) { s.runUntil(timeNs); }
            @Override public boolean finished() { return s.finished(); }
            @Override public int exitCode() { return s.exitCode(); }
            @Override public long now() { return s.now(); }
            @Override public RunStats stats() { return s.stats(); }
            @Override public dev.schedlab.model.CpuProfile cpuProfile() { return s.cpuProfile(); }
            @Override public dev.schedlab.model.profile.StackProfile stackProfile() { return s.stackProfile(); }
            @Override public void enableStackProfile() { s.enableStackProfile(); }
        };
    }
}
