package dev.schedlab.model.record;

import dev.schedlab.model.trace.EventSink;
import dev.schedlab.model.trace.GcWorkerMode;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.trace.TraceEvent.*;
import dev.schedlab.model.trace.WaitReason;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A toy scheduler that emits only legal event sequences, for tests and benchmarks of the recording.
 * It keeps its own small model (independent of {@link WorldState}) of Ps, Ms, queues, waiters and
 * sleepers, and picks random but legal actions: spawning (runnext with kicks and overflow), parking,
 * sleeping on timers, yielding to the global queue or the local tail, exiting, readying, firing
 * timers, writing output, system calls (returning to their P, or losing it to a retake and
 * queueing globally), preemption, waking idle Ms onto idle Ps, and schedule() with runnext, local, global
 * (with the 1-in-61 fairness check) and stealing (including runnext), stopping Ms that find nothing.
 * The number of live goroutines hovers around a target. Deterministic for a seed. Single-threaded.
 */
final class SyntheticRun {
    private static final String[] FUNCTIONS = {
        "main.main", "main.worker", "main.producer", "main.consumer", "main.handler", "main.sleeper",
        "main.fanIn", "runtime.bgsweep", "main.func1", "main.(*Server).serve"};
    private static final WaitReason[] PARK_REASONS = {
        WaitReason.CHAN_RECEIVE, WaitReason.CHAN_SEND, WaitReason.SELECT, WaitReason.SEMACQUIRE,
        WaitReason.SYNC_MUTEX_LOCK, WaitReason.IO_WAIT, WaitReason.SYNC_COND_WAIT};
    private static final int CAP = 256;

    private final SplittableRandom rnd;
    private final EventSink sink;
    private final int maxP;
    private int nP;
    private final int target;
    private final int maxMs;
    private final int[] pOwner;
    private final int[] runnext;
    private final ArrayDeque<Integer>[] local;
    private final List<List<Integer>> sleepers = new ArrayList<>();
    private final ArrayDeque<Integer> global = new ArrayDeque<>();
    private final ArrayDeque<Integer> idlePs = new ArrayDeque<>();
    private final ArrayDeque<Integer> idleMs = new ArrayDeque<>();
    private final List<Mach> ms = new ArrayList<>();
    private final List<Integer> waiting = new ArrayList<>();
    /** Ms whose thread exited: never picked again. */
    private final java.util.Set<Integer> gone = new java.util.HashSet<>();
    private long emitted;
    private long time;
    private int nextGoid = 1;
    private int live;

    private static final class Mach {
        final int id;
        int p = -1;
        int curg = -1;
        boolean spinning;

        Mach(int id) { this.id = id; }
    }

    @SuppressWarnings("unchecked")
    SyntheticRun(long seed, int procs, int targetGoroutines, EventSink sink) {
        this.rnd = new SplittableRandom(seed);
        this.sink = sink;
        this.nP = procs;
        this.maxP = procs;
        this.target = targetGoroutines;
        this.maxMs = procs + 4;
        pOwner = new int[procs];
        runnext = new int[procs];
        local = new ArrayDeque[procs];
        for (int p = 0; p < procs; p++) {
            pOwner[p] = -1;
            runnext[p] = -1;
            local[p] = new ArrayDeque<>();
            sleepers.add(new ArrayList<>());
        }
        Mach m0 = newMachine();
        acquire(m0, 0);
        for (int p = nP - 1; p >= 1; p--) { emit(new ProcessorIdled(time, p)); idlePs.push(p); }
        int main = spawn(m0, -1);
        putNext(0, main);
    }

    /** Collects {@code count} events (or slightly more: actions finish) of a run. */
    static List<TraceEvent> events(long seed, int procs, int targetGoroutines, long count) {
        List<TraceEvent> out = new ArrayList<>();
        SyntheticRun run = new SyntheticRun(seed, procs, targetGoroutines, out::add);
        run.runUntil(count);
        return out;
    }

