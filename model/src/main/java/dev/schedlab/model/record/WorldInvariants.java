package dev.schedlab.model.record;

import dev.schedlab.model.trace.GStatus;
import dev.schedlab.model.trace.PStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Consistency rules of the scheduler state, checked on a snapshot: every live goroutine is in
 * exactly one place and its status fits that place, queues hold no strangers or duplicates, local
 * queues respect the ring's capacity, P/M bindings agree in both directions, idle lists hold idle
 * Ps and parked Ms, and the spinning count matches. Stateless and thread-safe.
 */
public final class WorldInvariants {
    /** The capacity of a P's local run queue (runtime2.go: runq [256]guintptr). */
    public static final int LOCAL_QUEUE_CAPACITY = 256;

    private WorldInvariants() {}

    /** The violations in {@code state}'s current state; empty when consistent. */
    public static List<String> check(WorldState state) {
        return check(state.snapshot());
    }

    /** The violations in {@code s}; empty when consistent. Messages name the ids involved. */
    public static List<String> check(WorldSnapshot s) {
        List<String> out = new ArrayList<>();
        Map<Integer, MachineView> ms = new HashMap<>();
        for (MachineView m : s.machines()) ms.put(m.id(), m);
        Map<Integer, String> placed = new HashMap<>(); // goid -> the place a queue or M puts it
        for (ProcessorView p : s.processors()) checkProcessor(s, p, ms, placed, out);
        for (int g : s.globalQueue()) place(s, placed, g, Location.GLOBAL, -1, "global queue", out);
        for (MachineView m : s.machines()) checkMachine(s, m, placed, out);
        for (GoroutineView g : s.goroutines()) checkGoroutine(g, ms, placed, out);
        checkIdleLists(s, ms, out);
        long spinning = s.machines().stream().filter(MachineView::spinning).count();
        if (spinning != s.nmspinning()) out.add("nmspinning is " + s.nmspinning() + " but " + spinning + " Ms spin");
        return out;
    }

    private static void checkProcessor(WorldSnapshot s, ProcessorView p, Map<Integer, MachineView> ms,
                                       Map<Integer, String> placed, List<String> out) {
        if (p.localQueue().size() > LOCAL_QUEUE_CAPACITY) {
            out.add("P" + p.id() + " local queue holds " + p.localQueue().size() + " > " + LOCAL_QUEUE_CAPACITY);
        }
        if (p.runnext() != -1) place(s, placed, p.runnext(), Location.RUNNEXT, p.id(), "runnext of P" + p.id(), out);
        for (int g : p.localQueue()) place(s, placed, g, Location.LOCAL, p.id(), "local queue of P" + p.id(), out);
        if (p.m() != -1) {
            MachineView m = ms.get(p.m());
            if (m == null) out.add("P" + p.id() + " is owned by missing M" + p.m());
            else if (m.p() != p.id()) out.add("P" + p.id() + ".m=M" + p.m() + " but M" + p.m() + ".p=" + m.p());
        }
        if ((p.status() == PStatus.RUNNING) != (p.m() != -1)) {
            out.add("P" + p.id() + " is " + p.status() + " with m=" + p.m());
        }
    }

    private static void checkMachine(WorldSnapshot s, MachineView m, Map<Integer, String> placed, List<String> out) {
        if (m.p() != -1) {
            if (m.p() < 0 || m.p() >= s.processors().size()) out.add("M" + m.id() + " owns missing P" + m.p());
            else if (s.processor(m.p()).m() != m.id()) {
                out.add("M" + m.id() + ".p=P" + m.p() + " but P" + m.p() + ".m=" + s.processor(m.p()).m());
            }
        }
        if (m.curg() != -1) {
            boolean inSyscall = s.goroutine(m.curg()).map(g -> g.location() == Location.SYSCALL).orElse(false);
            place(s, placed, m.curg(), inSyscall ? Location.SYSCALL : Location.RUNNING, m.id(), "curg of M" + m.id(), out);
            if (m.p() == -1 && !inSyscall) out.add("M" + m.id() + " runs G" + m.curg() + " without a P");
        }
        if (m.idle() && (m.p() != -1 || m.curg() != -1)) {
            out.add("stopped M" + m.id() + " still has p=" + m.p() + " curg=" + m.curg());
        }
    }

    /** Records that a structure holds g, complaining about strangers, duplicates and mismatches. */
    private static void place(WorldSnapshot s, Map<Integer, String> placed, int goid, Location loc, int where,
                              String place, List<String> out) {
        String before = placed.putIfAbsent(goid, place);
        if (before != null) {
            out.add("G" + goid + " is both in " + before + " and in " + place);
            return;
        }
        GoroutineView g = s.goroutine(goid).orElse(null);
        if (g == null) out.add(place + " holds missing G" + goid);
        else if (g.location() != loc || g.where() != where) {
            out.add(place + " holds G" + goid + " whose location is " + g.location() + "(" + g.where() + ")");
        }
    }

    private static void checkGoroutine(GoroutineView g, Map<Integer, MachineView> ms, Map<Integer, String> placed,
                                       List<String> out) {
        GStatus expected = switch (g.location()) {
            case RUNNING -> GStatus.RUNNING;
            case SYSCALL -> GStatus.SYSCALL;
            case WAITING -> GStatus.WAITING;
            case RUNNEXT, LOCAL, GLOBAL, HELD -> GStatus.RUNNABLE;
        };
        if (g.status() != expected) out.add("G" + g.goid() + " is " + g.status() + " at " + g.location());
        boolean inStructure = placed.containsKey(g.goid());
        switch (g.location()) {
            case HELD -> {
                if (!ms.containsKey(g.where())) out.add("G" + g.goid() + " is held by missing M" + g.where());
                if (inStructure) out.add("G" + g.goid() + " is held but also in " + placed.get(g.goid()));
            }
            case WAITING -> {
                if (inStructure) out.add("waiting G" + g.goid() + " is in " + placed.get(g.goid()));
            }
            default -> {
                if (!inStructure) out.add("G" + g.goid() + " claims " + g.location() + "(" + g.where() + ") but is not there");
            }
        }
    }

    private static void checkIdleLists(WorldSnapshot s, Map<Integer, MachineView> ms, List<String> out) {
        Set<Integer> seen = new HashSet<>();
        for (int p : s.idleProcessors()) {
            if (!seen.add(p)) out.add("P" + p + " is twice on the idle-P list");
            if (p < 0 || p >= s.processors().size()) { out.add("idle-P list holds missing P" + p); continue; }
            ProcessorView v = s.processor(p);
            if (v.status() != PStatus.IDLE) out.add("P" + p + " is on the idle-P list but " + v.status());
            if (!v.idle()) out.add("P" + p + " is on the idle-P list but not flagged idle");
        }
        for (ProcessorView v : s.processors()) {
            if (v.idle() && !seen.contains(v.id())) out.add("P" + v.id() + " is flagged idle but not on the idle-P list");
        }
        seen.clear();
        for (int m : s.idleMachines()) {
            if (!seen.add(m)) out.add("M" + m + " is twice on the idle-M list");
            MachineView v = ms.get(m);
            if (v == null) out.add("idle-M list holds missing M" + m);
            else if (!v.idle()) out.add("M" + m + " is on the idle-M list but not flagged stopped");
        }
        for (MachineView v : s.machines()) {
            if (v.idle() && !seen.contains(v.id())) out.add("M" + v.id() + " is flagged stopped but not on the idle-M list");
        }
    }
}
