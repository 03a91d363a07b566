package dev.schedlab.model.runtime;

import dev.schedlab.model.trace.GStatus;
import dev.schedlab.model.trace.GcWorkerMode;
import dev.schedlab.model.trace.PStatus;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.trace.WaitReason;

import java.util.ArrayList;
import java.util.List;

/**
 * A garbage-collection cycle as the scheduler sees it (reference 10.3): stop the world for
 * sweep termination, turn marking on with the pacer's dedicated and fractional workers
 * (findRunnable step 5 gives a P a worker before its own goroutines), restart the world; the
 * worker that finishes the mark work stops the world again for mark termination, then
 * restarts it and readies the goroutines waiting in runtime.GC.
 *
 * <p>A cycle starts from runtime.GC (the caller waits for it) or when the heap reaches its
 * goal (the allocating goroutine starts it and goes on): the goal is twice the live heap the
 * last mark found (GOGC=100), at least 4 MB. Simplified: mark work is a duration (30 µs, 1 µs
 * per live goroutine's stack, 0.5 ns per live heap byte); the live heap is a census of what
 * the program can reach when marking starts (allocation during the mark counts towards the
 * next cycle); mark workers run on a P's M rather than as the gcBgMarkWorker
 * goroutines Go keeps per P; Ps with nothing else to run mark as idle workers until a
 * goroutine becomes runnable; goroutines that allocate while marking assist; no sweeping
 * (MODEL_NOTES.md).
 *
 * <p>sysmon forces a cycle when the last one ended more than two minutes ago, through the
 * forcegc helper goroutine; as in Go, only once a first cycle has run (gcTriggerTime's test).
 */
final class GcCycle {
    enum Phase { OFF, MARK }

    static final long SWEEP_TERMINATION_PAUSE_NS = 25_000;
    static final long MARK_TERMINATION_PAUSE_NS = 20_000;
    static final long WORK_CHUNK_NS = 20_000;

    private final Scheduler s;
    Phase phase = Phase.OFF;
    int cycle;
    private int dedicatedNeeded;
    /** gcController.idleMarkWorkers: running idle workers and the cycle's cap. */
    private int idleWorkers;
    private int maxIdleWorkers;
    private double fractionalGoal;
    private long markRemainingNs;
    private long markStart;
    /** gcController.bgScanCredit: mark work the workers did that allocating goroutines may count as theirs. */
    private long bgCreditNs;
    private final List<G> waiters = new ArrayList<>();
    /** runtime/mgcpacer.go: heapminimum (4 MB at GOGC=100). */
    static final long HEAP_MINIMUM = 4L << 20;
    private long heapLiveAfterMark;
    private long allocatedAtMark;
    private long heapGoal = HEAP_MINIMUM;
    private long markedBytes;
    /** memstats.last_gc_nanotime: when the last mark termination ended; 0 before the first cycle. */
    private long lastGcEnd;
    /** runtime/proc.go: forcegcperiod. */
    static final long FORCEGC_PERIOD_NS = 120_000_000_000L;

    GcCycle(Scheduler s) {
        this.s = s;
        s.heap.trigger = HEAP_MINIMUM;
    }

    /** Bytes allocated since the program started, all Ms together. */
    long allocatedTotal() { return s.heap.allocated; }

    /** The heap the pacer sees: what the last mark kept plus what was allocated since. */
    long heapLive() { return heapLiveAfterMark + allocatedTotal() - allocatedAtMark; }

    long heapGoal() { return heapGoal; }

    /** The allocation total at which interpreters hand control back (mallocgc's trigger check). */
    private void setTrigger() {
        s.heap.trigger = phase != Phase.OFF ? Long.MAX_VALUE : allocatedAtMark + Math.max(0, heapGoal - heapLiveAfterMark);
    }

    /** mallocgc's gcTrigger{kind: gcTriggerHeap}: the running goroutine starts a cycle and goes on. */
    boolean maybeStartFromAllocation() {
        if (phase != Phase.OFF || s.gcwaiting || heapLive() < heapGoal) return false;
        M m = s.curM;
        G g = m.curg;
        s.stopTheWorldFromGoroutine("GC (sweep termination)", (own) -> {
            chargePause(CpuStacks.Path.STOP_THE_WORLD, SWEEP_TERMINATION_PAUSE_NS);
            startMark(false);
            s.restartTheWorld(m, g, own);
        });
        return true;
    }

    /** gcTrigger{kind: gcTriggerTime}.test(): a first cycle has ended, more than forcegcperiod ago. */
    boolean forceDue(long now) {
        return phase == Phase.OFF && !s.gcwaiting && lastGcEnd != 0 && now - lastGcEnd > FORCEGC_PERIOD_NS;
    }

    /** forcegchelper, readied by sysmon: gcStart for a time-triggered cycle nobody waits for, then park again. */
    void forcedByHelper() {
        M m = s.curM;
        G g = m.curg;
        if (!forceDue(s.now())) { // another cycle started since sysmon looked
            s.gopark(WaitReason.FORCE_GC_IDLE);
            return;
        }
        s.stopTheWorldFromGoroutine("GC (sweep termination)", (own) -> {
            chargePause(CpuStacks.Path.STOP_THE_WORLD, SWEEP_TERMINATION_PAUSE_NS);
            startMark(true);
            s.restartTheWorld(m, g, own);
            s.gopark(WaitReason.FORCE_GC_IDLE);
        });
    }