    /** Emits actions until at least {@code count} events have been emitted in total. */
    void runUntil(long count) {
        while (emitted < count) step();
    }

    /** Ends the program. */
    void exit(int code) {
        emit(new ProgramExited(time, code, code == 0 ? "" : "exit status " + code));
    }

    long emitted() { return emitted; }

    private void step() {
        List<Mach> active = new ArrayList<>();
        for (Mach m : ms) if (m.p != -1) active.add(m);
        if (active.isEmpty()) {
            wakeForIdleWorld();
            return;
        }
        Mach m = active.get(rnd.nextInt(active.size()));
        if (m.curg == -1) schedule(m);
        else run(m);
    }

    private void run(Mach m) {
        int g = m.curg;
        int p = m.p;
        boolean grow = live < target;
        int r = rnd.nextInt(100);
        if (r < (grow ? 30 : 4)) {
            putNext(p, spawn(m, g));
        } else if (r < 45) {
            emit(new SwitchedToG0(time, m.id, g, "park_m"));
            emit(new GoroutineParked(time, m.id, g, PARK_REASONS[rnd.nextInt(PARK_REASONS.length)]));
            m.curg = -1;
            waiting.add(g);
        } else if (r < 50) {
            emit(new TimerAdded(time, p, g, time + 1 + rnd.nextInt(10_000)));
            sleepers.get(p).add(g);
            emit(new SwitchedToG0(time, m.id, g, "park_m"));
            emit(new GoroutineParked(time, m.id, g, WaitReason.SLEEP));
            m.curg = -1;
        } else if (r < 57) {
            emit(new SwitchedToG0(time, m.id, g, "gosched_m"));
            emit(new GoroutineYielded(time, m.id, g));
            m.curg = -1;
            if (rnd.nextInt(3) == 0) putLocal(p, g);
            else { boolean head = rnd.nextInt(20) == 0; emit(new PutOnGlobalQueue(time, g, head)); if (head) global.addFirst(g); else global.addLast(g); }
        } else if (r < (grow ? 60 : 72)) {
            if (g == 1) return; // main never exits
            emit(new SwitchedToG0(time, m.id, g, "goexit0"));
            emit(new GoroutineExited(time, m.id, g));
            m.curg = -1;
            live--;
        } else if (r < 88) {
            if (waiting.isEmpty()) return;
            int w = removeRandom(waiting);
            emit(new RanOnSystemstack(time, m.id, g, "runtime.goready.func1"));
            emit(new GoroutineReadied(time, m.id, w, g));
            if (rnd.nextBoolean()) putNext(p, w); else putLocal(p, w);
        } else if (r < 93) {
            int p2 = rnd.nextInt(nP);
            if (sleepers.get(p2).isEmpty()) return;
            int s = removeRandom(sleepers.get(p2));
            emit(new TimerFired(time, m.id, p2, s));
            emit(new GoroutineReadied(time, m.id, s, -1));
            putNext(p, s);
        } else if (r < 95 && rnd.nextInt(4) == 0) {
            emit(new SwitchedToG0(time, m.id, g, "newstack")); // morestack, then back to g on the new stack
            emit(new StackGrown(time, m.id, g, 2048, 4096));
            emit(new ReturnedToGoroutine(time, m.id, g));
        } else if (r < 95 && rnd.nextInt(4) == 0 && !waiting.isEmpty()) {
            emit(new StackShrunk(time, waiting.get(rnd.nextInt(waiting.size())), 8192, 4096));
        } else if (r < 95) {
            emit(new OutputWritten(time, g, 1 + rnd.nextInt(2), "line " + rnd.nextInt(1000) + "\n"));
        } else if (r < 97) {
            syscall(m, g, p);
        } else if (r < 98 && rnd.nextInt(40) == 0) {
            stopTheWorldAndResize();
        } else if (r < 98 && rnd.nextInt(30) == 0) {
            handToAFreshThreadThatExits(m, g, p);
        } else if (r < 98) {
            emit(new PreemptRequested(time, p, g, true));
            emit(new SwitchedToG0(time, m.id, g, "gopreempt_m"));
            emit(new GoroutinePreempted(time, m.id, g, true));
            m.curg = -1;
            emit(new PutOnGlobalQueue(time, g, false));
            global.addLast(g);
        } else {
            startAnotherM();
        }
    }

