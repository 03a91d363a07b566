package dev.schedlab.model.runtime;

import dev.schedlab.model.record.GoroutineView;
import dev.schedlab.model.record.Location;
import dev.schedlab.model.record.MachineView;
import dev.schedlab.model.record.ProcessorView;
import dev.schedlab.model.record.WorldSnapshot;
import dev.schedlab.model.trace.GStatus;
import dev.schedlab.model.trace.WaitReason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scheduler's live state in the recording's terms, so tests can check that folding
 * the events rebuilds exactly what the runtime holds. Fields the runtime does not keep
 * in that form (start function, since, parent) are left neutral.
 */
final class LiveSnapshot {
    private LiveSnapshot() {}

    static WorldSnapshot of(Scheduler s) {
        Map<G, Location> location = new HashMap<>();
        Map<G, Integer> where = new HashMap<>();
        List<ProcessorView> ps = new ArrayList<>();
        for (P p : s.allp) {
            List<Integer> local = new ArrayList<>();
            for (int i = p.runqhead; i != p.runqtail; i++) {
                G g = p.runq[Math.floorMod(i, P.RUNQ_SIZE)];
                local.add(g.id());
                location.put(g, Location.LOCAL);
                where.put(g, p.id);
            }
            if (p.runnext != null) {
                location.put(p.runnext, Location.RUNNEXT);
                where.put(p.runnext, p.id);
            }
            ps.add(new ProcessorView(p.id, p.status, p.m == null ? -1 : p.m.id, p.runnext == null ? -1 : p.runnext.id(),
                    local, p.schedtick, p.timers.size(), p.idle));
        }
        List<MachineView> ms = new ArrayList<>();
        for (M m : s.allm) {
            if (m.exited) continue;
            if (m.curg != null) {
                location.put(m.curg, m.curg.status == GStatus.SYSCALL ? Location.SYSCALL : Location.RUNNING);
                where.put(m.curg, m.id);
            }
            ms.add(new MachineView(m.id, m.p == null ? -1 : m.p.id, m.curg == null ? -1 : m.curg.id(), m.spinning,
                    m.onIdleList, false, m.inNetpoll));
        }
        ms.sort((a, b) -> Integer.compare(a.id(), b.id()));
        List<Integer> global = new ArrayList<>();
        for (G g : s.runq) {
            global.add(g.id());
            location.put(g, Location.GLOBAL);
        }
        List<GoroutineView> gs = new ArrayList<>();
        for (G g : s.allgs) {
            if (g.reused || g.status == GStatus.DEAD) continue;
            Location loc = g.status == GStatus.WAITING ? Location.WAITING : location.getOrDefault(g, Location.HELD);
            if (g.status == GStatus.SYSCALL && loc != Location.SYSCALL) loc = Location.HELD; // shows up as a mismatch
            WaitReason reason = g.status == GStatus.WAITING ? g.waitReason : WaitReason.ZERO;
            // A runnable goroutine in no queue is in the hands of the M acting now.
            int at = loc == Location.HELD ? s.actingMachine().id : where.getOrDefault(g, -1);
            gs.add(new GoroutineView(g.id(), g.status, reason, loc, at, g.startFunction, 0, -1));
        }
        gs.sort((a, b) -> Integer.compare(a.goid(), b.goid()));
        List<Integer> idleP = new ArrayList<>();
        for (P p : s.pidle) idleP.add(p.id);
        List<Integer> idleM = new ArrayList<>();
        for (M m : s.midle) idleM.add(m.id);
        return new WorldSnapshot(s.engineNow, s.events, gs, ps, ms, global, idleP, idleM, s.nmspinning, s.needspinning,
                0, 0, s.exited, s.exitCode, "");
    }
}
