package dev.schedlab.model.record;

import dev.schedlab.model.trace.GStatus;
import dev.schedlab.model.trace.PStatus;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.trace.TraceEvent.*;
import dev.schedlab.model.trace.WaitReason;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The scheduler state obtained by folding trace events, one at a time, from the initial state
 * ({@code gomaxprocs} idle Ps not on the idle list, no Ms, no goroutines).
 *
 * <p>{@link #apply} checks each event's preconditions (the goroutine is where the event says it
 * is, runnext is empty before a put, the P and M exist, time does not go backwards) and throws
 * {@link IllegalStateException} naming the event if they fail; the state is then unspecified.
 * Capacity and cross-structure consistency are left to {@link WorldInvariants}.
 *
 * <p>Threading: mutable, single writer, not thread-safe. Mutation is package-private (the
 * {@link Recording} owns the writer side); readers elsewhere take a {@link #snapshot()}.
 */
public final class WorldState {
    private Proc[] ps;
    private final TreeMap<Integer, MachineView> ms = new TreeMap<>();
    private final GoroutineTable gs;
    private final IntDeque global = new IntDeque();
    private final IntDeque idlePs = new IntDeque();   // tail is the top of the stack
    private final IntDeque idleMs = new IntDeque();   // tail is the top of the stack
    private int nmspinning;
    private boolean needSpinning;
    private long time;
    private long eventIndex;
    private long exitedGoroutines;
    private long outputWrites;
    private boolean finished;
    /** Between WorldStopping and WorldStarted (sched.gcwaiting). */
    private boolean worldStopped;
    private String gcPhase = "off";
    private String stopReason = "";
    private final java.util.TreeSet<Integer> markWorkerPs = new java.util.TreeSet<>();
    private int exitCode;
    private String exitMessage = "";

    /** The initial state of a program started with {@code gomaxprocs} Ps. */
    public WorldState(int gomaxprocs) {
        if (gomaxprocs < 1) throw new IllegalArgumentException("gomaxprocs must be >= 1: " + gomaxprocs);
        ps = new Proc[gomaxprocs];
        for (int i = 0; i < gomaxprocs; i++) ps[i] = new Proc(i);
        gs = new GoroutineTable();
    }

    private WorldState(WorldSnapshot s) {
        ps = new Proc[s.processors().size()];
        for (ProcessorView v : s.processors()) {
            Proc p = new Proc(v.id());
            p.status = v.status();
            p.m = v.m();
            p.runnext = v.runnext();
            for (int g : v.localQueue()) p.local.addLast(g);
            p.schedtick = v.schedtick();
            p.timers = v.timers();
            p.idle = v.idle();
            ps[v.id()] = p;
        }
        for (MachineView m : s.machines()) ms.put(m.id(), m);
        gs = GoroutineTable.of(s.goroutines());
        for (int g : s.globalQueue()) global.addLast(g);
        for (int i = s.idleProcessors().size() - 1; i >= 0; i--) idlePs.addLast(s.idleProcessors().get(i));
        for (int i = s.idleMachines().size() - 1; i >= 0; i--) idleMs.addLast(s.idleMachines().get(i));
        nmspinning = s.nmspinning();
        needSpinning = s.needSpinning();
        time = s.time();
        eventIndex = s.eventIndex();
        exitedGoroutines = s.exitedGoroutines();
        outputWrites = s.outputWrites();
        finished = s.finished();
        exitCode = s.exitCode();
        exitMessage = s.exitMessage();
        gcPhase = s.gcPhase();
        stopReason = s.stopReason();
        worldStopped = !stopReason.isEmpty();
        markWorkerPs.addAll(s.markWorkerPs());
    }

    /** A mutable state equal to {@code snapshot}, to continue folding from it. */
    public static WorldState of(WorldSnapshot snapshot) {
        return new WorldState(snapshot);
    }

    /** Simulated time of the last folded event. */
    public long time() { return time; }

    /** The number of events folded so far. */
    public long eventIndex() { return eventIndex; }

    /** The number of live (not exited) goroutines. */
    public int liveGoroutines() { return gs.live(); }

    /** The number of Ps. */
    public int gomaxprocs() { return ps.length; }

    // ---- cheap reads for charts (package-private: ChartRecorder folds its own copy)

    GoroutineView goroutine(int goid) { return gs.get(goid); }

    int goroutinesWith(GStatus status) { return gs.count(status); }

    int localQueueLength(int p) { return ps[p].local.size(); }

    int globalQueueLength() { return global.size(); }

    int machineCount() { return ms.size(); }

    /** An immutable copy of the current state; O(live goroutines + Ps' queues + global queue). */
    public WorldSnapshot snapshot() {
        List<ProcessorView> procs = new ArrayList<>(ps.length);
        for (Proc p : ps) {
            procs.add(new ProcessorView(p.id, p.status, p.m, p.runnext, IntList.wrap(p.local.toArray()),
                p.schedtick, p.timers, p.idle));
        }
        return new WorldSnapshot(time, eventIndex, gs.snapshot(), procs, List.copyOf(ms.values()),
            IntList.wrap(global.toArray()), IntList.wrap(idlePs.toArrayReversed()),
            IntList.wrap(idleMs.toArrayReversed()), nmspinning, needSpinning, exitedGoroutines, outputWrites,
            finished, exitCode, exitMessage, gcPhase, stopReason, List.copyOf(markWorkerPs));
    }

    /** Folds one event. */
    void apply(TraceEvent e) {
        if (e.time() < time) fail(e, "time goes backwards from " + time);
        switch (EventKind.of(e)) {
            case GOROUTINE_CREATED -> created((GoroutineCreated) e);
            case GOROUTINE_EXECUTED -> executed((GoroutineExecuted) e);
            case GOROUTINE_PARKED -> {
                GoroutineParked p = (GoroutineParked) e;
                gs.put(leaveM(e, p.m(), p.g()).changed(GStatus.WAITING, p.reason(), Location.WAITING, -1, e.time()));
            }
            case GOROUTINE_READIED -> {
                GoroutineReadied r = (GoroutineReadied) e;
                machine(e, r.m());
                GoroutineView g = expect(e, r.g(), Location.WAITING, -1);
                gs.put(g.changed(GStatus.RUNNABLE, WaitReason.ZERO, Location.HELD, r.m(), e.time()));
            }
            case GOROUTINE_YIELDED -> {
                GoroutineYielded y = (GoroutineYielded) e;
                gs.put(leaveM(e, y.m(), y.g()).changed(GStatus.RUNNABLE, WaitReason.ZERO, Location.HELD, y.m(), e.time()));
            }
            case GOROUTINE_EXITED -> exited((GoroutineExited) e);
            case PUT_ON_RUNNEXT -> {
                PutOnRunnext r = (PutOnRunnext) e;
                Proc p = proc(e, r.p());
                GoroutineView g = held(e, r.g());
                if (p.runnext != -1) fail(e, "runnext of P" + p.id + " holds G" + p.runnext);
                p.runnext = r.g();
                gs.put(g.movedTo(Location.RUNNEXT, p.id));
            }
            case RUNNEXT_KICKED -> {
                RunnextKicked k = (RunnextKicked) e;
                Proc p = proc(e, k.p());
                if (p.runnext != k.g()) fail(e, "runnext of P" + p.id + " is G" + p.runnext);
                p.runnext = -1;
                p.local.addLast(k.g());
                gs.put(gs.get(k.g()).movedTo(Location.LOCAL, p.id));
            }
            case PUT_ON_LOCAL_QUEUE -> {
                PutOnLocalQueue q = (PutOnLocalQueue) e;
                Proc p = proc(e, q.p());
                GoroutineView g = held(e, q.g());
                p.local.addLast(q.g());
                gs.put(g.movedTo(Location.LOCAL, p.id));
            }
            case PUT_ON_GLOBAL_QUEUE -> {
                PutOnGlobalQueue q = (PutOnGlobalQueue) e;
                GoroutineView g = held(e, q.g());
                if (q.atHead()) global.addFirst(q.g()); else global.addLast(q.g());
                gs.put(g.movedTo(Location.GLOBAL, -1));
            }
            case LOCAL_QUEUE_OVERFLOWED -> overflowed((LocalQueueOverflowed) e);
            case TAKEN_FROM_RUNNEXT -> {
                TakenFromRunnext t = (TakenFromRunnext) e;
                machine(e, t.m());
                Proc p = proc(e, t.p());
                if (p.runnext != t.g()) fail(e, "runnext of P" + p.id + " is G" + p.runnext);
                p.runnext = -1;
                gs.put(gs.get(t.g()).movedTo(Location.HELD, t.m()));
            }
            case TAKEN_FROM_LOCAL_QUEUE -> {
                TakenFromLocalQueue t = (TakenFromLocalQueue) e;
                machine(e, t.m());
                Proc p = proc(e, t.p());
                if (p.local.isEmpty() || p.local.get(0) != t.g()) fail(e, "G" + t.g() + " is not at the head of P" + p.id);
                p.local.removeFirst();
                gs.put(gs.get(t.g()).movedTo(Location.HELD, t.m()));
            }
            case TAKEN_FROM_GLOBAL_QUEUE -> takenFromGlobal((TakenFromGlobalQueue) e);
            case STOLEN -> stolen((Stolen) e);
            case STEAL_FAILED -> {
                StealFailed s = (StealFailed) e;
                machine(e, s.m());
                proc(e, s.thief());
                proc(e, s.victim());
            }
            case MACHINE_CREATED -> {
                MachineCreated c = (MachineCreated) e;
                if (c.m() < 0 || ms.containsKey(c.m())) fail(e, "M" + c.m() + " already exists or is invalid");
                ms.put(c.m(), MachineView.created(c.m()));
            }
            case PROCESSOR_ACQUIRED -> {
                ProcessorAcquired a = (ProcessorAcquired) e;
                MachineView m = machine(e, a.m());
                Proc p = proc(e, a.p());
                if (m.p() != -1) fail(e, "M" + m.id() + " already owns P" + m.p());
                if (p.m != -1) fail(e, "P" + p.id + " is already owned by M" + p.m);
                p.m = m.id();
                p.status = PStatus.RUNNING;
                ms.put(m.id(), m.withP(p.id));
            }
            case PROCESSOR_RELEASED -> {
                ProcessorReleased r = (ProcessorReleased) e;
                MachineView m = machine(e, r.m());
                Proc p = proc(e, r.p());
                if (m.p() != p.id || p.m != m.id()) fail(e, "M" + m.id() + " does not own P" + p.id);
                p.m = -1;
                p.status = PStatus.IDLE;
                ms.put(m.id(), m.withP(-1));
            }
            case PROCESSOR_IDLED -> {
                Proc p = proc(e, ((ProcessorIdled) e).p());
                if (p.idle) fail(e, "P" + p.id + " is already idle-listed");
                p.idle = true;
                idlePs.addLast(p.id);
            }
            case PROCESSOR_UNIDLED -> {
                Proc p = proc(e, ((ProcessorUnidled) e).p());
                if (!p.idle) fail(e, "P" + p.id + " is not on the idle list");
                p.idle = false;
                idlePs.removeValue(p.id);
            }
            case MACHINE_SPINNING -> {
                MachineSpinning s = (MachineSpinning) e;
                MachineView m = machine(e, s.m());
                if (m.spinning() != s.spinning()) nmspinning += s.spinning() ? 1 : -1;
                ms.put(m.id(), m.withSpinning(s.spinning()));
            }
            case NEED_SPINNING_CHANGED -> needSpinning = ((NeedSpinningChanged) e).needSpinning();
            case MACHINE_STOPPED -> {
                MachineView m = machine(e, ((MachineStopped) e).m());
                if (m.idle()) fail(e, "M" + m.id() + " is already stopped");
                idleMs.addLast(m.id());
                ms.put(m.id(), m.withIdle(true));
            }
            case MACHINE_WOKEN -> {
                MachineView m = machine(e, ((MachineWoken) e).m());
                if (!m.idle()) fail(e, "M" + m.id() + " is not stopped");
                idleMs.removeValue(m.id());
                ms.put(m.id(), m.withIdle(false));
            }
            case SWITCHED_TO_G0 -> {
                MachineView m = machine(e, ((SwitchedToG0) e).m());
                ms.put(m.id(), m.withScheduler(true));
            }
            case TIMER_ADDED -> proc(e, ((TimerAdded) e).p()).timers++;
            case TIMER_FIRED -> {
                TimerFired f = (TimerFired) e;
                machine(e, f.m());
                Proc p = proc(e, f.p());
                if (p.timers == 0) fail(e, "P" + p.id + " has no timers");
                p.timers--;
            }
            case NETPOLL_BLOCKED -> {
                MachineView m = machine(e, ((NetpollBlocked) e).m());
                ms.put(m.id(), m.withNetpoll(true));
            }
            case NETPOLL_RETURNED -> {
                MachineView m = machine(e, ((NetpollReturned) e).m());
                ms.put(m.id(), m.withNetpoll(false));
            }
            case OUTPUT_WRITTEN -> outputWrites++;
            case SYSCALL_ENTERED -> syscallEntered((SyscallEntered) e);
            case WORLD_STOPPING -> {
                worldStopped = true;
                stopReason = ((WorldStopping) e).reason();
            }
            case PROCESSOR_STOPPED -> {
                Proc p = proc(e, ((ProcessorStopped) e).p());
                if (p.m != -1 || p.idle || p.status == PStatus.RUNNING) fail(e, "P" + p.id + " is still owned or listed");
                p.status = PStatus.GCSTOP;
            }
            case PROCESSOR_DESTROYED -> destroyed((ProcessorDestroyed) e);
            case PROCESSORS_RESIZED -> resized((ProcessorsResized) e);
            case WORLD_STARTED -> {
                worldStopped = false;
                stopReason = "";
            }
            case HANDED_TO_LOCKED_M -> {
                HandedToLockedM h = (HandedToLockedM) e;
                machine(e, h.to());
                GoroutineView g = expect(e, h.g(), Location.HELD, h.m());
                gs.put(g.movedTo(Location.HELD, h.to()));
            }
            case GC_PHASE_CHANGED -> gcPhase = ((GcPhaseChanged) e).phase();
            case GC_WORKER_STARTED -> {
                GcWorkerStarted w = (GcWorkerStarted) e;
                MachineView m = machine(e, w.m());
                if (m.p() != w.p() || m.curg() != -1) fail(e, "M" + m.id() + " cannot run a worker on P" + w.p());
                ms.put(m.id(), m.withScheduler(true));
                markWorkerPs.add(w.p());
            }
            case GC_WORKER_STOPPED -> {
                GcWorkerStopped w = (GcWorkerStopped) e;
                machine(e, w.m());
                markWorkerPs.remove(w.p());
            }
            case STACK_GROWN -> {
                StackGrown x = (StackGrown) e;
                expect(e, x.g(), Location.RUNNING, x.m());
            }
            case STACK_SHRUNK -> live(e, ((StackShrunk) e).g());
            case RAN_ON_SYSTEMSTACK -> {
                RanOnSystemstack x = (RanOnSystemstack) e;
                expect(e, x.g(), Location.RUNNING, x.m()); // back on g at once: no state changes
            }
            case RETURNED_TO_GOROUTINE -> {
                ReturnedToGoroutine x = (ReturnedToGoroutine) e;
                expect(e, x.g(), Location.RUNNING, x.m());
                MachineView m = machine(e, x.m());
                ms.put(m.id(), m.withScheduler(false));
            }
            case MACHINE_EXITED -> {
                MachineView m = machine(e, ((MachineExited) e).m());
                if (m.p() != -1 || m.curg() != -1 || m.idle()) fail(e, "M" + m.id() + " still has work or is listed idle");
                ms.remove(m.id());
            }
            case PROCESSOR_LEFT_SYSCALL -> {
                Proc p = proc(e, ((ProcessorLeftSyscall) e).p());
                if (p.status != PStatus.SYSCALL || p.m != -1) fail(e, "P" + p.id + " is not in a syscall");
                p.status = PStatus.IDLE;
            }
            case SYSCALL_EXITED -> {
                SyscallExited x = (SyscallExited) e;
                MachineView m = machine(e, x.m());
                if (m.p() == -1) fail(e, "M" + m.id() + " has no P to run G" + x.g() + " on");
                GoroutineView g = expect(e, x.g(), Location.SYSCALL, m.id());
                gs.put(g.changed(GStatus.RUNNING, WaitReason.ZERO, Location.RUNNING, m.id(), e.time()));
            }
            case SYSCALL_EXITED_WITHOUT_P -> {
                SyscallExitedWithoutP x = (SyscallExitedWithoutP) e;
                MachineView m = machine(e, x.m());
                GoroutineView g = expect(e, x.g(), Location.SYSCALL, m.id());
                gs.put(g.changed(GStatus.RUNNABLE, WaitReason.ZERO, Location.HELD, m.id(), e.time()));
                ms.put(m.id(), m.withCurg(-1, true));
            }
            case PREEMPT_REQUESTED -> {
                PreemptRequested x = (PreemptRequested) e;
                proc(e, x.p());
                live(e, x.g());
            }
            case GOROUTINE_PREEMPTED -> {
                GoroutinePreempted y = (GoroutinePreempted) e;
                gs.put(leaveM(e, y.m(), y.g()).changed(GStatus.RUNNABLE, WaitReason.ZERO, Location.HELD, y.m(), e.time()));
            }
            case PROGRAM_EXITED -> {
                ProgramExited x = (ProgramExited) e;
                finished = true;
                exitCode = x.code();
                exitMessage = x.message();
            }
        }
        time = e.time();
        eventIndex++;
    }

    private void created(GoroutineCreated c) {
        machine(c, c.m());
        if (gs.get(c.g()) != null) fail(c, "G" + c.g() + " already exists");
        gs.put(new GoroutineView(c.g(), GStatus.RUNNABLE, WaitReason.ZERO, Location.HELD, c.m(), c.function(),
            c.time(), c.parent()));
    }

    private void executed(GoroutineExecuted x) {
        MachineView m = machine(x, x.m());
        Proc p = proc(x, x.p());
        if (m.p() != p.id) fail(x, "M" + m.id() + " does not own P" + p.id);
        if (m.curg() != -1) fail(x, "M" + m.id() + " is already running G" + m.curg());
        GoroutineView g = expect(x, x.g(), Location.HELD, m.id());
        gs.put(g.changed(GStatus.RUNNING, WaitReason.ZERO, Location.RUNNING, m.id(), x.time()));
        ms.put(m.id(), m.withCurg(g.goid(), false));
        if (!x.inheritTime()) p.schedtick++;
    }

    /** Checks that g runs on m, detaches it and returns its view; the caller stores the changed view. */
    private GoroutineView leaveM(TraceEvent e, int mid, int goid) {
        MachineView m = machine(e, mid);
        GoroutineView g = expect(e, goid, Location.RUNNING, mid);
        ms.put(mid, m.withCurg(-1, m.inScheduler()));
        return g;
    }

    /** p.destroy: runnext, then the local queue, go in order to the global queue's head; timers move. */
    private void destroyed(ProcessorDestroyed d) {
        Proc p = proc(d, d.p());
        Proc to = proc(d, d.timersTo());
        if (p.status != PStatus.GCSTOP) fail(d, "P" + p.id + " is not stopped");
        for (int i = p.local.size() - 1; i >= 0; i--) {
            int g = p.local.get(i);
            global.addFirst(g);
            gs.put(gs.get(g).movedTo(Location.GLOBAL, -1));
        }
        p.local.clear();
        if (p.runnext != -1) {
            global.addFirst(p.runnext);
            gs.put(gs.get(p.runnext).movedTo(Location.GLOBAL, -1));
            p.runnext = -1;
        }
        to.timers += p.timers;
        p.timers = 0;
        p.status = PStatus.DEAD;
    }

    /** procresize: new Ps are created, destroyed ones dropped; every remaining P leaves _Pgcstop for _Pidle. */
    private void resized(ProcessorsResized r) {
        int n = r.gomaxprocs();
        if (n < 1) fail(r, "GOMAXPROCS must be positive");
        for (int i = n; i < ps.length; i++) {
            if (ps[i].status != PStatus.DEAD) fail(r, "P" + i + " was not destroyed");
        }
        Proc[] next = new Proc[n];
        for (int i = 0; i < n; i++) {
            next[i] = i < ps.length ? ps[i] : new Proc(i);
            if (next[i].status != PStatus.GCSTOP && i < ps.length) fail(r, "P" + i + " is not stopped");
            next[i].status = PStatus.IDLE;
        }
        ps = next;
    }

    /** entersyscall: the G stays the M's curg in SYSCALL; the P is in _Psyscall with no M. */
    private void syscallEntered(SyscallEntered x) {
        MachineView m = machine(x, x.m());
        Proc p = proc(x, x.p());
        if (m.p() != p.id || p.m != m.id()) fail(x, "M" + m.id() + " does not own P" + p.id);
        GoroutineView g = expect(x, x.g(), Location.RUNNING, m.id());
        gs.put(g.changed(GStatus.SYSCALL, WaitReason.ZERO, Location.SYSCALL, m.id(), x.time()));
        p.status = PStatus.SYSCALL;
        p.m = -1;
        ms.put(m.id(), m.withP(-1));
    }

    private void exited(GoroutineExited x) {
        leaveM(x, x.m(), x.g());
        gs.remove(x.g());
        exitedGoroutines++;
    }

    private void overflowed(LocalQueueOverflowed o) {
        Proc p = proc(o, o.p());
        if (o.count() < 1 || p.local.size() < o.count()) fail(o, "P" + p.id + " has only " + p.local.size() + " queued");
        for (int i = 0; i < o.count(); i++) {
            int g = p.local.removeFirst();
            global.addLast(g);
            gs.put(gs.get(g).movedTo(Location.GLOBAL, -1));
        }
    }

    private void takenFromGlobal(TakenFromGlobalQueue t) {
        machine(t, t.m());
        Proc p = proc(t, t.p());
        if (t.count() < 1 || global.size() < t.count()) fail(t, "the global queue has only " + global.size());
        int first = global.removeFirst();
        gs.put(gs.get(first).movedTo(Location.HELD, t.m()));
        for (int i = 1; i < t.count(); i++) {
            int g = global.removeFirst();
            p.local.addLast(g);
            gs.put(gs.get(g).movedTo(Location.LOCAL, p.id));
        }
    }

    private void stolen(Stolen s) {
        machine(s, s.m());
        Proc thief = proc(s, s.thief());
        Proc victim = proc(s, s.victim());
        if (thief == victim) fail(s, "a P cannot steal from itself");
        if (s.fromRunnext()) {
            if (s.count() != 1 || victim.runnext == -1) fail(s, "nothing in runnext of P" + victim.id + " to steal");
            thief.local.addLast(victim.runnext);
            victim.runnext = -1;
        } else {
            if (s.count() < 1 || victim.local.size() < s.count()) fail(s, "P" + victim.id + " has only " + victim.local.size());
            for (int i = 0; i < s.count(); i++) thief.local.addLast(victim.local.removeFirst());
        }
        int last = thief.local.removeLast();
        for (int i = thief.local.size() - (s.count() - 1); i < thief.local.size(); i++) {
            int g = thief.local.get(i);
            gs.put(gs.get(g).movedTo(Location.LOCAL, thief.id));
        }
        gs.put(gs.get(last).movedTo(Location.HELD, s.m()));
    }

    private GoroutineView held(TraceEvent e, int goid) {
        GoroutineView g = live(e, goid);
        if (g.location() != Location.HELD) fail(e, "G" + goid + " is not held but " + g.location());
        return g;
    }

    private GoroutineView expect(TraceEvent e, int goid, Location location, int where) {
        GoroutineView g = live(e, goid);
        if (g.location() != location || g.where() != where) {
            fail(e, "G" + goid + " is " + g.location() + "(" + g.where() + "), expected " + location + "(" + where + ")");
        }
        return g;
    }

    private GoroutineView live(TraceEvent e, int goid) {
        GoroutineView g = gs.get(goid);
        if (g == null) fail(e, "G" + goid + " does not exist");
        return g;
    }

    private MachineView machine(TraceEvent e, int m) {
        MachineView v = ms.get(m);
        if (v == null) fail(e, "M" + m + " does not exist");
        return v;
    }

    private Proc proc(TraceEvent e, int p) {
        if (p < 0 || p >= ps.length) fail(e, "P" + p + " does not exist");
        return ps[p];
    }

    private void fail(TraceEvent e, String why) {
        throw new IllegalStateException("event #" + eventIndex + " " + e + ": " + why);
    }

    /** The mutable part of a P. */
    private static final class Proc {
        final int id;
        final IntDeque local = new IntDeque();
        PStatus status = PStatus.IDLE;
        int m = -1;
        int runnext = -1;
        long schedtick;
        int timers;
        boolean idle;

        Proc(int id) { this.id = id; }

        @Override public String toString() { return "P" + id; }
    }
}