    /**
     * An external GOMAXPROCS change: every running goroutine is preempted to the global queue,
     * every P stopped; the last P is destroyed (or one added back), then the Ps restart.
     */
    private void stopTheWorldAndResize() {
        emit(new WorldStopping(time, "GOMAXPROCS"));
        for (Mach m : ms) {
            if (m.p == -1) continue;
            int p = m.p;
            if (m.curg != -1) {
                int g = m.curg;
                emit(new PreemptRequested(time, p, g, true));
                emit(new SwitchedToG0(time, m.id, g, "gopreempt_m"));
                emit(new GoroutinePreempted(time, m.id, g, true));
                m.curg = -1;
                emit(new PutOnGlobalQueue(time, g, false));
                global.addLast(g);
            }
            if (m.spinning) setSpinning(m, false);
            emit(new ProcessorReleased(time, m.id, p));
            pOwner[p] = -1;
            m.p = -1;
            emit(new ProcessorStopped(time, p));
            emit(new MachineStopped(time, m.id));
            idleMs.push(m.id);
        }
        while (!idlePs.isEmpty()) {
            int p = idlePs.pop();
            emit(new ProcessorUnidled(time, p));
            emit(new ProcessorStopped(time, p));
        }
        int next = nP == maxP && nP > 1 ? nP - 1 : maxP;
        for (int p = next; p < nP; p++) {
            emit(new ProcessorDestroyed(time, p, 0));
            List<Integer> moved = new ArrayList<>(local[p]);
            local[p].clear();
            for (int i = moved.size() - 1; i >= 0; i--) global.addFirst(moved.get(i));
            if (runnext[p] != -1) { global.addFirst(runnext[p]); runnext[p] = -1; }
            sleepers.get(0).addAll(sleepers.get(p));
            sleepers.get(p).clear();
        }
        nP = next;
        emit(new ProcessorsResized(time, nP));
        for (int p = nP - 1; p >= 0; p--) {
            if (runnext[p] == -1 && local[p].isEmpty() && !(p == 0 && !global.isEmpty())) {
                emit(new ProcessorIdled(time, p));
                idlePs.push(p);
            } else {
                Mach m;
                if (!idleMs.isEmpty()) {
                    m = ms.get(idleMs.pop());
                    emit(new MachineWoken(time, m.id, p));
                } else {
                    m = newMachine();
                }
                acquire(m, p);
            }
        }
        emit(new WorldStarted(time));
    }

    /**
     * A goroutine locked to a new thread: it yields, this M picks it again and hands it and the
     * P to the locked M (startlockedm), which runs it; it exits still locked, and the thread exits.
     */
    private void handToAFreshThreadThatExits(Mach m, int g, int p) {
        if (g == 1 || ms.size() >= maxMs) return;
        Mach locked = newMachine();
        emit(new SwitchedToG0(time, m.id, g, "gosched_m"));
        emit(new GoroutineYielded(time, m.id, g));
        m.curg = -1;
        emit(new ProcessorReleased(time, m.id, p));
        emit(new HandedToLockedM(time, m.id, locked.id, g));
        m.p = -1;
        pOwner[p] = -1;
        if (m.spinning) setSpinning(m, false);
        emit(new MachineStopped(time, m.id));
        idleMs.push(m.id);
        acquire(locked, p);
        emit(new GoroutineExecuted(time, locked.id, p, g, false));
        emit(new SwitchedToG0(time, locked.id, g, "goexit0"));
        emit(new GoroutineExited(time, locked.id, g));
        live--;
        emit(new ProcessorReleased(time, locked.id, p));
        locked.p = -1;
        pOwner[p] = -1;
        emit(new MachineExited(time, locked.id));
        ms.set(locked.id, new Mach(locked.id)); // the id stays taken; the thread is gone
        gone.add(locked.id);
        emit(new ProcessorIdled(time, p));
        idlePs.push(p);
    }

