package dev.schedlab.model.vm;

/**
 * The runtime as the interpreter sees it: the operations that touch the scheduler.
 * Each acts for the goroutine currently running on this machine, advances the
 * machine's {@link Cpu#now} by its own cost, and returns {@code true} if that goroutine
 * keeps running, {@code false} if it left the CPU (parked, yielded, exited); in that
 * case the interpreter returns at once and the goroutine later resumes at the next
 * instruction, with any result already pushed on its frame.
 */
public interface Host {
    boolean go(Object fn, Object[] args);

    Object makeChan(long size, Object zero);

    boolean send(Frame frame, Object ch, Object value);

    boolean recv(Frame frame, Object ch, boolean withOk);

    boolean close(Object ch);

    long chanLen(Object ch);

    long chanCap(Object ch);

    boolean select(Frame frame, SelectShape shape, Object[] operands);

    boolean sleep(long ns);

    boolean gosched();

    Object newSync(SyncKind kind);

    boolean sync(Frame frame, SyncOp op, Object target, long arg);

    long nanotime();

    boolean write(int fd, String text);

    boolean exit(int code);

    /** The goroutine's outermost function returned. Always leaves the CPU. */
    boolean goexit();

    /**
     * morestack -> newstack: a function prologue's stack check failed before calling
     * {@code callee}: the stack must grow to fit {@code frameSize} more bytes, or a preemption
     * was requested. Returns true if the goroutine goes on (the call is then retried), false if
     * it left the CPU (preempted; the call is retried when it runs again).
     */
    default boolean morestack(Function callee, int frameSize) {
        return true;
    }

    // ---- operations added for the wider Go subset. The defaults keep runtimes that do not
    // model them compiling; a program that uses one then panics with a clear message.

    /** runtime.GOMAXPROCS(n): pushes the previous setting on the frame; n &lt;= 0 only reads it. May stop the world. */
    default boolean gomaxprocs(Frame frame, long n) { throw notModelled("runtime.GOMAXPROCS"); }

    /** runtime.NumGoroutine: live user goroutines (system goroutines excluded, as in Go). */
    default long numGoroutine() { throw notModelled("runtime.NumGoroutine"); }

    /** runtime.NumCPU: the simulated machine's CPU count. */
    default long numCPU() { throw notModelled("runtime.NumCPU"); }

    /** runtime.GC: a full collection; blocks the caller until it is done. */
    default boolean gc() { throw notModelled("runtime.GC"); }

    /** runtime.LockOSThread: wire the goroutine to its M (nested calls count). Does not yield. */
    default boolean lockOSThread() { throw notModelled("runtime.LockOSThread"); }

    /** runtime.UnlockOSThread: undo one LockOSThread. Does not yield. */
    default boolean unlockOSThread() { throw notModelled("runtime.UnlockOSThread"); }

    /** runtime.procPin (via go:linkname): disable preemption, return the id of the current P. */
    default long procPin() { throw notModelled("runtime.procPin"); }

    /** runtime.procUnpin (via go:linkname): re-enable preemption. */
    default void procUnpin() { throw notModelled("runtime.procUnpin"); }

    /** runtime.goyield (via go:linkname): like Gosched, but the goroutine goes to the local run queue's tail. */
    default boolean goyield() { throw notModelled("runtime.goyield"); }

    /** A raw system call: pops nothing itself; {@code args} are the operands, the results are pushed on {@code frame} (see {@link SyscallKind}). */
    default boolean syscall(Frame frame, SyscallKind kind, Object[] args) { throw notModelled("syscall." + kind); }

    /** lab.NetWait: park in "IO wait" until the netpoller reports the connection ready, ns from now. */
    default boolean netWait(long ns) { throw notModelled("network I/O"); }

    /** The time package's timers (see {@link TimerOp}); the results are pushed on {@code frame}. */
    default boolean timer(Frame frame, TimerOp op, Object[] operands) { throw notModelled("time." + op); }

    /** os.Args: the program name and its arguments. */
    default java.util.List<String> osArgs() { return java.util.List.of("main"); }

    /**
     * The order in which a range loop visits a map's n entries (Go randomises it per loop):
     * a permutation of 0..n-1 indexing the entries in insertion order. Identity by default.
     */
    default int[] mapIterationOrder(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        return order;
    }

    private static GoPanic notModelled(String what) { return new GoPanic(what + " is not modelled yet", false); }
}