    /** runtime.GC from the running goroutine: start a cycle (or join the running one) and wait for it. */
    void gcFromGoroutine() {
        M m = s.curM;
        G g = m.curg;
        if (phase != Phase.OFF || s.gcwaiting) {
            s.gopark(WaitReason.WAIT_FOR_GC_CYCLE);
            waiters.add(g);
            return;
        }
        s.stopTheWorldFromGoroutine("GC (sweep termination)", (own) -> {
            chargePause(CpuStacks.Path.STOP_THE_WORLD, SWEEP_TERMINATION_PAUSE_NS);
            startMark(false);
            s.restartTheWorld(m, g, own);
            s.gopark(WaitReason.WAIT_FOR_GC_CYCLE); // gcWaitOnMark
            waiters.add(g);
        });
    }

    /**
     * startCycle: the pacer's workers. A periodic (forced) cycle admits at most one idle worker,
     * none when there is a dedicated one; others as many as there are Ps besides the dedicated.
     */
    private void startMark(boolean forced) {
        cycle++;
        phase = Phase.MARK;
        setTrigger();
        GcPacer.Workers w = GcPacer.workers(s.gomaxprocs);
        dedicatedNeeded = w.dedicated();
        idleWorkers = 0;
        maxIdleWorkers = forced ? (w.dedicated() > 0 ? 0 : 1) : s.gomaxprocs - w.dedicated();
        fractionalGoal = w.fractionalGoal();
        markedBytes = HeapCensus.liveBytes(s.interpreter.globals(), s.allgs); // what this mark will find
        long maxHeap = s.settings.limits().maxHeapBytes();
        if (maxHeap > 0 && markedBytes > maxHeap) {
            throw new Scheduler.LimitExceeded("the live heap reached " + (markedBytes >> 20) + " MB, past the lab's limit of "
                    + (maxHeap >> 20) + " MB: the program may allocate without bound (raise the limit with --max-heap)");
        }
        markRemainingNs = 30_000 + 1_000 * s.live + markedBytes / 2;
        markStart = s.now();
        bgCreditNs = 0;
        for (P p : s.allp) p.gcFractionalTime = 0;
        s.emit(new TraceEvent.GcPhaseChanged(s.now(), cycle, "mark"));
        if (s.settings.godebugInt("gcshrinkstackoff", 0) == 0) shrinkStacks();
    }

    /**
     * scanstack's shrinkstack, for every goroutine's stack as the mark scans it (done at once at
     * the start of the mark here): halve it when at least 2 KiB remain and the goroutine uses
     * less than a quarter (what its frames use plus the 800-byte nosplit allowance). Goroutines
     * that are running or in a system call are not safe to shrink now; Go marks them to shrink at
     * their next synchronous safe point, the model skips them for this cycle.
     */
    private void shrinkStacks() {
        for (G g : s.allgs) {
            if (g.system || g.status == GStatus.DEAD || g.status == GStatus.RUNNING || g.status == GStatus.SYSCALL) continue;
            int half = g.stackSize / 2;
            if (half < Scheduler.STACK_MIN || g.stackUsed + STACK_NOSPLIT >= g.stackSize / 4) continue;
            int old = g.stackSize;
            g.stackSize = half;
            g.stackLimit = half - Scheduler.STACK_GUARD;
            s.emit(new TraceEvent.StackShrunk(s.now(), g.id(), old, half));
        }
    }

    /** runtime/internal/abi: StackNosplitBase (800 bytes on linux/amd64 without the race detector). */
    static final int STACK_NOSPLIT = 800;

    /** findRunnable step 5: should this P run a mark worker now? Starts it if so. */
    boolean findRunnableGCWorker(M m, P pp) {
        if (phase != Phase.MARK || markRemainingNs <= 0) return false;
        boolean dedicated = dedicatedNeeded > 0;
        if (!dedicated && !fractionalDue(pp)) return false;
        if (dedicated) dedicatedNeeded--;
        startWorker(m, pp, dedicated ? GcWorkerMode.DEDICATED : GcWorkerMode.FRACTIONAL);
        return true;
    }

    /** findRunnable step 12: a P with nothing else to run marks (addIdleMarkWorker admits it). */
    boolean findRunnableIdleWorker(M m, P pp) {
        if (phase != Phase.MARK || markRemainingNs <= 0 || idleWorkers >= maxIdleWorkers) return false;
        idleWorkers++;
        startWorker(m, pp, GcWorkerMode.IDLE);
        return true;
    }

    private void startWorker(M m, P pp, GcWorkerMode mode) {
        m.gcWorkerMode = mode;
        s.emit(new TraceEvent.GcWorkerStarted(s.now(), m.id, pp.id, mode));
        s.wakeAt(m, s.now(), M.Resume.GC_WORK);
    }

