package dev.schedlab.model.runtime;

import dev.schedlab.model.ProgramOutput;
import dev.schedlab.model.config.Costs;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.engine.EventQueue;
import dev.schedlab.model.engine.SimRandom;
import dev.schedlab.model.trace.EventSink;
import dev.schedlab.model.trace.GStatus;
import dev.schedlab.model.trace.PStatus;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.trace.TraceEvent.*;
import dev.schedlab.model.trace.WaitReason;
import dev.schedlab.model.vm.Closure;
import dev.schedlab.model.vm.Cpu;
import dev.schedlab.model.vm.GoPanic;
import dev.schedlab.model.vm.Interpreter;
import dev.schedlab.model.vm.Program;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The Go 1.23 scheduler: global state (runtime/runtime2.go:schedt) and the algorithms of
 * runtime/proc.go, each named after its Go counterpart. Reference:
 * shared/reference/go-scheduler.md sections 2-4, 8 and 9.
 *
 * <p>Execution: every M is driven by engine events. An M runs (its goroutine's
 * instructions, or scheduler code on g0) with its own clock until it reaches the time
 * of the next other engine event, then yields, so Ms interleave in time order.
 * Scheduler steps between two such checks are atomic: a simplification noted in
 * MODEL_NOTES.md. Single-threaded.
 */
final class Scheduler {
    static final int GOID_CACHE_BATCH = 16;
    static final int GFREE_HIGH = 64;
    static final int GFREE_LOW = 32;
    /** runtime/stack.go: stackMin, and stackGuard on linux/amd64 (stackNosplit 800 + StackSmall 128). */
    static final int STACK_MIN = 2048;
    static final int STACK_GUARD = 928;
    /** runtime/proc.go:main: maxstacksize on 64-bit. */
    static final long MAX_STACK = 1_000_000_000L;
    /** The initial frame newproc1 builds under the entry function (4 words + MinFrameSize, rounded). */
    static final int ENTRY_FRAME = 64;

    final Program program;
    final Settings settings;
    final Costs costs;
    final EventQueue queue;
    final SimRandom rand;
    final SimRandom jitter;
    final EventSink sink;
    final ProgramOutput output;
    final Interpreter interpreter;

    // ---- schedt
    P[] allp;
    int gomaxprocs;
    final List<M> allm = new ArrayList<>();
    final List<G> allgs = new ArrayList<>();
    final ArrayDeque<G> runq = new ArrayDeque<>();
    final ArrayDeque<P> pidle = new ArrayDeque<>();
    final ArrayDeque<M> midle = new ArrayDeque<>();
    final ArrayDeque<G> gFreeGlobal = new ArrayDeque<>();
    int nmspinning;
    boolean needspinning;
    /** sched.gcwaiting: a stop-the-world is in progress; stopwait Ps are still to stop. */
    boolean gcwaiting;
    int stopwait;
    private Runnable whenStopped;
    private long stwGeneration;
    long goidgen;
    int nmsys;
    boolean netpollInited;
    /** sched.lastpoll: 0 while some M is blocked in netpoll. */
    long lastpoll = 1;
    /** sched.pollUntil: when the blocked poller will wake. */
    long pollUntil;
    M pollingM;
    final RandomOrder stealOrder = new RandomOrder();
    final long[] opCosts;

    // ---- the acting M and bookkeeping
    M curM;
    long engineNow;
    long stopAt = Long.MAX_VALUE;
    long events;
    long switches;
    long live;
    long peakLive;
    boolean exited;
    int exitCode;
    G mainG;
    /** The goroutine found by findRunnable and whether it inherits the time slice. */
    private boolean foundInherit;

    Scheduler(Program program, Settings settings, EventSink sink, ProgramOutput output, Object[] globals) {
        this.program = program;
        this.settings = settings;
        this.costs = settings.costs();
        this.queue = new EventQueue();
        this.rand = new SimRandom(settings.seed());
        this.jitter = new SimRandom(settings.seed() ^ 0x5DEECE66DL);
        this.sink = sink;
        this.output = output;
        this.interpreter = new Interpreter(program, globals);
        this.gomaxprocs = settings.gomaxprocs();
        this.allp = new P[gomaxprocs];
        this.opCosts = costs.opCosts();
        for (int i = 0; i < gomaxprocs; i++) allp[i] = new P(i);
        stealOrder.reset(gomaxprocs);
    }

    // ---------------------------------------------------------------- time and events

    /**
     * The acting clock: the running M's, or, between Ms (sysmon, signals, readiness), the
     * engine's, but never earlier than the latest event: an M's atomic step may have run a
     * little past the instant the engine is at, and what it did has already happened.
     */
    long now() { return curM != null ? curM.cpu.now : Math.max(engineNow, lastEventTime); }

    void charge(long ns) {
        M m = curM;
        if (m == null) return;
        m.cpu.now += ns;
        chargedTotal += ns;
        if (m.resume == M.Resume.GC_WORK || gcwaiting) cpuGc += ns;
        else if (m.curg != null) cpuRuntime += ns;
        else if (m.viaMcall) cpuMcall += ns;
        else cpuSchedulerOther += ns;
        if (stacks != null) stacks.charge(m, ns);
    }

    /** The CPU profile by call stack (for the flame graph), or null: off unless asked for, as it costs time. */
    CpuStacks stacks;

    /** Starts attributing CPU time to call stacks (before the run starts, so nothing is missed). */
    void enableStackProfile() {
        if (stacks != null) return;
        stacks = new CpuStacks(this);
        for (M m : allm) m.cpu.profile = stacks;
    }

    /** Enters a runtime function path for the profile; pair with {@link #leave}. */
    int enter(CpuStacks.Path path) { return curM == null || stacks == null ? -1 : stacks.enter(curM, path); }

    void leave(int saved) { if (curM != null && stacks != null) stacks.leave(curM, saved); }

    // CPU profile: see dev.schedlab.model.CpuProfile.
    long chargedTotal;
    long cpuUser;
    long cpuRuntime;
    long cpuMcall;
    long cpuSchedulerOther;
    long cpuSyscall;
    long cpuGc;

    void emit(TraceEvent e) {
        // morestack's switch keeps the goroutine on the M: its g0 time is the goroutine's runtime time
        // (the profile puts it under runtime.newstack, not under an mcall).
        if (e instanceof SwitchedToG0 && curM != null && !NEWSTACK.equals(((SwitchedToG0) e).fn())) {
            curM.viaMcall = true;
            if (stacks != null) stacks.switchedToG0(curM, ((SwitchedToG0) e).fn());
        }
        events++;
        lastEventTime = e.time();
        sink.accept(e);
    }

    /** SwitchedToG0's fn for morestack's switch to g0 (no mcall). */
    static final String NEWSTACK = "newstack";

    /** Time of the latest event: an M that resumes starts no earlier, so the log's times never go back. */
    long lastEventTime;

    /** Schedules an engine event, and keeps the acting M from running past it. */
    void at(long time, Runnable action) {
        queue.schedule(time, action);
        if (curM != null && time < curM.cpu.limit) curM.cpu.limit = Math.max(curM.cpu.now, time);
    }

    /** Makes {@code m} run again at {@code time} from {@code resume}, superseding any earlier wake-up. */
    void wakeAt(M m, long time, M.Resume resume) {
        m.resume = resume;
        long gen = ++m.generation;
        at(time, () -> runM(m, gen));
        if (m == curM) m.waitingForWake = true; // the running M scheduled its own future: it stops now
    }

    // ---------------------------------------------------------------- the M loop

