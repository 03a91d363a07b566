package dev.schedlab.model.runtime;

import dev.schedlab.model.trace.PStatus;

/**
 * sysmon (runtime/proc.go:sysmon), on its own M without a P: sleeps 20 µs, doubling
 * after 50 idle rounds up to 10 ms; retakes Ps from system calls and preempts goroutines
 * that ran 10 ms on one time slice; deep-sleeps when every P is idle and schedtrace is
 * off (woken by system calls); polls the network when nobody did for 10 ms; readies the
 * forcegc helper when a GC is two minutes overdue; prints schedtrace lines when due.
 */
final class Sysmon {
    private static final long MAX_DELAY_NS = 10_000_000;
    private static final long FORCEGC_PERIOD_NS = GcCycle.FORCEGC_PERIOD_NS;
    private static final long FORCE_PREEMPT_NS = 10_000_000;

    private final Scheduler s;
    private final SchedTrace trace;
    private final long schedtraceNs;
    private final M m;
    private long delay;
    private int idle;
    private long lasttrace;
    private boolean traced;
    /** The queued tick, superseded when a system call wakes sysmon from a deep sleep. */
    private long generation;
    private boolean deepSleeping;

    Sysmon(Scheduler s, SchedTrace trace) {
        this.s = s;
        this.trace = trace;
        this.schedtraceNs = s.settings.godebugInt("schedtrace", 0) * 1_000_000;
        this.m = s.newm(true);
    }

    void start(long at) { schedule(at); }

    private void schedule(long at) {
        long gen = ++generation;
        s.at(at, () -> { if (gen == generation) tick(); });
    }

    /** entersyscall_sysmon and friends: a note wake-up ends a deep sleep and resets the back-off. */
    void wakeFromDeepSleep() {
        if (!deepSleeping) return;
        deepSleeping = false;
        idle = 0;
        delay = 20_000;
        schedule(s.now() + s.costs.wakeM());
    }

    private void tick() {
        if (s.exited) return;
        long now = s.now();
        m.cpu.now = now;
        deepSleeping = false;
        // 1. cgo_yield: not modelled. 2. netpoll when nobody polled for 10 ms: inject what is ready.
        if (s.netpollInited && s.lastpoll != 0 && s.lastpoll + 10_000_000 < now) {
            s.lastpoll = now;
            s.injectglist(s.netpoller.poll(now));
        }
        // 3-4. netbsd timers, scavenger wake: not modelled.
        // 5. retake: syscall Ps and time-slice preemption. Only syscall retakes reset the back-off.
        if (retake(now) > 0) idle = 0;
        else idle++;
        // 6. forcegc: ready the helper parked in "force gc (idle)" (forcegc.idle).
        G helper = s.forcegcHelper;
        if (s.gc.forceDue(now) && helper != null && helper.status == dev.schedlab.model.trace.GStatus.WAITING) {
            s.injectglist(java.util.List.of(helper));
        }
        // 7. schedtrace
        if (schedtraceNs > 0 && (!traced || lasttrace + schedtraceNs <= now)) {
            traced = true;
            lasttrace = now;
            trace.print(now);
        }
        if (idle == 0) delay = 20_000;
        else if (idle > 50) delay *= 2;
        if (delay == 0) delay = 20_000;
        if (delay > MAX_DELAY_NS) delay = MAX_DELAY_NS;
        long sleep = delay;
        if (schedtraceNs <= 0 && allIdle()) {
            // Deep sleep until the next timer, at most forcegcperiod/2.
            long next = Long.MAX_VALUE;
            for (P p : s.allp) if (p.timers.size() > 0) next = Math.min(next, p.timers.wakeTime());
            sleep = Math.max(delay, Math.min(next == Long.MAX_VALUE ? FORCEGC_PERIOD_NS / 2 : next - now, FORCEGC_PERIOD_NS / 2));
            deepSleeping = true;
        }
        // usleep overshoots by the kernel's timer slack (50 µs) plus the wake-up.
        schedule(now + sleep + 50_000 + s.jitter.nextLong(20_000));
    }

    /**
     * retake: preempt goroutines whose P's schedtick has not moved for 10 ms since sysmon
     * first saw it, and take back Ps from system calls unless all of these hold: the P has
     * no local work, someone spins or a P is idle, and the call started less than 10 ms ago.
     * A P is never taken back on the first tick that sees its syscall. Returns the number
     * of Ps retaken from system calls.
     */
    private int retake(long now) {
        int n = 0;
        for (P pp : s.allp) {
            boolean sysretake = false;
            if (pp.status == PStatus.RUNNING || pp.status == PStatus.SYSCALL) {
                if (pp.sysmonSchedtick != pp.schedtick) {
                    pp.sysmonSchedtick = pp.schedtick;
                    pp.sysmonSchedwhen = now;
                } else if (pp.sysmonSchedwhen + FORCE_PREEMPT_NS <= now) {
                    s.preemptone(pp);
                    sysretake = true; // for a syscall P, skip straight to the retake decision
                }
            }
            if (pp.status != PStatus.SYSCALL) continue;
            if (!sysretake && pp.sysmonSyscalltick != pp.syscalltick) {
                pp.sysmonSyscalltick = pp.syscalltick;
                pp.sysmonSyscallwhen = now;
                continue;
            }
            if (pp.runqEmpty() && s.nmspinning + s.pidle.size() > 0 && pp.sysmonSyscallwhen + FORCE_PREEMPT_NS > now) {
                continue;
            }
            pp.status = PStatus.IDLE; // CAS _Psyscall -> _Pidle
            s.emit(new dev.schedlab.model.trace.TraceEvent.ProcessorLeftSyscall(now, pp.id));
            n++;
            pp.syscalltick++;
            s.handoffp(pp);
        }
        return n;
    }

    private boolean allIdle() {
        for (P p : s.allp) if (p.status != PStatus.IDLE) return false;
        return true;
    }
}
