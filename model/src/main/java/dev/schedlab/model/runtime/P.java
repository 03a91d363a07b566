package dev.schedlab.model.runtime;

import dev.schedlab.model.trace.PStatus;

/**
 * A processor (runtime/runtime2.go:p): the local run queue as a 256-slot ring plus
 * {@code runnext}, the schedule tick, the timer heap and the goid cache.
 */
final class P {
    static final int RUNQ_SIZE = 256;

    final int id;
    PStatus status = PStatus.IDLE;
    M m;
    long schedtick;
    long syscalltick;
    final G[] runq = new G[RUNQ_SIZE];
    /** Ring indices; they only grow, and wrap by modulo as in Go (uint32 there). */
    int runqhead;
    int runqtail;
    G runnext;
    final TimerHeap timers = new TimerHeap();
    long goidcache;
    long goidcacheend;
    int gFreeCount;
    /** On sched.pidle (idlepMask). */
    boolean idle;
    /** sysmon's last observation (p.sysmontick): schedtick and syscalltick, and when it saw them change. */
    long sysmonSchedtick;
    long sysmonSchedwhen;
    long sysmonSyscalltick;
    long sysmonSyscallwhen;
    /** Time this P spent in a fractional mark worker during the current cycle. */
    long gcFractionalTime;
    /** p.preempt: an asynchronous preemption was requested for whatever runs here. */
    boolean preempt;

    P(int id) { this.id = id; }

    int runqSize() { return runqtail - runqhead; }

    /** runqempty: no ring entries and no runnext. */
    boolean runqEmpty() { return runqhead == runqtail && runnext == null; }

    @Override public String toString() { return "P" + id; }
}