    /** Runs {@code m} from its resume point until it blocks or must yield to an earlier event. */
    void runM(M m, long gen) {
        if (gen != m.generation || exited) return;
        M saved = curM;
        curM = m;
        Cpu cpu = m.cpu;
        // An M that ran a step past this instant already changed the world; we observe it after.
        cpu.now = Math.max(cpu.now, Math.max(engineNow, lastEventTime));
        try {
            m.waitingForWake = false;
            while (!exited) {
                if (m.waitingForWake) {
                    m.waitingForWake = false;
                    return;
                }
                long horizon = Math.min(queue.peekTime(), stopAt);
                if (cpu.now > horizon) {
                    wakeAt(m, cpu.now, m.resume);
                    m.waitingForWake = false;
                    return;
                }
                cpu.limit = horizon == Long.MAX_VALUE ? cpu.now + 10_000_000 : Math.max(horizon, cpu.now);
                switch (m.resume) {
                    case RUN_G -> { if (!runGoroutine(m)) return; }
                    case SCHEDULE -> { if (!schedule(m)) return; }
                    case AFTER_STOPM -> {
                        m.viaMcall = false;
                        if (stacks != null) stacks.freshG0(m);
                        P pp = m.nextp;
                        m.nextp = null;
                        acquirep(m, pp);
                        m.resume = M.Resume.SCHEDULE;
                    }
                    case AFTER_NETPOLL -> {
                        m.viaMcall = false;
                        if (stacks != null) stacks.freshG0(m);
                        if (!afterNetpoll(m)) return;
                    }
                    case AFTER_STEAL_PAUSE -> { if (!afterStealPause(m)) return; }
                    case AFTER_SYSCALL -> { if (!exitsyscall(m)) return; }
                    case AFTER_LOCKED_WAKE -> { if (!afterLockedWake(m)) return; }
                    case GC_WORK -> { if (!gc.work(m)) return; }
                    case AFTER_STW -> {
                        Runnable done = m.stwDone;
                        m.stwDone = null;
                        done.run();
                    }
                    case NONE -> { return; }
                }
            }
        } finally {
            curM = saved;
        }
    }

    /** Runs the M's goroutine; false when the M must stop for now (budget reached). */
    private boolean runGoroutine(M m) {
        G g = m.curg;
        if (g.pendingPanic != null) {
            RuntimeException p = g.pendingPanic;
            g.pendingPanic = null;
            fatalPanic(g, p);
            return false;
        }
        if (m.asyncPreemptArrived) {
            m.asyncPreemptArrived = false;
            if (g.preempt && !g.system) {
                gopreemptM(m, true);
                return true;
            }
        }
        if (g.system) {
            SystemGoroutines.run(this, g);
            return true;
        }
        long startedAt = m.cpu.now;
        long chargedBefore = chargedTotal;
        long allocatedBefore = heap.allocated;
        try {
            Interpreter.Stop stop = interpreter.run(g, hostFor(), m.cpu);
            cpuUser += (m.cpu.now - startedAt) - (chargedTotal - chargedBefore);
            if (m.curg == g) gc.assist(heap.allocated - allocatedBefore);
            if (stop == Interpreter.Stop.BUDGET) {
                if (heap.allocated >= heap.trigger && gc.maybeStartFromAllocation()) return false;
                wakeAt(m, m.cpu.now, M.Resume.RUN_G);
                return false;
            }
            if (heap.allocated >= heap.trigger && m.curg == g && g.status == GStatus.RUNNING) gc.maybeStartFromAllocation();
            return true;
        } catch (GoPanic p) {
            fatalPanic(g, p);
            return false;
        }
    }

    private RuntimeHost host;

    void setHost(RuntimeHost host) { this.host = host; }

    private RuntimeHost hostFor() { return host; }

    // ---------------------------------------------------------------- goroutine creation and exit

    /** newproc: a new goroutine running {@code fn(args)}, into the creator's runnext, then wakep. */
    G newproc(Object fn, Object[] args) {
        int saved = enter(CpuStacks.Path.NEWPROC);
        try {
            return newprocBody(fn, args);
        } finally {
            leave(saved);
        }
    }

    private G newprocBody(Object fn, Object[] args) {
        charge(costs.newproc());
        onSystemstack(curM, "runtime.newproc.func1"); // before newproc1 changes anything: the fold sees the same
        P pp = curM.p;
        Closure c = (Closure) fn;
        boolean reused = pp.gFreeCount > 0 || !gFreeGlobal.isEmpty();
        G newg = newG(pp, false, c.function().name());
        if (!reused) heap.allocated += HeapCensus.G_STRUCT_BYTES; // malg: a new g struct
        Interpreter.start(newg, fn, args);
        newg.stackUsed = ENTRY_FRAME + c.function().frameSize();
        newg.stackLimit = newg.stackSize - STACK_GUARD;
        emit(new GoroutineCreated(now(), curM.id, newg.id(), curM.curg == null ? -1 : curM.curg.id(), newg.startFunction));
        runqput(pp, newg, true);
        wakep();
        return newg;
    }

    /** newproc of one of the runtime's own goroutines (SystemGoroutines), from the running goroutine. */
    void newSystemGoroutine(String fn) {
        charge(costs.newproc());
        P pp = curM.p;
        G g = newG(pp, true, fn);
        emit(new GoroutineCreated(now(), curM.id, g.id(), curM.curg == null ? -1 : curM.curg.id(), fn));
        runqput(pp, g, true);
        wakep();
    }

    /** newproc1's allocation: a G from the free lists (gfget) or a new one, with the next goid of p's cache. */
    G newG(P pp, boolean system, String startFunction) {
        if (live >= settings.limits().maxGoroutines()) {
            throw new LimitExceeded("more than " + settings.limits().maxGoroutines()
                    + " live goroutines (raise the limit with --max-goroutines)");
        }
        if (pp.goidcache == pp.goidcacheend) {
            goidgen += GOID_CACHE_BATCH;
            pp.goidcache = goidgen - GOID_CACHE_BATCH + 1;
            pp.goidcacheend = pp.goidcache + GOID_CACHE_BATCH;
        }
        long goid = pp.goidcache++;
        gfget(pp);
        G g = new G(goid, system, startFunction);
        g.status = GStatus.RUNNABLE;
        allgs.add(g);
        live++;
        if (live > peakLive) peakLive = live;
        return g;
    }

    /** gfget: takes a dead G from p's free list, refilling it from the global one (counts only). */
    private void gfget(P pp) {
        if (pp.gFreeCount == 0 && !gFreeGlobal.isEmpty()) {
            while (pp.gFreeCount < GFREE_LOW && !gFreeGlobal.isEmpty()) {
                gFreeGlobal.poll();
                pp.gFreeCount++;
            }
        }
        if (pp.gFreeCount > 0) {
            pp.gFreeCount--;
            removeDeadFromAllgs();
        }
    }

    /** A reused G struct leaves allgs' dead set: allgs keeps at most the peak number of G structs, as in Go. */
    private final ArrayDeque<G> deadGs = new ArrayDeque<>();

    private void removeDeadFromAllgs() {
        G dead = deadGs.poll();
        if (dead != null) dead.reused = true;
        compactAllgsIfNeeded();
    }

    private int reusedCount;

    private void compactAllgsIfNeeded() {
        if (++reusedCount > 4096 && reusedCount > allgs.size() / 4) {
            allgs.removeIf(g -> g.reused);
            reusedCount = 0;
        }
    }

    /** goexit0/gdestroy: the running goroutine is dead; its G goes to p's free list (gfput). */
    void goexit0(M m) {
        G g = m.curg;
        emit(new SwitchedToG0(now(), m.id, g.id(), "goexit0"));
        g.status = GStatus.DEAD;
        g.waitReason = WaitReason.ZERO;
        g.m = null;
        g.frame = null;
        m.curg = null;
        charge(costs.mcall() + costs.parkM()); // on g0, under runtime.mcall
        live--;
        emit(new GoroutineExited(now(), m.id, g.id()));
        P pp = m.p;
        pp.gFreeCount++;
        deadGs.add(g);
        if (pp.gFreeCount >= GFREE_HIGH) {
            while (pp.gFreeCount > GFREE_LOW) {
                pp.gFreeCount--;
                gFreeGlobal.add(g);
            }
        }
        m.resume = M.Resume.SCHEDULE;
        if (g == mainG) {
            exit(0, "");
            return;
        }
        if (g.lockedm == m) {
            // Exited while locked: the thread goes with it (m0 would be wedged instead).
            g.lockedm = null;
            m.lockedg = null;
            m.lockedExt = 0;
            P p = m.p;
            releasep(m);
            handoffp(p);
            m.exited = true;
            m.resume = M.Resume.NONE;
            m.generation++;
            emit(new TraceEvent.MachineExited(now(), m.id));
        }
    }

    // ---------------------------------------------------------------- park, ready, yield

    /** gopark -> mcall(park_m): the running goroutine waits for {@code reason}; the M enters schedule. */
    void gopark(WaitReason reason) {
        M m = curM;
        G g = m.curg;
        g.waitReason = reason; // gopark sets it before mcall(park_m)
        emit(new SwitchedToG0(now(), m.id, g.id(), "park_m"));
        g.status = GStatus.WAITING;
        g.waitSince = now();
        g.m = null;
        m.curg = null;
        charge(costs.mcall() + costs.parkM()); // on g0, under runtime.mcall
        emit(new GoroutineParked(now(), m.id, g.id(), reason));
        m.resume = M.Resume.SCHEDULE;
    }

