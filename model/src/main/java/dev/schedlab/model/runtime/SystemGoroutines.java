package dev.schedlab.model.runtime;

import dev.schedlab.model.trace.WaitReason;

/**
 * The runtime's own goroutines, which run Go runtime code rather than the program's:
 * the forcegc helper, the background sweeper and scavenger, the finalizer goroutine, and
 * os/signal's ensureSigM goroutine (locked to its own thread).
 * In this model they do nothing but park with their wait reason when they run, except the
 * forcegc helper, which sysmon readies to start a time-triggered GC cycle.
 */
final class SystemGoroutines {
    private SystemGoroutines() {}

    static final String FORCEGC = "runtime.forcegchelper";
    static final String BGSWEEP = "runtime.bgsweep";
    static final String BGSCAVENGE = "runtime.bgscavenge";
    static final String RUNFINQ = "runtime.runfinq";
    /** ensureSigM's goroutine: locks itself to its thread, then waits in a select for ever (in the lab). */
    static final String ENSURE_SIGM = "runtime.ensureSigM.func1";

    /** Runs the system goroutine on the current M until it parks. */
    static void run(Scheduler s, G g) {
        s.charge(500);
        if (FORCEGC.equals(g.startFunction)) {
            s.gc.forcedByHelper();
            return;
        }
        if (ENSURE_SIGM.equals(g.startFunction) && g.lockedm == null) s.lockOSThread();
        s.gopark(reasonFor(g.startFunction));
    }

    static WaitReason reasonFor(String fn) {
        return switch (fn) {
            case FORCEGC -> WaitReason.FORCE_GC_IDLE;
            case BGSWEEP -> WaitReason.GC_SWEEP_WAIT;
            case BGSCAVENGE -> WaitReason.GC_SCAVENGE_WAIT;
            case RUNFINQ -> WaitReason.FINALIZER_WAIT;
            case ENSURE_SIGM -> WaitReason.SELECT;
            default -> WaitReason.ZERO;
        };
    }
}