    private boolean fractionalDue(P pp) {
        if (fractionalGoal <= 0) return false;
        long elapsed = s.now() - markStart;
        return elapsed <= 0 || pp.gcFractionalTime < fractionalGoal * elapsed;
    }

    /** One chunk of mark work on m; false when the M must stop running for now. */
    boolean work(M m) {
        P pp = m.p;
        if (s.gcwaiting || phase != Phase.MARK) {
            stopWorker(m, pp);
            return true;
        }
        long chunk = Math.min(markRemainingNs, WORK_CHUNK_NS);
        s.charge(chunk);
        markRemainingNs -= chunk;
        bgCreditNs += chunk;
        if (m.gcWorkerMode == GcWorkerMode.FRACTIONAL) pp.gcFractionalTime += chunk;
        if (markRemainingNs <= 0) {
            stopWorker(m, pp);
            markDone(m);
            return false;
        }
        // Fractional workers stop once over 1.2x their goal (pollFractionalWorkerExit).
        if (m.gcWorkerMode == GcWorkerMode.FRACTIONAL && pp.gcFractionalTime > 1.2 * fractionalGoal * (s.now() - markStart)) {
            stopWorker(m, pp);
        }
        // gcDrainIdle's pollWork: an idle worker gives the P back as soon as a goroutine is runnable.
        if (m.gcWorkerMode == GcWorkerMode.IDLE && (!s.runq.isEmpty() || !pp.runqEmpty())) {
            stopWorker(m, pp);
        }
        return true;
    }

    private void stopWorker(M m, P pp) {
        if (m.gcWorkerMode == GcWorkerMode.DEDICATED) dedicatedNeeded++;
        if (m.gcWorkerMode == GcWorkerMode.IDLE) idleWorkers--;
        m.gcWorkerMode = null;
        s.emit(new TraceEvent.GcWorkerStopped(s.now(), m.id, pp.id));
        m.resume = M.Resume.SCHEDULE;
    }

    /** Runtime work charged under the runtime functions of {@code path} (a pause, an assist) in the CPU profile. */
    private void chargePause(CpuStacks.Path path, long ns) {
        int saved = s.enter(path);
        s.charge(ns);
        s.leave(saved);
    }

    /** gcMarkDone from the worker that ran out of work: mark termination's stop-the-world. */
    private void markDone(M m) {
        s.stopTheWorldFromMachine(m, "GC (mark termination)", (own) -> {
            chargePause(CpuStacks.Path.MARK_TERMINATION, MARK_TERMINATION_PAUSE_NS);
            phase = Phase.OFF;
            heapLiveAfterMark = markedBytes;
            allocatedAtMark = allocatedTotal();
            heapGoal = Math.max(HEAP_MINIMUM, 2 * heapLiveAfterMark);
            setTrigger();
            lastGcEnd = s.now();
            s.emit(new TraceEvent.GcPhaseChanged(s.now(), cycle, "off"));
            s.restartTheWorld(m, null, own);
            for (G g : waiters) {
                if (g.status == GStatus.WAITING) s.goready(g);
            }
            waiters.clear();
            m.resume = M.Resume.SCHEDULE;
        });
    }

    /**
     * gcAssistAlloc: while marking, a goroutine that allocated {@code bytes} owes mark work at the
     * pacer's rate (the work left over the heap left before the goal). The workers' background
     * credit pays first; the goroutine does the rest itself, on its own time, at most one work
     * chunk each time it allocates (Go's assists are preemptible units too), carrying the rest as
     * debt. An assist never does the last of the work: a worker finishes it and starts mark
     * termination.
     */
    void assist(long bytes) {
        if (phase != Phase.MARK || bytes <= 0 || markRemainingNs <= 1) return;
        G g = s.curM.curg;
        if (g.assistCycle != cycle) {
            g.assistCycle = cycle;
            g.assistDebtNs = 0;
        }
        // revise(): once the live heap reaches the goal, the assists aim at 1.1x the goal (maxOvershoot).
        long live = heapLive();
        long goal = live >= heapGoal ? heapGoal + heapGoal / 10 : heapGoal;
        long distance = Math.max(1, goal - live);
        long debt = (long) Math.min(Long.MAX_VALUE / 2, (double) bytes * markRemainingNs / distance);
        g.assistDebtNs += debt;
        long fromCredit = Math.min(g.assistDebtNs, bgCreditNs);
        bgCreditNs -= fromCredit;
        g.assistDebtNs -= fromCredit;
        long own = Math.min(Math.min(g.assistDebtNs, WORK_CHUNK_NS), markRemainingNs - 1);
        if (own <= 0) return;
        chargePause(CpuStacks.Path.GC_ASSIST, own);
        g.assistDebtNs -= own;
        markRemainingNs -= own;
        assistNs += own;
    }

    /** Mark work done by assists, all cycles together. */
    long assistNs;

    /** Whether any P is stopped for the GC right now (for views and tests). */
    boolean worldStoppedForGc() {
        for (P p : s.allp) if (p.status == PStatus.GCSTOP) return true;
        return false;
    }
}
