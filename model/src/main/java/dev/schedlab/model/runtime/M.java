package dev.schedlab.model.runtime;

import dev.schedlab.model.trace.GcWorkerMode;
import dev.schedlab.model.vm.Cpu;

/**
 * A machine (OS thread; runtime/runtime2.go:m). Each M has its own clock: it runs
 * ahead of the global event queue only until the next other event, so the Ms
 * interleave in time order.
 */
final class M {
    /** What the M does when it next gets the CPU. */
    enum Resume {
        /** Run its current goroutine. */
        RUN_G,
        /** Enter schedule() on g0. */
        SCHEDULE,
        /** Woken from stopm: acquire nextp, then schedule. */
        AFTER_STOPM,
        /** Returned from a blocking netpoll. */
        AFTER_NETPOLL,
        /** Back from usleep(3) before stealing a running P's runnext. */
        AFTER_STEAL_PAUSE,
        /** The system call returned: exitsyscall. */
        AFTER_SYSCALL,
        /** Woken by startlockedm with a P: run the locked goroutine. */
        AFTER_LOCKED_WAKE,
        /** The world it stopped is stopped: finish its work (stwDone) and restart it. */
        AFTER_STW,
        /** Running a GC mark worker on its P. */
        GC_WORK,
        /** Parked or blocked: only a wake-up gives it work. */
        NONE
    }

    final int id;
    final Cpu cpu;
    P p;
    P nextp;
    G curg;
    boolean spinning;
    /** Parked on its note (on the idle-M list or blocked in netpoll). */
    boolean blocked;
    boolean onIdleList;
    boolean inNetpoll;
    boolean wasSpinningBeforePoll;
    /** sysmon's M: no P, not counted by checkdead. */
    final boolean system;
    Resume resume = Resume.NONE;
    /** Invalidates queued wake-ups that were superseded (netpollBreak, for example). */
    long generation;
    /** Set when the running M scheduled its own next run (a system call's end): its loop stops. */
    boolean waitingForWake;
    /** The victim whose runnext we wait to steal after the 3 µs pause. */
    P stealVictim;
    /** LockOSThread: the goroutine wired to this M, and the nesting count (m.lockedExt). */
    G lockedg;
    int lockedExt;
    /** The thread exited (mexit); the M stays in allm for its id, as Go keeps it until freed. */
    boolean exited;
    /** What a goroutine that stopped the world does once it is stopped (with the world restarted after). */
    Runnable stwDone;
    /** Its current stint on g0 began with an mcall from a goroutine (for the CPU profile). */
    boolean viaMcall;
    /** When its current system call began. */
    long syscallStart;
    /** The kind of mark worker it runs, or null when it runs none. */
    GcWorkerMode gcWorkerMode;
    /** m.locks: while positive (procPin), the M cannot be preempted. */
    int locks;
    /** The P it held when it entered a system call (m.oldp). */
    P oldp;
    /** A preemption signal is on its way (m.signalPending) / arrived and must be acted on. */
    boolean signalPending;
    boolean asyncPreemptArrived;

    M(int id, Cpu cpu, boolean system) {
        this.id = id;
        this.cpu = cpu;
        this.system = system;
    }

    @Override public String toString() { return "M" + id; }
}
