package dev.schedlab.model.runtime;

import dev.schedlab.model.profile.StackTrie;
import dev.schedlab.model.vm.Frame;
import dev.schedlab.model.vm.ProfileSink;

/**
 * Gives every nanosecond the Ms charge a call stack shaped as pprof shows it for Go 1.23, so the
 * simulated CPU profile can be drawn as a flame graph.
 *
 * <p>Where a stack starts depends on what the M is doing (go-scheduler.md section 12):
 * <ul>
 * <li>a goroutine's own stack: its VM frames ({@code main.worker}, or {@code runtime.main;main.main}
 *     for the main goroutine; pprof hides {@code runtime.goexit}), then the runtime functions
 *     entered from there ({@code runtime.chanrecv1;runtime.chanrecv}); {@code systemstack} shows as
 *     a frame because pprof's unwinder jumps back to the goroutine's stack;</li>
 * <li>g0 after {@code mcall(fn)}: {@code runtime.mcall;runtime.park_m} and what follows. mcall
 *     writes SP, so the unwinder stops there: everything the scheduler does after a goroutine
 *     parks, yields or exits is under {@code runtime.mcall}. That is why it can take a large
 *     share of a real profile;</li>
 * <li>g0 of an M that woke from {@code stopm} or started fresh: {@code runtime.mstart;...;schedule};</li>
 * <li>a GC mark worker: {@code runtime.gcBgMarkWorker;runtime.systemstack;...;runtime.gcDrain}.</li>
 * </ul>
 * Runtime functions are pushed with {@link #enter} and popped with {@link #leave} around the
 * model's counterparts, so nested work (a goready inside a chansend) lands under its caller.
 */
final class CpuStacks implements ProfileSink {
    /** Runtime call paths, outermost first, entered around the model's operations. */
    enum Path {
        CHANSEND("runtime.chansend1", "runtime.chansend"),
        CHANRECV("runtime.chanrecv1", "runtime.chanrecv"),
        CHANRECV2("runtime.chanrecv2", "runtime.chanrecv"),
        CLOSECHAN("runtime.closechan"),
        MAKECHAN("runtime.makechan"),
        SELECTGO("runtime.selectgo"),
        NEWPROC("runtime.newproc", "runtime.systemstack", "runtime.newproc.func1", "runtime.newproc1"),
        GOREADY("runtime.goready", "runtime.systemstack", "runtime.goready.func1", "runtime.ready"),
        SCHEDULE("runtime.schedule"),
        FIND_RUNNABLE("runtime.findRunnable"),
        STEAL_WORK("runtime.stealWork"),
        RUNQSTEAL("runtime.runqsteal", "runtime.runqgrab"),
        EXECUTE("runtime.execute"),
        CHECK_TIMERS("runtime.(*timers).check"),
        NETPOLL("runtime.netpoll"),
        GOSCHED("runtime.Gosched"),
        TIME_SLEEP("time.Sleep"),
        SEMACQUIRE("runtime.semacquire1"),
        SEMRELEASE("runtime.semrelease1"),
        ENTERSYSCALL("syscall.Syscall", "runtime.entersyscall"),
        EXITSYSCALL("syscall.Syscall", "runtime.exitsyscall"),
        IN_KERNEL("syscall.Syscall", "syscall.RawSyscall6", "internal/runtime/syscall.Syscall6"),
        NEWSTACK("runtime.newstack", "runtime.copystack"),
        NANOTIME("runtime.nanotime1"),
        NETPOLL_WAIT("internal/poll.runtime_pollWait", "runtime.netpollblock"),
        GC("runtime.GC", "runtime.gcStart"),
        GC_ASSIST("runtime.mallocgc", "runtime.gcAssistAlloc", "runtime.systemstack", "runtime.gcAssistAlloc.func1",
                "runtime.gcAssistAlloc1", "runtime.gcDrainN"),
        STOP_THE_WORLD("runtime.systemstack", "runtime.stopTheWorldWithSema"),
        MARK_TERMINATION("runtime.gcMarkDone", "runtime.systemstack", "runtime.gcMarkTermination"),
        GOMAXPROCS("runtime.GOMAXPROCS", "runtime.stopTheWorldGC");

        final String[] functions;

        Path(String... functions) { this.functions = functions; }
    }