    /** entersyscall, then either the fast path back to the same P or a retake and exitsyscall0. */
    private void syscall(Mach m, int g, int p) {
        emit(new SyscallEntered(time, m.id, g, p, "write"));
        pOwner[p] = -1;
        m.p = -1;
        emit(new ProcessorLeftSyscall(time, p));
        if (rnd.nextInt(3) != 0) {
            acquire(m, p);
            emit(new SyscallExited(time, m.id, g));
            return;
        }
        emit(new ProcessorIdled(time, p));
        idlePs.push(p);
        emit(new SyscallExitedWithoutP(time, m.id, g));
        m.curg = -1;
        emit(new PutOnGlobalQueue(time, g, false));
        global.addLast(g);
        if (m.spinning) setSpinning(m, false);
        emit(new MachineStopped(time, m.id));
        idleMs.push(m.id);
    }

    /** wakep/startm: an idle P and an idle (or new) M start spinning. */
    private void startAnotherM() {
        if (idlePs.isEmpty() || (idleMs.isEmpty() && ms.size() >= maxMs)) return;
        int p = idlePs.pop();
        emit(new ProcessorUnidled(time, p));
        Mach m;
        if (!idleMs.isEmpty()) {
            m = ms.get(idleMs.pop());
            emit(new MachineWoken(time, m.id, p));
        } else {
            m = newMachine();
        }
        acquire(m, p);
        emit(new NeedSpinningChanged(time, false));
        setSpinning(m, true);
    }

    /** Nothing runs: a woken M readies a waiter (netpoll or timer) so the world moves on. */
    private void wakeForIdleWorld() {
        startAnotherM();
        Mach m = ms.stream().filter(x -> x.p != -1).findFirst().orElseThrow();
        if (global.isEmpty()) {
            int p2 = rnd.nextInt(nP);
            int g;
            if (!sleepers.get(p2).isEmpty()) {
                g = removeRandom(sleepers.get(p2));
                emit(new TimerFired(time, m.id, p2, g));
            } else if (!waiting.isEmpty()) {
                g = removeRandom(waiting);
                emit(new NetpollBlocked(time, m.id, -1));
                emit(new NetpollReturned(time, m.id));
            } else {
                return; // someone sleeps on another P; a later call picks it
            }
            emit(new GoroutineReadied(time, m.id, g, -1));
            putLocal(m.p, g);
        }
    }

    private void schedule(Mach m) {
        int p = m.p;
        int g;
        boolean inherit = false;
        if (!global.isEmpty() && rnd.nextInt(61) == 0) {
            g = global.pollFirst();
            emit(new TakenFromGlobalQueue(time, m.id, p, 1));
        } else if (runnext[p] != -1) {
            g = runnext[p];
            runnext[p] = -1;
            inherit = true;
            emit(new TakenFromRunnext(time, m.id, p, g));
        } else if (!local[p].isEmpty()) {
            g = local[p].pollFirst();
            emit(new TakenFromLocalQueue(time, m.id, p, g));
        } else if (!global.isEmpty()) {
            int n = Math.min(global.size(), Math.min(global.size() / nP + 1, CAP / 2));
            emit(new TakenFromGlobalQueue(time, m.id, p, n));
            g = global.pollFirst();
            for (int i = 1; i < n; i++) local[p].addLast(global.pollFirst());
        } else {
            g = steal(m);
        }
        if (g == -1) {
            stop(m);
            return;
        }
        if (m.spinning) setSpinning(m, false);
        if (rnd.nextInt(50) == 0) { // a mark worker runs on this P for a while first
            emit(new GcPhaseChanged(time, 1, "mark"));
            emit(new GcWorkerStarted(time, m.id, p, GcWorkerMode.values()[rnd.nextInt(GcWorkerMode.values().length)]));
            emit(new GcWorkerStopped(time, m.id, p));
            emit(new GcPhaseChanged(time, 1, "off"));
        }
        emit(new GoroutineExecuted(time, m.id, p, g, inherit));
        m.curg = g;
    }