    /** goready -> ready(gp, next=true): runnable, into the waker's P runnext, then wakep. */
    void goready(G g) {
        int saved = enter(CpuStacks.Path.GOREADY);
        try {
            goreadyBody(g);
        } finally {
            leave(saved);
        }
    }

    private void goreadyBody(G g) {
        charge(costs.ready());
        M m = curM;
        onSystemstack(m, "runtime.goready.func1"); // before ready changes anything: the fold sees the same
        g.status = GStatus.RUNNABLE;
        emit(new GoroutineReadied(now(), m.id, g.id(), m.curg == null ? -1 : m.curg.id()));
        runqput(m.p, g, true);
        wakep();
    }

    /**
     * A running user goroutine reaches runtime code that Go runs through systemstack (newproc1, ready):
     * record the round trip to g0 and back. From g0 itself (timers, netpoll, the GC) there is no switch.
     */
    private void onSystemstack(M m, String fn) {
        G g = m.curg;
        if (g != null && !g.system && g.status == GStatus.RUNNING && g.m == m) emit(new RanOnSystemstack(now(), m.id, g.id(), fn));
    }

    /** Gosched -> mcall(gosched_m) -> goschedImpl: to the global queue tail, wakep, schedule. */
    void gosched() {
        M m = curM;
        G g = switchToG0StillRunnable(m, "gosched_m");
        emit(new GoroutineYielded(now(), m.id, g.id()));
        globrunqput(g, false);
        wakep();
    }

    /** goyield -> goyield_m: like Gosched but to the local queue tail (semaphore handoff). */
    void goyield() {
        M m = curM;
        G g = switchToG0StillRunnable(m, "goyield_m");
        emit(new GoroutineYielded(now(), m.id, g.id()));
        runqput(m.p, g, false);
    }

    /**
     * mcall(fn) for a goroutine that stays runnable (Gosched, goyield, preemption): the M
     * switches to g0 and lets the goroutine go; the caller decides where it is queued.
     */
    private G switchToG0StillRunnable(M m, String fn) {
        emit(new SwitchedToG0(now(), m.id, m.curg.id(), fn));
        return letGoOnG0(m);
    }

    /** The M, already on g0, lets its goroutine go (runnable); the caller decides where it is queued. */
    private G letGoOnG0(M m) {
        G g = m.curg;
        m.viaMcall = true;
        g.status = GStatus.RUNNABLE;
        g.m = null;
        m.curg = null;
        charge(costs.mcall() + costs.runqput()); // on g0, under runtime.mcall
        m.resume = M.Resume.SCHEDULE;
        return g;
    }

    // ---------------------------------------------------------------- run queues (section 2)

    /** runqput: runnext kicks its old occupant to the tail; the tail overflows through runqputslow. */
    void runqput(P pp, G g, boolean next) {
        charge(costs.runqput());
        if (next) {
            G old = pp.runnext;
            if (old != null) {
                if (pp.runqSize() < P.RUNQ_SIZE) {
                    pp.runnext = null;
                    ringPut(pp, old);
                    emit(new RunnextKicked(now(), pp.id, old.id()));
                } else {
                    pp.runnext = null;
                    emit(new TakenFromRunnext(now(), curM.id, pp.id, old.id()));
                    runqputTail(pp, old);
                }
            }
            pp.runnext = g;
            emit(new PutOnRunnext(now(), pp.id, g.id()));
            return;
        }
        runqputTail(pp, g);
    }

    private void runqputTail(P pp, G g) {
        if (pp.runqSize() < P.RUNQ_SIZE) {
            ringPut(pp, g);
            emit(new PutOnLocalQueue(now(), pp.id, g.id()));
            return;
        }
        runqputslow(pp, g);
    }

    /** runqputslow: half the ring (128) plus g move to the global queue's tail, in order. */
    private void runqputslow(P pp, G g) {
        int n = P.RUNQ_SIZE / 2;
        for (int i = 0; i < n; i++) runq.addLast(ringTake(pp));
        emit(new LocalQueueOverflowed(now(), pp.id, n));
        runq.addLast(g);
        emit(new PutOnGlobalQueue(now(), g.id(), false));
    }

    private static void ringPut(P pp, G g) {
        pp.runq[Math.floorMod(pp.runqtail, P.RUNQ_SIZE)] = g;
        pp.runqtail++;
    }

    private static G ringTake(P pp) {
        int i = Math.floorMod(pp.runqhead, P.RUNQ_SIZE);
        G g = pp.runq[i];
        pp.runq[i] = null;
        pp.runqhead++;
        return g;
    }

    /** runqget: runnext first (inheriting the time slice), then the ring's head. */
    G runqget(P pp) {
        charge(costs.runqput());
        if (pp.runnext != null) {
            G g = pp.runnext;
            pp.runnext = null;
            foundInherit = true;
            emit(new TakenFromRunnext(now(), curM.id, pp.id, g.id()));
            return g;
        }
        if (pp.runqhead == pp.runqtail) return null;
        G g = ringTake(pp);
        foundInherit = false;
        emit(new TakenFromLocalQueue(now(), curM.id, pp.id, g.id()));
        return g;
    }

    void globrunqput(G g, boolean atHead) {
        if (atHead) runq.addFirst(g); else runq.addLast(g);
        emit(new PutOnGlobalQueue(now(), g.id(), atHead));
    }

    /** globrunqget: n = min(size/gomaxprocs+1, size, max, 128); the first runs, the rest go to p's tail. */
    G globrunqget(P pp, int max) {
        int size = runq.size();
        if (size == 0) return null;
        charge(costs.runqput());
        int n = Math.min(size, size / gomaxprocs + 1);
        if (max > 0) n = Math.min(n, max);
        n = Math.min(n, P.RUNQ_SIZE / 2);
        G first = runq.pollFirst();
        for (int i = 1; i < n; i++) ringPut(pp, runq.pollFirst());
        emit(new TakenFromGlobalQueue(now(), curM.id, pp.id, n));
        foundInherit = false;
        return first;
    }

    // ---------------------------------------------------------------- schedule / execute (section 3)

    /** schedule(): finds a goroutine and executes it; false when the M blocked instead. */
    boolean schedule(M m) {
        int saved = enter(CpuStacks.Path.SCHEDULE);
        try {
            return scheduleBody(m);
        } finally {
            leave(saved);
        }
    }

    private boolean scheduleBody(M m) {
        if (m.lockedg != null) {
            stoplockedm(m);
            return false;
        }
        charge(costs.schedule());
        G gp = findRunnable(m);
        if (gp == null) return false;
        if (m.spinning) resetspinning(m);
        if (gp.lockedm != null && gp.lockedm != m) {
            startlockedm(m, gp);
            return false;
        }
        execute(m, gp, foundInherit);
        return true;
    }

    // ---------------------------------------------------------------- LockOSThread (13.3)

    int nmidlelocked;
    private boolean templateThreadStarted;

    /** LockOSThread: wire the running goroutine to this M; the first call starts the template thread. */
    void lockOSThread() {
        M m = curM;
        if (!templateThreadStarted) {
            templateThreadStarted = true;
            M template = newm(true); // newm(templateThread): a system M, parked for good
            template.blocked = true;
        }
        m.lockedExt++;
        m.lockedg = m.curg;
        m.curg.lockedm = m;
    }

    /** UnlockOSThread: unwire when the count reaches zero. */
    void unlockOSThread() {
        M m = curM;
        if (m.lockedExt == 0) return;
        if (--m.lockedExt == 0) {
            m.curg.lockedm = null;
            m.lockedg = null;
        }
    }

    /** stoplockedm: the locked goroutine blocked; hand the P off and sleep until it is runnable. */
    private void stoplockedm(M m) {
        if (m.p != null) {
            P pp = m.p;
            releasep(m);
            handoffp(pp);
        }
        nmidlelocked++;
        m.blocked = true;
        m.resume = M.Resume.NONE;
        m.generation++;
        checkdead();
    }

    /** startlockedm: gp is locked to another M: give that M our P and gp, and stop. */
    private void startlockedm(M m, G gp) {
        M mp = gp.lockedm;
        P pp = m.p;
        nmidlelocked--; // incidlelocked(-1): the locked M counts as running from here
        releasep(m);
        emit(new TraceEvent.HandedToLockedM(now(), m.id, mp.id, gp.id()));
        mp.nextp = pp;
        wakeAt(mp, now() + costs.wakeM(), M.Resume.AFTER_LOCKED_WAKE);
        stopm(m);
    }

