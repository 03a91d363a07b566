package dev.schedlab.model.runtime;

import dev.schedlab.model.runtime.LiveDetail.Place;
import dev.schedlab.model.trace.GStatus;
import dev.schedlab.model.vm.ArrayValue;
import dev.schedlab.model.vm.Cell;
import dev.schedlab.model.vm.Closure;
import dev.schedlab.model.vm.Frame;
import dev.schedlab.model.vm.MapValue;
import dev.schedlab.model.vm.SliceValue;
import dev.schedlab.model.vm.StructValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Copies the scheduler's live state into a {@link LiveDetail} for the inspector. */
final class LiveDetails {
    private LiveDetails() {}

    static LiveDetail of(Scheduler s, int goid) {
        List<LiveDetail.Processor> ps = new ArrayList<>();
        for (P p : s.allp) ps.add(processor(p));
        List<LiveDetail.Machine> ms = new ArrayList<>();
        for (M m : s.allm) if (!m.exited) ms.add(machine(m));
        List<Integer> global = new ArrayList<>();
        int globalPosition = -1;
        int i = 0;
        for (G g : s.runq) {
            if (i < LiveDetail.QUEUE_SHOWN) global.add(g.id());
            if (g.id() == goid) globalPosition = i;
            i++;
        }
        List<LiveDetail.Goroutine> gs = new ArrayList<>();
        G g = find(s, goid);
        if (g != null) gs.add(goroutine(s, g, globalPosition));
        for (M m : s.allm) {
            if (!m.exited && m.curg != null && m.curg != g) gs.add(goroutine(s, m.curg, -1));
        }
        return new LiveDetail(s.now(), s.curM == null ? -1 : s.curM.id, gs, ms, ps, global, s.runq.size());
    }

    private static G find(Scheduler s, int goid) {
        for (G g : s.allgs) if (g.id() == goid && !g.reused) return g;
        return null;
    }

    private static LiveDetail.Goroutine goroutine(Scheduler s, G g, int globalPosition) {
        Place place = Place.HELD;
        int placeId = -1;
        int position = -1;
        if (g.status == GStatus.DEAD) place = Place.DEAD;
        else if (g.status == GStatus.WAITING) place = Place.WAITING;
        else if (g.m != null && g.m.curg == g) {
            place = g.status == GStatus.SYSCALL ? Place.SYSCALL : Place.RUNNING;
            placeId = g.m.id;
        } else if (globalPosition >= 0) {
            place = Place.GLOBAL_QUEUE;
            position = globalPosition;
        } else {
            for (P p : s.allp) {
                if (p.runnext == g) {
                    place = Place.RUNNEXT;
                    placeId = p.id;
                }
                for (int k = p.runqhead; k != p.runqtail; k++) {
                    if (p.runq[Math.floorMod(k, P.RUNQ_SIZE)] == g) {
                        place = Place.LOCAL_QUEUE;
                        placeId = p.id;
                        position = k - p.runqhead;
                    }
                }
            }
            if (place == Place.HELD) placeId = s.actingMachine() == null ? -1 : s.actingMachine().id;
        }
        List<LiveDetail.VmFrame> frames = new ArrayList<>();
        for (Frame f = g.frame; f != null; f = f.caller) frames.add(frame(f));
        return new LiveDetail.Goroutine(g.id(), g.status, g.waitReason, g.waitSince, place, placeId, position,
                g.stackSize, g.stackUsed, g.preempt, g.stackguardPreempt, g.m == null ? -1 : g.m.id,
                g.lockedm == null ? -1 : g.lockedm.id, g.system, g.startFunction, frames);
    }

    private static LiveDetail.VmFrame frame(Frame f) {
        List<LiveDetail.Local> locals = new ArrayList<>();
        List<String> names = f.function.localNames();
        for (int i = 0; i < f.locals.length; i++) {
            String name = i < names.size() && !names.get(i).isEmpty() ? names.get(i) : "_" + i;
            locals.add(new LiveDetail.Local(name, describe(f.locals[i], 0)));
        }
        return new LiveDetail.VmFrame(f.function, f.pc, f.line(), f.isDeferred(), locals);
    }

    /** A short rendering of a VM value: numbers and strings as Go prints them, containers by kind and length. */
    static String describe(Object v, int depth) {
        if (v == null) return "nil";
        if (v instanceof String str) return '"' + (str.length() > 40 ? str.substring(0, 40) + "..." : str) + '"';
        if (v instanceof Long || v instanceof Integer || v instanceof Boolean || v instanceof Double) return v.toString();
        if (v instanceof Cell c) return depth > 1 ? "&..." : describe(c.value, depth + 1);
        if (v instanceof SliceValue sl) return "[]{len " + sl.length + ", cap " + sl.capacity + "}";
        if (v instanceof ArrayValue a) return "[" + a.length() + "]{...}";
        if (v instanceof MapValue m) return "map[len " + m.entries.size() + "]";
        if (v instanceof StructValue st) return "struct{" + st.fields.length + " fields}";
        if (v instanceof Closure c) return "func " + c.function().name();
        if (v instanceof Chan c) return "chan (buffer " + c.dataqsiz + ")";
        String type = v.getClass().getSimpleName(); // WaitGroupState, MutexState ...: the sync type they model
        return type.endsWith("State") ? "sync." + type.substring(0, type.length() - "State".length()) : type;
    }

    private static LiveDetail.Machine machine(M m) {
        return new LiveDetail.Machine(m.id, m.p == null ? -1 : m.p.id, m.curg == null ? -1 : m.curg.id(), m.spinning,
                m.blocked, m.onIdleList, m.inNetpoll, m.system, m.lockedg == null ? -1 : m.lockedg.id(), m.resume.name(),
                m.viaMcall, m.oldp == null ? -1 : m.oldp.id, m.signalPending);
    }

    private static LiveDetail.Processor processor(P p) {
        List<Integer> runq = new ArrayList<>();
        for (int k = p.runqhead; k != p.runqtail; k++) runq.add(p.runq[Math.floorMod(k, P.RUNQ_SIZE)].id());
        List<LiveDetail.TimerEntry> timers = new ArrayList<>();
        p.timers.forEach((e, when) -> timers.add(e instanceof G g
                ? new LiveDetail.TimerEntry(when, g.id(), "time.Sleep")
                : new LiveDetail.TimerEntry(when, -1, ((Timer) e).isChan() ? "timer channel" : "AfterFunc")));
        timers.sort(Comparator.comparingLong(LiveDetail.TimerEntry::when));
        return new LiveDetail.Processor(p.id, p.status, p.m == null ? -1 : p.m.id, p.schedtick, p.syscalltick,
                p.runnext == null ? -1 : p.runnext.id(), runq, timers, p.gFreeCount, p.preempt);
    }
}
