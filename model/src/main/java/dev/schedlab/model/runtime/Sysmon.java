package dev.schedlab.model.runtime;

import dev.schedlab.model.trace.PStatus;

/**
 * sysmon (runtime/proc.go:sysmon), on its own M without a P: sleeps 20 µs, doubling
 * after 50 idle rounds up to 10 ms, deep-sleeps when every P is idle and schedtrace is
 * off, and prints schedtrace lines when due. Retake, preemption, the netpoll check
 * and forcegc belong to the runtime issue and are marked as empty steps below.
 */
final class Sysmon {
    private static final long MAX_DELAY_NS = 10_000_000;
    private static final long FORCEGC_PERIOD_NS = 120_000_000_000L;

    private final Scheduler s;
    private final SchedTrace trace;
    private final long schedtraceNs;
    private final M m;
    private long delay;
    private int idle;
    private long lasttrace;
    private boolean traced;

    Sysmon(Scheduler s, SchedTrace trace) {
        this.s = s;
        this.trace = trace;
        this.schedtraceNs = s.settings.godebugInt("schedtrace", 0) * 1_000_000;
        this.m = s.newm(true);
    }

    void start(long at) { s.at(at, this::tick); }

    private void tick() {
        if (s.exited) return;
        long now = s.engineNow;
        m.cpu.now = now;
        // 1-4. cgo_yield, netpoll when nobody polled for 10 ms, scavenger wake: runtime issue.
        // 5. retake (syscall Ps, time-slice preemption): runtime issue. No P is retaken yet, so idle grows.
        idle++;
        // 6. forcegc: runtime issue.
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
        }
        // usleep overshoots by the kernel's timer slack (50 µs) plus the wake-up.
        s.at(now + sleep + 50_000 + s.jitter.nextLong(20_000), this::tick);
    }

    private boolean allIdle() {
        for (P p : s.allp) if (p.status != PStatus.IDLE) return false;
        return true;
    }
}