    /** Woken by startlockedm: acquire the P and run the locked goroutine on a new time slice. */
    private boolean afterLockedWake(M m) {
        m.blocked = false;
        P pp = m.nextp;
        m.nextp = null;
        acquirep(m, pp);
        execute(m, m.lockedg, false);
        return true;
    }

    /** Ms whose thread is alive: sched.mnext - sched.nmfreed. */
    int mcount() {
        int n = 0;
        for (M m : allm) if (!m.exited) n++;
        return n;
    }

    /** execute: gp runs on m; schedtick advances only on a new time slice; then gogo. */
    void execute(M m, G gp, boolean inheritTime) {
        int saved = enter(CpuStacks.Path.EXECUTE);
        try {
            executeBody(m, gp, inheritTime);
        } finally {
            leave(saved);
        }
    }

    private void executeBody(M m, G gp, boolean inheritTime) {
        charge(costs.execute());
        m.curg = gp;
        gp.m = m;
        gp.status = GStatus.RUNNING;
        gp.waitSince = 0;
        gp.preempt = false; // a pending request is dropped with the new stackguard0
        gp.stackguardPreempt = false;
        m.viaMcall = false;
        if (!inheritTime) m.p.schedtick++;
        switches++;
        emit(new GoroutineExecuted(now(), m.id, m.p.id, gp.id(), inheritTime));
        m.resume = M.Resume.RUN_G;
    }

    /** findRunnable, in the order of reference 3.3. Returns null when the M blocked or parked. */
    G findRunnable(M m) {
        int saved = enter(CpuStacks.Path.FIND_RUNNABLE);
        try {
            return findRunnableBody(m);
        } finally {
            leave(saved);
        }
    }

    private G findRunnableBody(M m) {
        top:
        while (true) {
            P pp = m.p;
            // 1. A stop-the-world is waiting for this P.
            if (gcwaiting) {
                gcstopm(m);
                return null;
            }
            // 2. Safe-point functions (forEachP): not modelled yet.
            // 3. This P's expired timers (they may ready goroutines into its runnext).
            long now = now();
            long pollUntilAt = checkTimers(pp, now);
            // 4. Trace reader: not modelled.
            // 5. GC mark worker: a P runs one before its own goroutines while marking.
            if (gc.findRunnableGCWorker(m, pp)) {
                // schedule(): a spinning M that found work resets spinning (and may start a
                // replacement); a worker is a "not-normal goroutine", so tryWakeP wakes a P too.
                if (m.spinning) resetspinning(m);
                wakep();
                return null;
            }
            // 6. Fairness: one G from the global queue every 61st schedtick.
            if (pp.schedtick % 61 == 0 && !runq.isEmpty()) {
                G g = globrunqget(pp, 1);
                if (g != null) return g;
            }
            // 7. Finalizer wake-up: no finalizers run in the model.
            // 8. Local run queue.
            G g = runqget(pp);
            if (g != null) return g;
            // 9. Global run queue, a batch.
            g = globrunqget(pp, 0);
            if (g != null) return g;
            // 10. Non-blocking netpoll, when someone waits on the network and nobody is blocked polling.
            g = pollNetworkNonBlocking(m);
            if (g != null) return g;
            // 11. Spinning and stealing, at most half the busy Ps spinning.
            if (m.spinning || 2 * nmspinning < gomaxprocs - pidle.size()) {
                if (!m.spinning) becomeSpinning(m);
                StealOutcome s = stealWork(m, pp, now());
                if (s == StealOutcome.FOUND) return found;
                if (s == StealOutcome.PAUSED) return null;
                if (s == StealOutcome.NEW_WORK) continue top;
                pollUntilAt = minNonZero(pollUntilAt, stealPollUntil);
            }
            // 12. Idle-priority GC worker: with nothing to run, mark rather than give up the P.
            if (gc.findRunnableIdleWorker(m, pp)) {
                if (m.spinning) resetspinning(m);
                return null;
            }
            // 15. Under sched.lock: global queue once more, the needspinning dance, then give up the P.
            g = globrunqget(pp, 0);
            if (g != null) return g;
            if (!m.spinning && needspinning) {
                becomeSpinning(m);
                continue top;
            }
            releasep(m);
            pidleput(pp);
            // 16. Drop spinning, then recheck every source without a P.
            boolean wasSpinning = m.spinning;
            if (m.spinning) {
                setSpinning(m, false);
                if (!runq.isEmpty()) {
                    P p2 = pidlegetSpinning();
                    if (p2 != null) {
                        acquirep(m, p2);
                        becomeSpinning(m);
                        G g2 = globrunqget(p2, 0);
                        if (g2 != null) return g2;
                        continue top;
                    }
                }
                if (checkRunqsNoP()) {
                    P p2 = pidlegetSpinning();
                    if (p2 != null) {
                        acquirep(m, p2);
                        becomeSpinning(m);
                        continue top;
                    }
                }
                pollUntilAt = checkTimersNoP(pollUntilAt);
            }
            // 17. Block in netpoll until the earliest timer (we become the poller).
            if (netpollInited && (netpoller.waiters() > 0 || pollUntilAt != 0) && lastpoll != 0) {
                blockInNetpoll(m, pollUntilAt, wasSpinning);
                return null;
            }
            // 18. Another M polls until later than our next timer: break its poll.
            if (pollUntilAt != 0 && lastpoll == 0 && (pollUntil == 0 || pollUntil > pollUntilAt)) netpollBreak();
            // 19. Nothing to do: park the M.
            stopm(m);
            return null;
        }
    }

    private static long minNonZero(long a, long b) {
        if (a == 0) return b;
        if (b == 0) return a;
        return Math.min(a, b);
    }

    /** checkRunqsNoP: does any non-idle P have queued work? */
    private boolean checkRunqsNoP() {
        for (P p : allp) if (!p.idle && !p.runqEmpty()) return true;
        return false;
    }

    /** checkTimersNoP: the earliest timer across Ps (does not run them). */
    private long checkTimersNoP(long pollUntilAt) {
        for (P p : allp) pollUntilAt = minNonZero(pollUntilAt, p.timers.wakeTime());
        return pollUntilAt;
    }

    // ---------------------------------------------------------------- stealing (section 2.4)

    enum StealOutcome { FOUND, NEW_WORK, NOTHING, PAUSED }

    private G found;
    private long stealPollUntil;

    /** stealWork: 4 rounds over the Ps in random coprime order; timers and runnext only in the last. */
    private StealOutcome stealWork(M m, P pp, long now) {
        int saved = enter(CpuStacks.Path.STEAL_WORK);
        try {
            return stealWorkBody(m, pp, now);
        } finally {
            leave(saved);
        }
    }

    private StealOutcome stealWorkBody(M m, P pp, long now) {
        boolean ranTimer = false;
        stealPollUntil = 0;
        for (int round = 0; round < 4; round++) {
            boolean last = round == 3;
            for (int idx : stealOrder.order(rand.cheaprand())) {
                if (gcwaiting) return StealOutcome.NEW_WORK;
                P p2 = allp[idx];
                if (p2 == pp) continue;
                charge(costs.stealVictim());
                if (last && p2.timers.size() > 0) {
                    long before = events;
                    long w = checkTimers(p2, now());
                    stealPollUntil = minNonZero(stealPollUntil, w);
                    if (events != before) {
                        G g = runqget(pp);
                        if (g != null) {
                            found = g;
                            return StealOutcome.FOUND;
                        }
                        ranTimer = true;
                    }
                }
                if (!p2.idle) {
                    StealOutcome o = runqsteal(m, pp, p2, last);
                    if (o != StealOutcome.NOTHING) return o;
                }
            }
        }
        return ranTimer ? StealOutcome.NEW_WORK : StealOutcome.NOTHING;
    }

    /** runqsteal/runqgrab: take ceil(n/2) from the victim's head; its runnext only in the last round. */
    private StealOutcome runqsteal(M m, P pp, P victim, boolean stealRunnext) {
        int saved = enter(CpuStacks.Path.RUNQSTEAL);
        try {
            return runqstealBody(m, pp, victim, stealRunnext);
        } finally {
            leave(saved);
        }
    }