    private int steal(Mach m) {
        int p = m.p;
        if (!m.spinning) setSpinning(m, true);
        int start = rnd.nextInt(nP);
        for (int k = 0; k < nP; k++) {
            int v = (start + k) % nP;
            if (v == p) continue;
            int n = local[v].size();
            if (n > 0) {
                int count = n - n / 2;
                emit(new Stolen(time, m.id, p, v, count, false));
                for (int i = 0; i < count; i++) local[p].addLast(local[v].pollFirst());
                return local[p].pollLast();
            }
            if (runnext[v] != -1 && rnd.nextBoolean()) {
                emit(new Stolen(time, m.id, p, v, 1, true));
                int g = runnext[v];
                runnext[v] = -1;
                return g;
            }
            emit(new StealFailed(time, m.id, p, v));
        }
        return -1;
    }

    private void stop(Mach m) {
        int p = m.p;
        emit(new ProcessorReleased(time, m.id, p));
        pOwner[p] = -1;
        m.p = -1;
        emit(new ProcessorIdled(time, p));
        idlePs.push(p);
        if (m.spinning) setSpinning(m, false);
        if (rnd.nextInt(4) == 0) {
            emit(new NetpollBlocked(time, m.id, 1000));
            emit(new NetpollReturned(time, m.id));
        }
        emit(new MachineStopped(time, m.id));
        idleMs.push(m.id);
    }

    private void putNext(int p, int g) {
        if (runnext[p] != -1) {
            if (local[p].size() == CAP) overflow(p);
            emit(new RunnextKicked(time, p, runnext[p]));
            local[p].addLast(runnext[p]);
        }
        emit(new PutOnRunnext(time, p, g));
        runnext[p] = g;
    }

    private void putLocal(int p, int g) {
        if (local[p].size() == CAP) {
            overflow(p);
            emit(new PutOnGlobalQueue(time, g, false));
            global.addLast(g);
        } else {
            emit(new PutOnLocalQueue(time, p, g));
            local[p].addLast(g);
        }
    }

    private void overflow(int p) {
        emit(new LocalQueueOverflowed(time, p, CAP / 2));
        for (int i = 0; i < CAP / 2; i++) global.addLast(local[p].pollFirst());
    }

    private int spawn(Mach m, int parent) {
        int g = nextGoid++;
        String fn = g == 1 ? "main.main" : FUNCTIONS[1 + rnd.nextInt(FUNCTIONS.length - 1)];
        emit(new GoroutineCreated(time, m.id, g, parent, fn));
        live++;
        return g;
    }

    private Mach newMachine() {
        Mach m = new Mach(ms.size());
        ms.add(m);
        emit(new MachineCreated(time, m.id));
        return m;
    }

    private void acquire(Mach m, int p) {
        emit(new ProcessorAcquired(time, m.id, p));
        m.p = p;
        pOwner[p] = m.id;
    }

    private void setSpinning(Mach m, boolean spinning) {
        m.spinning = spinning;
        emit(new MachineSpinning(time, m.id, spinning));
    }

    private int removeRandom(List<Integer> list) {
        int i = rnd.nextInt(list.size());
        int last = list.size() - 1;
        int v = list.get(i);
        list.set(i, list.get(last));
        list.remove(last);
        return v;
    }

    private void emit(TraceEvent e) {
        sink.accept(e);
        emitted++;
        time += rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(60);
    }
}
