package dev.schedlab.model.runtime;

import dev.schedlab.model.trace.GStatus;
import dev.schedlab.model.trace.WaitReason;
import dev.schedlab.model.vm.Fiber;

/**
 * A goroutine (runtime/runtime2.go:g): scheduling fields plus, through {@link Fiber},
 * its VM frames. Kept small: a million of them must fit in a few hundred MB.
 */
final class G extends Fiber {
    final long goid;
    GStatus status = GStatus.RUNNABLE;
    WaitReason waitReason = WaitReason.ZERO;
    /** The M running it, or null. */
    M m;
    /** Runtime goroutines (forcegc, sweeper ...) are not user code: no frames, never in goroutine dumps. */
    final boolean system;
    final String startFunction;
    /** Simulated time it started waiting (waitsince), for views and dumps. */
    long waitSince;
    /** g.gcAssistBytes as time: mark work this goroutine still owes for what it allocated during the mark. */
    long assistDebtNs;
    /** The GC cycle its debt belongs to (debts do not carry over to the next cycle). */
    int assistCycle;
    /** stack.hi - stack.lo: 2 KiB for a new goroutine (stackMin), doubled by newstack. */
    int stackSize = Scheduler.STACK_MIN;
    /** The M this goroutine is locked to (g.lockedm), or null. */
    M lockedm;
    /** g.preempt: preemption requested (stackguard0 = stackPreempt); cleared by execute. */
    boolean preempt;
    /** select: set by the first waker (selectDone). */
    boolean selectDone;
    /** A panic to raise when it next runs (woken send on a closed channel). */
    RuntimeException pendingPanic;
    /** The G struct was reused for a newer goroutine (this goid is gone from allgs). */
    boolean reused;
    /** sync.Mutex slow path state while it waits for a mutex (lockSlow's locals), else null. */
    MutexWait mutexWait;

    /** lockSlow's state kept across a park: when it first queued, and whether ownership was handed to it. */
    static final class MutexWait {
        final long since;
        boolean handedOff;

        MutexWait(long since) { this.since = since; }
    }

    G(long goid, boolean system, String startFunction) {
        this.goid = goid;
        this.system = system;
        this.startFunction = startFunction;
    }

    int id() { return (int) goid; }

    @Override public String toString() { return "G" + goid; }
}