    private StealOutcome runqstealBody(M m, P pp, P victim, boolean stealRunnext) {
        int n = victim.runqSize();
        n = n - n / 2;
        if (n == 0) {
            if (stealRunnext && victim.runnext != null) {
                if (victim.status == PStatus.RUNNING) {
                    // usleep(3): give the victim, which probably just readied it, a chance to run it.
                    m.stealVictim = victim;
                    charge(costs.stealRunnextPause());
                    wakeAt(m, now(), M.Resume.AFTER_STEAL_PAUSE);
                    return StealOutcome.PAUSED;
                }
                return takeRunnext(m, pp, victim);
            }
            emit(new StealFailed(now(), m.id, pp.id, victim.id));
            return StealOutcome.NOTHING;
        }
        for (int i = 0; i < n; i++) ringPut(pp, ringTake(victim));
        pp.runqtail--;
        G last = pp.runq[Math.floorMod(pp.runqtail, P.RUNQ_SIZE)];
        pp.runq[Math.floorMod(pp.runqtail, P.RUNQ_SIZE)] = null;
        emit(new Stolen(now(), m.id, pp.id, victim.id, n, false));
        found = last;
        foundInherit = false;
        return StealOutcome.FOUND;
    }

    private StealOutcome takeRunnext(M m, P pp, P victim) {
        G g = victim.runnext;
        victim.runnext = null;
        emit(new Stolen(now(), m.id, pp.id, victim.id, 1, true));
        found = g;
        foundInherit = false;
        return StealOutcome.FOUND;
    }

    /**
     * After the 3 µs pause: take the victim's runnext if it is still there; otherwise look
     * again from the top of findRunnable (Go continues with the next victim of the same
     * round; restarting draws a new order, a simplification noted in MODEL_NOTES.md).
     */
    private boolean afterStealPause(M m) {
        P victim = m.stealVictim;
        m.stealVictim = null;
        if (!gcwaiting && victim.status == PStatus.RUNNING && victim.runnext != null && victim.runqSize() == 0 && !victim.idle) {
            takeRunnext(m, m.p, victim);
            if (m.spinning) resetspinning(m);
            execute(m, found, false);
            return true;
        }
        m.resume = M.Resume.SCHEDULE;
        return true;
    }

    // ---------------------------------------------------------------- spinning, wakep, startm, stopm (3.4, 3.5)

    void becomeSpinning(M m) {
        setSpinning(m, true);
        if (needspinning) setNeedSpinning(false);
    }

    void setSpinning(M m, boolean spinning) {
        if (m.spinning == spinning) return;
        m.spinning = spinning;
        nmspinning += spinning ? 1 : -1;
        emit(new MachineSpinning(now(), m.id, spinning));
    }

    private void setNeedSpinning(boolean v) {
        if (needspinning == v) return;
        needspinning = v;
        emit(new NeedSpinningChanged(now(), v));
    }

    /** resetspinning: the last spinner to find work starts a replacement. */
    private void resetspinning(M m) {
        setSpinning(m, false);
        wakep();
    }

    /** wakep: start a spinning M for an idle P, only if nobody spins. */
    void wakep() {
        if (nmspinning != 0) return;
        P pp = pidlegetSpinning();
        if (pp == null) return;
        startm(pp, true);
    }

    /** pidlegetSpinning: an idle P, or needspinning=1 when there is none. */
    private P pidlegetSpinning() {
        P pp = pidleget();
        if (pp == null) setNeedSpinning(true);
        return pp;
    }

    /** startm: an idle M (or a new one) will run pp; the wake-up takes a futex's latency. */
    void startm(P pp, boolean spinning) {
        M nmp = midle.pollFirst();
        long latency;
        if (nmp == null) {
            nmp = newm(false);
            latency = costs.newThread();
        } else {
            nmp.onIdleList = false;
            latency = wakeLatency();
            emit(new MachineWoken(now(), nmp.id, pp.id));
        }
        latency += waitForCore();
        nmp.blocked = false;
        nmp.nextp = pp;
        if (spinning) setSpinning(nmp, true);
        nmp.cpu.now = Math.max(nmp.cpu.now, now());
        wakeAt(nmp, now() + latency, M.Resume.AFTER_STOPM);
    }

    /**
     * How long a futex wake-up takes to get the thread running: a floor of 40% of the cost
     * table's figure plus an exponential tail with a mean of 50% (8 µs + Exp(10 µs) by
     * default), from the jitter source.
     */
    long wakeLatency() {
        long base = costs.wakeM();
        return base * 4 / 10 + jitter.nextExponential(base / 2);
    }

    /**
     * The model's only OS-scheduler effect, on a machine with fewer CPUs than Ps (--cpus): a thread woken while every CPU runs a P waits for one,
     * Exp(coreWait) on average, until the kernel preempts someone for it. Once it runs, it runs at
     * full speed (Ms do not share CPUs by time slice in the model). With more Ps than CPUs this is
     * what leaves some Ps unused in a short burst of work, as on the 2-CPU machine of the statistics.
     */
    private long waitForCore() {
        if (settings.cpus() == Settings.CPU_PER_P) return 0;
        int running = 0;
        for (P p : allp) if (p.status == PStatus.RUNNING) running++;
        return running < settings.cpus() ? 0 : jitter.nextExponential(costs.coreWait());
    }

    M newm(boolean system) {
        M m = new M(allm.size(), new Cpu(opCosts, heap), system);
        m.cpu.profile = stacks;
        m.cpu.now = now();
        allm.add(m);
        if (system) nmsys++;
        emit(new MachineCreated(now(), m.id));
        return m;
    }

    /** stopm: park the M on the idle list until startm gives it a P. */
    void stopm(M m) {
        m.onIdleList = true;
        m.blocked = true;
        midle.addFirst(m);
        m.resume = M.Resume.NONE;
        m.generation++;
        emit(new MachineStopped(now(), m.id));
        checkdead();
    }

    void acquirep(M m, P pp) {
        m.p = pp;
        pp.m = m;
        pp.status = PStatus.RUNNING;
        emit(new ProcessorAcquired(now(), m.id, pp.id));
    }

    void releasep(M m) {
        P pp = m.p;
        m.p = null;
        pp.m = null;
        pp.status = PStatus.IDLE;
        emit(new ProcessorReleased(now(), m.id, pp.id));
    }

    void pidleput(P pp) {
        pp.idle = true;
        pidle.addFirst(pp);
        emit(new ProcessorIdled(now(), pp.id));
    }

    P pidleget() {
        P pp = pidle.pollFirst();
        if (pp == null) return null;
        pp.idle = false;
        emit(new ProcessorUnidled(now(), pp.id));
        return pp;
    }

    // ---------------------------------------------------------------- timers and the netpoller (sections 7, 8)

    // ---------------------------------------------------------------- network I/O (section 7)

    final Netpoller netpoller = new Netpoller();
    /** How long after a descriptor becomes ready a blocked epoll_wait returns. */
    static final long EPOLL_READY_LATENCY_NS = 5_000;

    /** lab.NetWait: the goroutine parks in IO wait; the descriptor becomes ready {@code ns} from now. */
    void netWait(long ns) {
        G g = curM.curg;
        gopark(WaitReason.IO_WAIT);
        charge(costs.chanOp());
        netpollInited = true;
        long readyAt = now() + Math.max(0, ns);
        netpoller.block(g, readyAt);
        // A blocked epoll_wait returns as soon as a descriptor it watches is ready.
        at(readyAt, () -> {
            if (lastpoll == 0 && pollingM != null && pollingM.inNetpoll) {
                wakeAt(pollingM, now() + EPOLL_READY_LATENCY_NS, M.Resume.AFTER_NETPOLL);
            }
        });
    }

    /** netpoll(0) from findRunnable step 10: the first ready goroutine runs here, the rest are injected. */
    private G pollNetworkNonBlocking(M m) {
        if (!netpollInited || netpoller.waiters() == 0 || lastpoll == 0) return null;
        int saved = enter(CpuStacks.Path.NETPOLL);
        charge(costs.entersyscall());
        leave(saved);
        List<G> ready = netpoller.poll(now());
        if (ready.isEmpty()) return null;
        G first = ready.remove(0);
        readyHeld(m, first);
        injectglist(ready);
        foundInherit = false;
        return first;
    }

    private void readyHeld(M m, G g) {
        g.status = GStatus.RUNNABLE;
        emit(new GoroutineReadied(now(), m.id, g.id(), -1));
    }

