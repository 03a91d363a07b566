package dev.schedlab.model.runtime;

import dev.schedlab.model.ProgramOutput;
import dev.schedlab.model.RunStats;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.EventSink;
import dev.schedlab.model.vm.Program;

/**
 * A simulated Go process: the scheduler, sysmon and the program, driven by the engine's
 * event queue. {@link dev.schedlab.model.Simulation} is its public face.
 */
public final class Runtime {
    private final Scheduler s;

    public Runtime(Program program, Settings settings, EventSink sink, ProgramOutput output) {
        this.s = new Scheduler(program, settings, sink, output, new Object[program.globalNames().size()]);
        s.setHost(new RuntimeHost(s));
        SchedTrace trace = new SchedTrace(s);
        Boot.start(s, program, () -> {
            Sysmon sysmon = new Sysmon(s, trace);
            s.setSysmon(sysmon);
            return sysmon;
        });
    }

    /** Processes one engine event; false once the process has exited. */
    public boolean step() {
        if (finished()) return false;
        Runnable action = s.queue.poll();
        s.engineNow = s.queue.lastTime();
        try {
            action.run();
        } catch (Scheduler.LimitExceeded e) {
            s.curM = null;
            s.output.write(2, "schedlab: run stopped: " + e.getMessage() + "\n");
            s.exit(3, e.getMessage());
        }
        checkLimits();
        return !finished();
    }

    /** Runs until the process exits. */
    public void run() { runUntil(Long.MAX_VALUE); }

    /**
     * Changes GOMAXPROCS now, as runtime.GOMAXPROCS would, but from outside the program:
     * stop the world, procresize, start the world. The change completes once every running
     * goroutine has reached a safe point.
     */
    public void setGomaxprocs(int n) {
        if (n < 1 || n > 1024) throw new IllegalArgumentException("GOMAXPROCS must be 1..1024, got " + n);
        if (finished() || n == s.gomaxprocs) return;
        requestGomaxprocs(n, s.engineNow);
    }

    /**
     * Like runtime.GOMAXPROCS, which waits on worldsema while another stop-the-world is under
     * way, a request that arrives during one waits for it to end (checked every 10 µs) instead of being lost.
     */
    private void requestGomaxprocs(int n, long when) {
        s.at(when, () -> {
            if (s.exited) return;
            if (s.gcwaiting) {
                requestGomaxprocs(n, s.engineNow + 10_000);
                return;
            }
            s.stopTheWorld("GOMAXPROCS", () -> s.procresizeAndStart(n));
        });
    }

    public int gomaxprocs() { return s.gomaxprocs; }

    public void runUntil(long timeNs) {
        s.stopAt = timeNs;
        try {
            while (!finished() && s.queue.peekTime() <= timeNs) step();
        } finally {
            s.stopAt = Long.MAX_VALUE;
        }
        if (!finished() && timeNs != Long.MAX_VALUE) s.engineNow = Math.max(s.engineNow, timeNs);
    }

    private void checkLimits() {
        long maxT = s.settings.limits().maxSimulatedNs();
        if (maxT > 0 && s.engineNow > maxT && !s.exited) {
            s.output.write(2, "schedlab: run stopped: simulated time passed the limit of " + maxT / 1_000_000
                    + " ms; the program may loop forever (raise the limit with --max-time)\n");
            s.exit(3, "simulated time limit");
        }
        if (s.queue.isEmpty() && !s.exited) s.exit(2, "nothing left to run");
    }

    public boolean finished() { return s.exited; }

    /**
     * The scheduler's live state as a snapshot (goroutine start functions, times and
     * parents left neutral), for tests that compare it with the fold of the events.
     */
    public dev.schedlab.model.record.WorldSnapshot liveSnapshot() { return LiveSnapshot.of(s); }

    /** The live state of goroutine {@code goid} and of every M and P, for the inspector. */
    public LiveDetail detail(int goid) { return LiveDetails.of(s, goid); }

    public int exitCode() { return s.exitCode; }

    public long now() { return s.engineNow; }

    public dev.schedlab.model.CpuProfile cpuProfile() {
        return new dev.schedlab.model.CpuProfile(s.cpuUser, s.cpuRuntime, s.cpuMcall, s.cpuSchedulerOther, s.cpuSyscall, s.cpuGc);
    }

    /** The simulated CPU profile by call stack so far (a copy). */
    public dev.schedlab.model.profile.StackProfile stackProfile() {
        return s.stacks == null ? dev.schedlab.model.profile.StackProfile.EMPTY : s.stacks.trie().snapshot();
    }

    /** Attributes CPU time to call stacks from now on (it costs some speed, so it is off by default). */
    public void enableStackProfile() { s.enableStackProfile(); }

    public RunStats stats() {
        return new RunStats(s.events, s.switches, s.engineNow, s.peakLive, s.allm.size(), s.gc.assistNs);
    }
}
