package dev.schedlab.model.runtime;

import dev.schedlab.model.trace.GStatus;
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
 * goroutines Go keeps per P; no idle workers, no assists, no sweeping (MODEL_NOTES.md).
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
    private double fractionalGoal;
    private long markRemainingNs;
    private long markStart;
    private final List<G> waiters = new ArrayList<>();
    /** runtime/mgcpacer.go: heapminimum (4 MB at GOGC=100). */
    static final long HEAP_MINIMUM = 4L << 20;
    private long heapLiveAfterMark;
    private long allocatedAtMark;
    private long heapGoal = HEAP_MINIMUM;
    private long markedBytes;

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
            startMark();
            s.restartTheWorld(m, g, own);
        });
        return true;
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
            startMark();
            s.restartTheWorld(m, g, own);
            s.gopark(WaitReason.WAIT_FOR_GC_CYCLE); // gcWaitOnMark
            waiters.add(g);
        });
    }

    private void startMark() {
        cycle++;
        phase = Phase.MARK;
        setTrigger();
        GcPacer.Workers w = GcPacer.workers(s.gomaxprocs);
        dedicatedNeeded = w.dedicated();
        fractionalGoal = w.fractionalGoal();
        markedBytes = HeapCensus.liveBytes(s.interpreter.globals(), s.allgs); // what this mark will find
        markRemainingNs = 30_000 + 1_000 * s.live + markedBytes / 2;
        markStart = s.now();
        for (P p : s.allp) p.gcFractionalTime = 0;
        s.emit(new TraceEvent.GcPhaseChanged(s.now(), cycle, "mark"));
    }

    /** findRunnable step 5: should this P run a mark worker now? Starts it if so. */
    boolean findRunnableGCWorker(M m, P pp) {
        if (phase != Phase.MARK || markRemainingNs <= 0) return false;
        boolean dedicated = dedicatedNeeded > 0;
        if (!dedicated && !fractionalDue(pp)) return false;
        if (dedicated) dedicatedNeeded--;
        m.gcWorkerDedicated = dedicated;
        s.emit(new TraceEvent.GcWorkerStarted(s.now(), m.id, pp.id, dedicated));
        s.wakeAt(m, s.now(), M.Resume.GC_WORK);
        return true;
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
        if (!m.gcWorkerDedicated) pp.gcFractionalTime += chunk;
        if (markRemainingNs <= 0) {
            stopWorker(m, pp);
            markDone(m);
            return false;
        }
        // Fractional workers stop once over 1.2x their goal (pollFractionalWorkerExit).
        if (!m.gcWorkerDedicated && pp.gcFractionalTime > 1.2 * fractionalGoal * (s.now() - markStart)) {
            stopWorker(m, pp);
        }
        return true;
    }

    private void stopWorker(M m, P pp) {
        if (m.gcWorkerDedicated) dedicatedNeeded++;
        m.gcWorkerDedicated = false;
        s.emit(new TraceEvent.GcWorkerStopped(s.now(), m.id, pp.id));
        m.resume = M.Resume.SCHEDULE;
    }

    /** A stop-the-world pause's own work, under the runtime function that stops the world. */
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
            s.emit(new TraceEvent.GcPhaseChanged(s.now(), cycle, "off"));
            s.restartTheWorld(m, null, own);
            for (G g : waiters) {
                if (g.status == GStatus.WAITING) s.goready(g);
            }
            waiters.clear();
            m.resume = M.Resume.SCHEDULE;
        });
    }

    /** Whether any P is stopped for the GC right now (for views and tests). */
    boolean worldStoppedForGc() {
        for (P p : s.allp) if (p.status == PStatus.GCSTOP) return true;
        return false;
    }
}