    /**
     * injectglist: netpoll's goroutines become runnable. Without a P they all go to the global
     * queue and idle Ps get Ms; with one, as many as there are idle Ps go global (with an M
     * each) and the rest to the local queue, then wakep.
     */
    void injectglist(List<G> list) {
        if (list.isEmpty()) return;
        M m = actingMachine();
        for (G g : list) readyHeld(m, g);
        if (curM == null || curM.p == null) {
            for (G g : list) globrunqput(g, false);
            startIdle(list.size());
            return;
        }
        int npidle = Math.min(pidle.size(), list.size());
        for (int i = 0; i < npidle; i++) globrunqput(list.get(i), false);
        startIdle(npidle);
        for (int i = npidle; i < list.size(); i++) runqput(curM.p, list.get(i), false);
        wakep();
    }

    private void startIdle(int n) {
        for (int i = 0; i < n; i++) {
            P pp = pidlegetSpinning();
            if (pp == null) break;
            startm(pp, false);
        }
    }

    /** The M doing what happens now: the running one, or sysmon's between Ms' runs. */
    M actingMachine() {
        if (curM != null) return curM;
        for (M m : allm) if (m.system) return m;
        return allm.get(0);
    }

    /** (*timers).check: runs p's expired timers; returns the next when, or 0. */
    long checkTimers(P pp, long now) {
        while (pp.timers.size() > 0 && pp.timers.wakeTime() <= now) {
            Object e = pp.timers.poll();
            int saved = enter(CpuStacks.Path.CHECK_TIMERS);
            try {
                charge(costs.timerOp());
                if (e instanceof Timer t) {
                    host.timers().runFromHeap(pp, t, now);
                    continue;
                }
                G g = (G) e;
                emit(new TimerFired(now(), curM.id, pp.id, g.id()));
                goready(g);
            } finally {
                leave(saved);
            }
        }
        return pp.timers.wakeTime();
    }

    /** maybeAdd: {@code t} goes into the current P's heap at t.when (TimerAdded for goroutine {@code g}, -1 for none). */
    void addTimer(Timer t, int g) {
        P pp = curM.p;
        long oldWake = pp.timers.wakeTime();
        t.heaped = true;
        t.zombie = false;
        t.heapP = pp;
        t.heapWhen = t.when;
        pp.timers.add(t, t.when);
        charge(costs.timerOp());
        netpollInited = true;
        emit(new TimerAdded(now(), pp.id, g, t.when));
        if (oldWake == 0 || t.when < oldWake) wakeNetPoller(t.when);
    }

    /** time.Sleep's resetForSleep: the timer goes into the heap of the sleeper's P. */
    void addSleepTimer(G g, long when) {
        P pp = curM.p;
        long oldWake = pp.timers.wakeTime();
        pp.timers.add(g, when);
        charge(costs.timerOp());
        netpollInited = true;
        emit(new TimerAdded(now(), pp.id, g.id(), when));
        if (oldWake == 0 || when < oldWake) wakeNetPoller(when);
    }

    /** wakeNetPoller: break a poller that sleeps past {@code when}, or get an M into the poller. */
    void wakeNetPoller(long when) {
        if (lastpoll == 0) {
            if (pollUntil == 0 || pollUntil > when) netpollBreak();
        } else {
            wakep();
        }
    }

    /** findRunnable step 17: m blocks in epoll_wait with a millisecond timeout. */
    private void blockInNetpoll(M m, long until, boolean wasSpinning) {
        lastpoll = 0;
        pollUntil = until;
        pollingM = m;
        m.inNetpoll = true;
        m.wasSpinningBeforePoll = wasSpinning;
        long delay = until == 0 ? -1 : Math.max(0, until - now());
        emit(new NetpollBlocked(now(), m.id, delay));
        long timeout = delay < 0 ? Long.MAX_VALUE : now() + epollWait(delay);
        long ready = netpoller.nextReady();
        long readyWake = ready == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(now(), ready) + EPOLL_READY_LATENCY_NS;
        long wake = Math.min(timeout, readyWake);
        if (wake == Long.MAX_VALUE) {
            m.resume = M.Resume.AFTER_NETPOLL; // epoll_wait(-1): until netpollBreak or readiness
            m.generation++;
        } else {
            wakeAt(m, wake, M.Resume.AFTER_NETPOLL);
        }
    }

    /** netpoll_epoll.go: 0 < delay < 1 ms waits 1 ms; longer delays are truncated to whole ms; plus the kernel's overshoot. */
    long epollWait(long delay) {
        if (delay <= 0) return costs.epollOvershoot() / 8;
        long ms = delay < 1_000_000 ? 1 : delay / 1_000_000;
        return ms * 1_000_000 + costs.epollOvershoot() / 2 + jitter.nextLong(costs.epollOvershoot());
    }

    /** netpollBreak: wake the M blocked in netpoll now. */
    void netpollBreak() {
        M pm = pollingM;
        if (pm == null || !pm.inNetpoll) return;
        wakeAt(pm, now() + costs.wakeM(), M.Resume.AFTER_NETPOLL);
    }

    /** Back from netpoll: lastpoll=now; with an idle P, go back to the top of findRunnable; else stopm. */
    private boolean afterNetpoll(M m) {
        m.inNetpoll = false;
        pollingM = null;
        lastpoll = now();
        pollUntil = 0;
        emit(new NetpollReturned(now(), m.id));
        List<G> ready = netpoller.poll(now());
        P pp = pidleget();
        if (pp == null) {
            injectglist(ready); // no P: everything to the global queue, Ms for idle Ps
            stopm(m);
            return false;
        }
        acquirep(m, pp);
        if (!ready.isEmpty()) {
            G first = ready.remove(0);
            readyHeld(m, first);
            injectglist(ready);
            execute(m, first, false);
            return true;
        }
        if (m.wasSpinningBeforePoll) becomeSpinning(m);
        m.resume = M.Resume.SCHEDULE;
        return true;
    }

    // ---------------------------------------------------------------- system calls (section 5)

    private Sysmon sysmon;
    /** The process's allocation counter and GC trigger, shared by every M's Cpu (declared before gc, which sets it). */
    final Cpu.Heap heap = new Cpu.Heap();
    final GcCycle gc = new GcCycle(this);
    /** The forcegc helper goroutine (runtime.forcegc.g), parked until sysmon forces a cycle. */
    G forcegcHelper;

    void setSysmon(Sysmon sysmon) { this.sysmon = sysmon; }

    /**
     * entersyscall (reentersyscall): on the goroutine's own stack, no mcall. The P goes to
     * _Psyscall with no M, so sysmon or anyone may take it; the M keeps the goroutine.
     * The call returns {@code durationNs} later (exitsyscall), or, when it is negative,
     * when something wakes the M (a write to the pipe it reads).
     */
    void syscall(String call, long durationNs) {
        M m = curM;
        G g = m.curg;
        P pp = m.p;
        int saved = enter(CpuStacks.Path.ENTERSYSCALL);
        charge(costs.entersyscall());
        leave(saved);
        if (sysmon != null) sysmon.wakeFromDeepSleep(); // entersyscall_sysmon
        g.status = GStatus.SYSCALL;
        m.oldp = pp;
        m.p = null;
        pp.m = null;
        pp.status = PStatus.SYSCALL;
        emit(new TraceEvent.SyscallEntered(now(), m.id, g.id(), pp.id, call));
        m.syscallStart = now();
        if (durationNs >= 0) {
            wakeAt(m, now() + durationNs, M.Resume.AFTER_SYSCALL);
        } else {
            m.resume = M.Resume.NONE; // blocked in the kernel until woken (a pipe write)
            m.generation++;
        }
    }

    /**
     * entersyscallblock: for a call known to block (notetsleepg, as os/signal's signal_recv uses):
     * as entersyscall, but the P is released and handed off at once (entersyscallblock_handoff:
     * handoffp(releasep())) instead of waiting for sysmon's retake. The M stays in the kernel with
     * the goroutine until something wakes it; nothing does in the lab.
     */
    void syscallBlock(String call) {
        M m = curM;
        G g = m.curg;
        P pp = m.p;
        charge(costs.entersyscall());
        pp.syscalltick++;
        g.status = GStatus.SYSCALL;
        m.oldp = null;
        m.p = null;
        pp.m = null;
        pp.status = PStatus.SYSCALL;
        emit(new TraceEvent.SyscallEntered(now(), m.id, g.id(), pp.id, call));
        m.syscallStart = now();
        pp.status = PStatus.IDLE; // releasep
        emit(new TraceEvent.ProcessorLeftSyscall(now(), pp.id));
        handoffp(pp);
        m.resume = M.Resume.NONE;
        m.generation++;
    }

