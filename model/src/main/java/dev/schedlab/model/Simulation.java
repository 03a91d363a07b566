package dev.schedlab.model;

import dev.schedlab.model.config.Settings;
import dev.schedlab.model.runtime.Runtime;
import dev.schedlab.model.trace.EventSink;
import dev.schedlab.model.vm.Program;

/**
 * One run of a program on the scheduler model: the only way in from outside the model.
 * Deterministic: the same program and settings give the same events. Not thread-safe:
 * drive it from one thread (the app uses one background executor).
 */
public final class Simulation {
    private final Runtime runtime;

    public Simulation(Program program, Settings settings, EventSink sink, ProgramOutput output) {
        this.runtime = new Runtime(program, settings, sink, output);
    }

    /** Runs until the program exits or a limit stops it. */
    public void run() { runtime.runUntil(Long.MAX_VALUE); }

    /** Runs until simulated time reaches {@code timeNs} or the program ends. */
    public void runUntil(long timeNs) { runtime.runUntil(timeNs); }

    /** Processes one engine event; false when the run is over. */
    public boolean step() { return runtime.step(); }

    public boolean finished() { return runtime.finished(); }

    /** The process's exit status once finished: the program's, 2 for a deadlock or an unrecovered panic. */
    public int exitCode() { return runtime.exitCode(); }

    /** Simulated time in nanoseconds. */
    public long now() { return runtime.now(); }

    public RunStats stats() { return runtime.stats(); }

    /** Where the Ms' simulated CPU time went so far. */
    public CpuProfile cpuProfile() { return runtime.cpuProfile(); }

    /** The simulated CPU profile by call stack so far, for flame graphs (an immutable copy). */
    public dev.schedlab.model.profile.StackProfile stackProfile() { return runtime.stackProfile(); }

    /**
     * Attributes the Ms' CPU time to call stacks as well as to categories, for {@link #stackProfile}.
     * Off by default because it slows the simulation a little; call it before running.
     */
    public void enableStackProfile() { runtime.enableStackProfile(); }

    /**
     * Changes GOMAXPROCS at the current simulated time, from outside the program: a
     * stop-the-world, procresize and start-the-world, as runtime.GOMAXPROCS does.
     */
    public void setGomaxprocs(int n) { runtime.setGomaxprocs(n); }

    public int gomaxprocs() { return runtime.gomaxprocs(); }

    /**
     * The live state now of goroutine {@code goid} (with its VM frames) and of every M and P, for
     * the inspector. Callable from inside the event sink, to see the state as an event happens.
     */
    public dev.schedlab.model.runtime.LiveDetail detail(int goid) { return runtime.detail(goid); }
}