    private final StackTrie trie = new StackTrie();
    private final int[][] paths = new int[Path.values().length][];
    private final int mstartBase;
    private final int gcWorkerBase;
    private final int runtimeMain;
    private final int doInit;
    private final java.util.Map<String, Integer> mcallBases = new java.util.HashMap<>();
    private final java.util.Map<String, Integer> systemGoroutineBases = new java.util.HashMap<>();
    private final Scheduler s;

    CpuStacks(Scheduler s) {
        this.s = s;
        for (Path p : Path.values()) paths[p.ordinal()] = trie.intern(p.functions);
        mstartBase = trie.path(StackTrie.ROOT, trie.intern("runtime.mstart", "runtime.mstart0", "runtime.mstart1"));
        gcWorkerBase = trie.path(StackTrie.ROOT, trie.intern("runtime.gcBgMarkWorker", "runtime.systemstack",
                "runtime.gcBgMarkWorker.func2", "runtime.gcDrainMarkWorkerDedicated", "runtime.gcDrain"));
        runtimeMain = trie.child(StackTrie.ROOT, trie.intern("runtime.main"));
        doInit = trie.child(runtimeMain, trie.intern("runtime.doInit1"));
    }

    StackTrie trie() { return trie; }

    /** The stack m's time goes to now. */
    int current(M m) { return m.profNode >= 0 ? m.profNode : base(m); }

    /** Enters {@code path} on m's current stack; returns what {@link #leave} restores. */
    int enter(M m, Path path) {
        int saved = m.profNode;
        m.profNode = pathFrom(current(m), path.ordinal());
        return saved;
    }

    /** A small direct-mapped cache of (stack, path) -> stack, so entering a path is usually one array load. */
    private static final int CACHE = 256;
    private final int[] cacheFrom = filled(Path.values().length * CACHE);
    private final int[] cacheTo = new int[Path.values().length * CACHE];

    private static int[] filled(int n) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, -1);
        return a;
    }

    private int pathFrom(int from, int path) {
        int slot = path * CACHE + (from & (CACHE - 1));
        if (cacheFrom[slot] == from) return cacheTo[slot];
        int to = trie.path(from, paths[path]);
        cacheFrom[slot] = from;
        cacheTo[slot] = to;
        return to;
    }

    void leave(M m, int saved) { m.profNode = saved; }

    void charge(M m, long ns) { trie.add(current(m), ns); }

    /** Charges {@code ns} to m's current stack with {@code path} on top, without entering it. */
    void charge(M m, Path path, long ns) { trie.add(pathFrom(current(m), path.ordinal()), ns); }

    /** mcall(fn) switched m to g0: its scheduler work now counts under runtime.mcall;runtime.fn. */
    void switchedToG0(M m, String fn) {
        m.profNode = -1;
        if (fn != lastMcallFn) { // the model passes literals: most switches repeat the last one
            lastMcallFn = fn;
            lastMcallBase = mcallBases.computeIfAbsent(fn,
                    f -> trie.path(StackTrie.ROOT, trie.intern("runtime.mcall", "runtime." + f)));
        }
        m.g0Base = lastMcallBase;
    }

    private String lastMcallFn;
    private int lastMcallBase;

    /** m left the mcall stack (it slept in stopm or netpoll and starts over from mstart's schedule). */
    void freshG0(M m) {
        m.profNode = -1;
        m.g0Base = -1;
    }

    private int base(M m) {
        if (m.resume == M.Resume.GC_WORK) return gcWorkerBase;
        G g = m.curg;
        if (g != null) return goroutineNode(g);
        return m.g0Base >= 0 ? m.g0Base : mstartBase;
    }

    private int goroutineNode(G g) {
        if (g.system || g.frame == null) {
            return systemGoroutineBases.computeIfAbsent(g.startFunction,
                    f -> trie.child(StackTrie.ROOT, trie.intern(f)));
        }
        return frameNode(g.frame, g);
    }

    private int frameNode(Frame f, G g) {
        if (f.profileNode >= 0) return f.profileNode;
        int parent;
        if (f.caller == null) parent = g != null && g == s.mainG ? runtimeMain : StackTrie.ROOT;
        else if (f.caller.caller == null && g == s.mainG && f.function.name().endsWith(".init")) parent = doInit; // runs before main.main
        else parent = frameNode(f.caller, g);
        f.profileNode = trie.child(parent, trie.intern(f.function.name()));
        return f.profileNode;
    }

    @Override
    public void userTime(Frame frame, long ns) {
        if (ns <= 0) return;
        M m = s.curM;
        trie.add(frameNode(frame, m == null ? null : m.curg), ns);
    }
}