    /**
     * exitsyscall: the fast path takes the old P back if it is still in _Psyscall (keeping
     * the time slice), else any idle P; otherwise mcall(exitsyscall0): the goroutine goes to
     * the global queue and the M stops.
     */
    private boolean exitsyscall(M m) {
        cpuSyscall += Math.max(0, now() - m.syscallStart);
        if (stacks != null) stacks.charge(m, CpuStacks.Path.IN_KERNEL, Math.max(0, now() - m.syscallStart));
        G g = m.curg;
        P oldp = m.oldp;
        m.oldp = null;
        int saved = enter(CpuStacks.Path.EXITSYSCALL);
        charge(costs.entersyscall());
        leave(saved);
        if (oldp != null && oldp.status == PStatus.SYSCALL && oldp.m == null) {
            oldp.status = PStatus.IDLE;
            emit(new TraceEvent.ProcessorLeftSyscall(now(), oldp.id));
            acquirep(m, oldp);
            oldp.syscalltick++;
            return resumeAfterSyscall(m, g);
        }
        P pp = pidleget(); // exitsyscallfast_pidle
        if (pp != null) {
            if (sysmon != null) sysmon.wakeFromDeepSleep();
            acquirep(m, pp);
            pp.syscalltick++;
            return resumeAfterSyscall(m, g);
        }
        // exitsyscall0 on g0: no P.
        charge(costs.mcall());
        emit(new SwitchedToG0(now(), m.id, g.id(), "exitsyscall0"));
        g.status = GStatus.RUNNABLE;
        g.m = null;
        m.curg = null;
        emit(new TraceEvent.SyscallExitedWithoutP(now(), m.id, g.id()));
        globrunqput(g, false);
        stopm(m);
        return false;
    }

    private boolean resumeAfterSyscall(M m, G g) {
        g.status = GStatus.RUNNING;
        emit(new TraceEvent.SyscallExited(now(), m.id, g.id()));
        m.resume = M.Resume.RUN_G;
        return true;
    }

    /**
     * handoffp: a P without an M (taken from a syscall). Start an M if it has work, if nobody
     * spins and no P is idle, or if it would be the last running P while nobody polls;
     * otherwise put it on the idle list (waking the poller for its timers).
     */
    void handoffp(P pp) {
        if (!pp.runqEmpty() || !runq.isEmpty()) {
            startm(pp, false);
            return;
        }
        // Trace reader and GC mark work: not modelled yet.
        if (nmspinning + pidle.size() == 0) {
            startm(pp, true);
            return;
        }
        if (gcwaiting) {
            pp.status = PStatus.GCSTOP;
            emit(new TraceEvent.ProcessorStopped(now(), pp.id));
            processorStopped();
            return;
        }
        // Safe-point functions: not modelled yet.
        if (!runq.isEmpty()) {
            startm(pp, false);
            return;
        }
        if (pidle.size() == gomaxprocs - 1 && lastpoll != 0) {
            startm(pp, false);
            return;
        }
        pidleput(pp);
        long when = pp.timers.wakeTime();
        if (when != 0) wakeNetPoller(when);
    }

    // ---------------------------------------------------------------- preemption (section 4.6)

    /**
     * preemptone: ask the goroutine running on pp to stop: the cooperative request
     * (g.preempt, stackguard0 = stackPreempt) and, unless GODEBUG=asyncpreemptoff=1, a signal.
     */
    boolean preemptone(P pp) {
        M m = pp.m;
        if (m == null || m.curg == null || m.system) return false;
        G gp = m.curg;
        gp.preempt = true;
        gp.stackguardPreempt = true; // stackguard0 = stackPreempt: the next prologue calls morestack
        boolean async = settings.godebugInt("asyncpreemptoff", 0) == 0;
        emit(new TraceEvent.PreemptRequested(now(), pp.id, gp.id(), async));
        if (async) {
            pp.preempt = true;
            preemptM(m);
        }
        return true;
    }

    /** preemptM: SIGURG to the thread, once per pending signal; it lands after the signal's latency. */
    private void preemptM(M m) {
        if (m.signalPending) return;
        m.signalPending = true;
        at(now() + costs.preemptSignal(), () -> {
            m.signalPending = false;
            // doSigPreempt: wantAsyncPreempt and isAsyncSafePoint (user code between two instructions).
            if (m.curg != null && m.curg.preempt && m.curg.status == GStatus.RUNNING && m.p != null
                    && m.resume == M.Resume.RUN_G && m.locks == 0) {
                m.asyncPreemptArrived = true;
            }
        });
    }

    /**
     * morestack -> newstack on g0: a prologue's check failed. A preemption request is honoured
     * unless the M cannot be preempted (procPin: the request stays pending); otherwise the stack
     * doubles, as often as needed to fit the frame, and is copied (copystack). Returns whether
     * the goroutine goes on running.
     */
    boolean newstack(int frameSize) {
        int saved = enter(CpuStacks.Path.NEWSTACK);
        try {
            return newstackBody(frameSize);
        } finally {
            leave(saved);
        }
    }

    private boolean newstackBody(int frameSize) {
        M m = curM;
        G gp = m.curg;
        emit(new SwitchedToG0(now(), m.id, gp.id(), NEWSTACK)); // morestack: g.sched saved, SP on the g0 stack
        charge(costs.mcall());
        if (gp.stackguardPreempt) {
            gp.stackguardPreempt = false;
            if (gp.preempt && m.locks == 0) {
                preemptedOnG0(m, letGoOnG0(m), false); // newstack calls gopreempt_m itself, already on g0
                return false;
            }
        }
        if (gp.stackUsed + frameSize <= gp.stackLimit) {
            emit(new TraceEvent.ReturnedToGoroutine(now(), m.id, gp.id())); // gogo(&gp.sched): retry the call
            return true;
        }
        int old = gp.stackSize;
        long size = (long) old * 2;
        while (gp.stackUsed + frameSize > size - STACK_GUARD) size *= 2;
        if (size > MAX_STACK) {
            fatalStackOverflow(gp);
            return false;
        }
        if (size > settings.limits().maxStackBytes()) {
            throw new LimitExceeded("goroutine " + gp.goid + "'s stack passed " + (settings.limits().maxStackBytes() >> 20)
                    + " MB, the lab's limit (Go allows 1 GB): runaway recursion?");
        }
        charge(200 + gp.stackUsed / 8); // copystack: allocate, copy the used part, adjust pointers
        gp.stackSize = (int) size;
        gp.stackLimit = (int) size - STACK_GUARD;
        emit(new TraceEvent.StackGrown(now(), m.id, gp.id(), old, (int) size));
        emit(new TraceEvent.ReturnedToGoroutine(now(), m.id, gp.id()));
        return true;
    }

    private void fatalStackOverflow(G gp) {
        StringBuilder s = new StringBuilder("runtime: goroutine stack exceeds 1000000000-byte limit\n")
                .append("fatal error: stack overflow\n\n");
        Tracebacks.appendOne(s, gp, "running");
        output.write(2, s.toString());
        exit(2, "fatal error: stack overflow");
    }

    /** gopreempt_m -> goschedImpl: the preempted goroutine goes to the global queue. */
    void gopreemptM(M m, boolean async) {
        preemptedOnG0(m, switchToG0StillRunnable(m, "gopreempt_m"), async);
    }

    private void preemptedOnG0(M m, G g, boolean async) {
        if (m.p != null) m.p.preempt = false;
        emit(new TraceEvent.GoroutinePreempted(now(), m.id, g.id(), async));
        globrunqput(g, false);
        wakep();
    }

    // ---------------------------------------------------------------- stop-the-world and procresize (10.1, 10.2, 13.2)

    /**
     * stopTheWorldWithSema, asked from outside the program (no initiating P): set gcwaiting,
     * preempt every running goroutine, take Ps from system calls and the idle list straight to
     * _Pgcstop; running Ms stop their Ps in findRunnable (gcstopm). Every 100 µs the stragglers
     * are preempted again. {@code then} runs once every P is stopped.
     */
    void stopTheWorld(String reason, Runnable then) {
        beginStopTheWorld(reason);
        collectProcessors(then);
    }

    /** stopTheWorldWithSema's first steps: gcwaiting, then every running goroutine asked to stop. */
    private void beginStopTheWorld(String reason) {
        gcwaiting = true;
        emit(new TraceEvent.WorldStopping(now(), reason));
    }

