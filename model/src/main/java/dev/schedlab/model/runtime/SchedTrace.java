package dev.schedlab.model.runtime;

import dev.schedlab.model.trace.GStatus;

/**
 * GODEBUG=schedtrace (and scheddetail) lines in Go 1.23's exact format
 * (runtime/proc.go:schedtrace; shared/reference/schedtrace/FORMAT.md), written to fd 2.
 */
final class SchedTrace {
    private final Scheduler s;
    private final boolean detailed;
    private long starttime = -1;

    SchedTrace(Scheduler s) {
        this.s = s;
        this.detailed = s.settings.godebugInt("scheddetail", 0) > 0;
    }

    void print(long now) {
        if (starttime < 0) starttime = now;
        s.output.schedtrace(now, format(now));
    }

    String format(long now) {
        StringBuilder b = new StringBuilder(128);
        b.append("SCHED ").append((now - starttime) / 1_000_000).append("ms: gomaxprocs=").append(s.gomaxprocs)
                .append(" idleprocs=").append(s.pidle.size())
                .append(" threads=").append(s.mcount())
                .append(" spinningthreads=").append(s.nmspinning)
                .append(" needspinning=").append(s.needspinning ? 1 : 0)
                .append(" idlethreads=").append(s.midle.size())
                .append(" runqueue=").append(s.runq.size());
        if (!detailed) {
            b.append(" [");
            for (int i = 0; i < s.allp.length; i++) {
                if (i > 0) b.append(' ');
                b.append(s.allp[i].runqSize());
            }
            return b.append("]\n").toString();
        }
        b.append(" gcwaiting=").append(s.gcwaiting).append( " nmidlelocked=").append(s.nmidlelocked).append(" stopwait=").append(s.gcwaiting ? s.stopwait : 0)
                .append(" sysmonwait=false\n");
        for (P p : s.allp) {
            b.append("  P").append(p.id).append(": status=").append(p.status.code())
                    .append(" schedtick=").append(p.schedtick).append(" syscalltick=").append(p.syscalltick)
                    .append(" m=").append(p.m == null ? "nil" : String.valueOf(p.m.id))
                    .append(" runqsize=").append(p.runqSize()).append(" gfreecnt=").append(p.gFreeCount)
                    .append(" timerslen=").append(p.timers.size()).append('\n');
        }
        for (int i = s.allm.size() - 1; i >= 0; i--) {
            M m = s.allm.get(i);
            if (m.exited) continue;
            b.append("  M").append(m.id).append(": p=").append(m.p == null ? "nil" : String.valueOf(m.p.id))
                    .append(" curg=").append(m.curg == null ? "nil" : String.valueOf(m.curg.goid))
                    .append(" mallocing=0 throwing=0 preemptoff= locks=").append(m.system ? 2 : 0)
                    .append(" dying=0 spinning=").append(m.spinning)
                    .append(" blocked=").append(m.blocked)
                    .append(" lockedg=").append(m.lockedg == null ? "nil" : String.valueOf(m.lockedg.goid)).append('\n');
        }
        for (G g : s.allgs) {
            if (g.reused) continue;
            String reason = g.status == GStatus.DEAD ? "" : g.waitReason.text();
            b.append("  G").append(g.goid).append(": status=").append(g.status.code()).append('(').append(reason)
                    .append(") m=").append(g.m == null ? "nil" : String.valueOf(g.m.id))
                    .append(" lockedm=").append(g.lockedm == null ? "nil" : String.valueOf(g.lockedm.id)).append('\n');
        }
        return b.toString();
    }
}