    /** The rest: preemptall, syscall and idle Ps to _Pgcstop, then wait for the running ones. */
    private void collectProcessors(Runnable then) {
        whenStopped = then;
        stopwait = 0;
        for (P p : allp) if (p.status != PStatus.GCSTOP) stopwait++; // an initiating M stopped its own P
        preemptall();
        for (P p : allp) {
            if (p.status == PStatus.SYSCALL && p.m == null) {
                p.status = PStatus.GCSTOP;
                p.syscalltick++;
                emit(new TraceEvent.ProcessorStopped(now(), p.id));
                stopwait--;
            }
        }
        P p;
        while ((p = pidleget()) != null) {
            p.status = PStatus.GCSTOP;
            emit(new TraceEvent.ProcessorStopped(now(), p.id));
            stopwait--;
        }
        if (stopwait == 0) {
            worldStopped();
            return;
        }
        long gen = ++stwGeneration;
        at(now() + 100_000, () -> repreempt(gen));
    }

    private void repreempt(long gen) {
        if (gen != stwGeneration || !gcwaiting || stopwait == 0) return;
        preemptall();
        at(now() + 100_000, () -> repreempt(gen));
    }

    /** preemptall: preemptone on every running P. */
    void preemptall() {
        for (P p : allp) if (p.status == PStatus.RUNNING) preemptone(p);
    }

    /** gcstopm: give the P up for the stop-the-world and park the M. */
    private void gcstopm(M m) {
        if (m.spinning) setSpinning(m, false);
        P pp = m.p;
        releasep(m);
        pp.status = PStatus.GCSTOP;
        emit(new TraceEvent.ProcessorStopped(now(), pp.id));
        processorStopped();
        stopm(m);
    }

    private void processorStopped() {
        if (--stopwait == 0) at(now(), this::worldStopped);
    }

    private void worldStopped() {
        Runnable then = whenStopped;
        whenStopped = null;
        if (then != null) then.run();
    }

    /**
     * procresize with the world stopped: new Ps are created; removed Ps are destroyed (their
     * runnext and local queue go to the global queue's head in order, their timers to P0);
     * then, from the highest id down, each P goes idle, or, with work, gets an M
     * (startTheWorldWithSema). Finally wakep for any surplus.
     */
    void procresizeAndStart(int n) { procresizeAndStart(n, null, null, null); }

    /**
     * runtime.GOMAXPROCS(n) from the program (stopTheWorldGC): the calling goroutine waits
     * "stopping the world" on g0, its own P stopped first; once every P is stopped, procresize
     * keeps that P (or gives it P0) and the goroutine goes on with its time slice.
     */
    void gomaxprocsFromGoroutine(int n) {
        M m = curM;
        G g = m.curg;
        stopTheWorldFromGoroutine("GOMAXPROCS", own -> procresizeAndStart(n, m, g, own));
    }

    /**
     * stopTheWorld called by the running goroutine: it waits "stopping the world" on g0, its
     * own P stopped first; once every P is stopped, {@code whenStopped} runs on its M (which
     * must restart the world, e.g. with {@link #restartTheWorld}).
     */
    void stopTheWorldFromGoroutine(String reason, java.util.function.Consumer<P> whenStopped) {
        M m = curM;
        G g = m.curg;
        charge(costs.mcall());
        emit(new SwitchedToG0(now(), m.id, g.id(), "stopTheWorld"));
        g.status = GStatus.WAITING;
        g.waitReason = WaitReason.STOPPING_THE_WORLD;
        g.waitSince = now();
        g.m = null;
        m.curg = null;
        emit(new GoroutineParked(now(), m.id, g.id(), WaitReason.STOPPING_THE_WORLD));
        stopTheWorldFromMachine(m, reason, whenStopped);
    }

    /** stopTheWorld from an M on g0 that holds a P (a GC worker): that P stops first. */
    void stopTheWorldFromMachine(M m, String reason, java.util.function.Consumer<P> whenStopped) {
        beginStopTheWorld(reason);
        P own = m.p;
        releasep(m);
        own.status = PStatus.GCSTOP;
        emit(new TraceEvent.ProcessorStopped(now(), own.id));
        m.resume = M.Resume.NONE;
        m.generation++;
        m.stwDone = () -> whenStopped.accept(own);
        collectProcessors(() -> wakeAt(m, now() + 1_000, M.Resume.AFTER_STW));
    }

    /** startTheWorld with GOMAXPROCS unchanged: the initiator gets its P back and, if given, its goroutine runs on. */
    void restartTheWorld(M initiator, G caller, P own) {
        procresizeAndStart(gomaxprocs, initiator, caller, own);
    }

    private void procresizeAndStart(int n, M initiator, G caller, P own) {
        int old = gomaxprocs;
        P[] next = new P[n];
        for (int i = 0; i < n; i++) {
            next[i] = i < old ? allp[i] : new P(i);
            if (i >= old) next[i].status = PStatus.GCSTOP;
        }
        for (int i = n; i < old; i++) destroy(allp[i], next[0]);
        allp = next;
        gomaxprocs = n;
        stealOrder.reset(n);
        for (P p : allp) p.status = PStatus.IDLE;
        emit(new TraceEvent.ProcessorsResized(now(), n));
        P mine = initiator == null ? null : own.id < n ? allp[own.id] : allp[0];
        if (mine != null) acquirep(initiator, mine);
        List<P> runnable = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            P p = allp[i];
            if (p == mine) continue;
            if (p.runqEmpty()) pidleput(p);
            else runnable.add(p);
        }
        gcwaiting = false;
        emit(new TraceEvent.WorldStarted(now()));
        if (initiator != null && caller != null) {
            caller.status = GStatus.RUNNABLE;
            emit(new GoroutineReadied(now(), initiator.id, caller.id(), -1));
            execute(initiator, caller, true);
        }
        if (sysmon != null) sysmon.wakeFromDeepSleep();
        for (P p : runnable) startm(p, false);
        wakep();
    }

    /** p.destroy: the queue moves to the global head keeping its order (runnext first); timers move. */
    private void destroy(P p, P timersTo) {
        for (int i = p.runqtail - 1; i >= p.runqhead; i--) {
            int slot = Math.floorMod(i, P.RUNQ_SIZE);
            runq.addFirst(p.runq[slot]);
            p.runq[slot] = null;
        }
        p.runqhead = p.runqtail;
        if (p.runnext != null) {
            runq.addFirst(p.runnext);
            p.runnext = null;
        }
        p.timers.moveAllTo(timersTo.timers, timersTo);
        p.gFreeCount = 0;
        p.status = PStatus.DEAD;
        emit(new TraceEvent.ProcessorDestroyed(now(), p.id, timersTo.id));
    }

    // ---------------------------------------------------------------- deadlock, panics, exit

    /** checkdead: no M is running (idle and system Ms aside) and no timer can wake anyone. */
    void checkdead() {
        if (gcwaiting) return; // the world is being stopped on purpose
        int run = mcount() - midle.size() - nmidlelocked - nmsys;
        if (run > 0) return;
        int waiting = 0;
        for (G g : allgs) {
            if (g.system || g.reused) continue;
            if (g.status == GStatus.WAITING) waiting++;
        }
        if (waiting == 0) {
            fatal("no goroutines (main called runtime.Goexit) - deadlock!");
            return;
        }
        for (P p : allp) if (p.timers.size() > 0) return;
        fatal("all goroutines are asleep - deadlock!");
    }

    void fatal(String message) {
        StringBuilder s = new StringBuilder("fatal error: ").append(message).append("\n");
        Tracebacks.appendAll(s, allgs);
        output.write(2, s.toString());
        exit(2, "fatal error: " + message);
    }

    void fatalPanic(G g, RuntimeException p) {
        StringBuilder s = new StringBuilder();
        if (p instanceof GoPanic gp) {
            s.append("panic: ").append(gp.runtimeError() ? "runtime error: " : "")
                    .append(Tracebacks.panicValue(gp.value()));
            if (gp.runtimeError() && gp.value() instanceof String str && str.startsWith("invalid memory address")) {
                s.append("\n[signal SIGSEGV: segmentation violation]");
            }
            s.append("\n\n");
        } else {
            s.append("panic: ").append(p.getMessage()).append("\n\n");
        }
        Tracebacks.appendOne(s, g, "running");
        output.write(2, s.toString());
        exit(2, s.toString().lines().findFirst().orElse("panic"));
    }

    void exit(int code, String message) {
        if (exited) return;
        exited = true;
        exitCode = code;
        emit(new ProgramExited(now(), code, message));
        if (curM != null) curM.resume = M.Resume.NONE;
    }

    /** A resource limit stopped the run. */
    static final class LimitExceeded extends RuntimeException {
        LimitExceeded(String message) { super(message, null, false, false); }
    }
}
