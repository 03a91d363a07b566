package dev.schedlab.model.runtime;

import dev.schedlab.model.trace.TraceEvent.OutputWritten;
import dev.schedlab.model.trace.WaitReason;
import dev.schedlab.model.vm.Frame;
import dev.schedlab.model.vm.GoPanic;
import dev.schedlab.model.vm.Host;
import dev.schedlab.model.vm.SelectShape;
import dev.schedlab.model.vm.SyncKind;
import dev.schedlab.model.vm.SyncOp;

/**
 * The runtime operations the VM calls, acting for the goroutine on the current M:
 * channels (runtime/chan.go), select (runtime/select.go), time.Sleep (runtime/time.go),
 * WaitGroup and Mutex over runtime semaphores (runtime/sema.go, sync/mutex.go), writes.
 */
final class RuntimeHost implements Host {
    private final Scheduler s;
    private final Channels channels;
    private final SyncPrimitives sync;
    private final Syscalls syscalls;
    private final Timers timers;

    RuntimeHost(Scheduler s) {
        this.s = s;
        this.channels = new Channels(s);
        this.sync = new SyncPrimitives(s);
        this.syscalls = new Syscalls(s);
        this.timers = new Timers(s, channels);
        channels.timers = timers;
    }

    Timers timers() { return timers; }

    /** time.NewTimer, After, NewTicker, Tick, AfterFunc and the timers' Stop and Reset. */
    @Override public boolean timer(Frame frame, dev.schedlab.model.vm.TimerOp op, Object[] operands) {
        return timers.apply(frame, op, operands);
    }

    @Override public boolean syscall(Frame frame, dev.schedlab.model.vm.SyscallKind kind, Object[] args) {
        return syscalls.call(frame, kind, args);
    }

    /** runtime.NumGoroutine: live goroutines, the runtime's own excluded. */
    @Override public long numGoroutine() {
        long n = 0;
        for (G g : s.allgs) if (!g.system && !g.reused && g.status != dev.schedlab.model.trace.GStatus.DEAD) n++;
        return n;
    }

    /** runtime.NumCPU: the simulated machine's CPUs. */
    @Override public long numCPU() { return s.settings.numCpu(); }

    @Override public java.util.List<String> osArgs() {
        java.util.List<String> args = new java.util.ArrayList<>();
        args.add("main");
        args.addAll(s.settings.args());
        return args;
    }

    /** Go randomises each map range from the runtime's random source (mapiterinit's rand). */
    @Override public int[] mapIterationOrder(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        if (n < 2) return order;
        int start = s.rand.cheaprandn(n); // Go starts at a random bucket and offset, then wraps
        int[] rotated = new int[n];
        for (int i = 0; i < n; i++) rotated[i] = order[(start + i) % n];
        return rotated;
    }

    /** runtime.procPin: the current P's id; the goroutine cannot be preempted until procUnpin. */
    @Override public long procPin() {
        s.curM.locks++;
        return s.curM.p.id;
    }

    /** procUnpin -> releasem: when the locks drop to 0, a pending preemption request is re-armed. */
    @Override public void procUnpin() {
        M m = s.curM;
        if (--m.locks == 0 && m.curg.preempt) m.curg.stackguardPreempt = true;
    }

    @Override public boolean morestack(dev.schedlab.model.vm.Function callee, int frameSize) {
        return s.newstack(frameSize);
    }

    /** runtime.GOMAXPROCS: the previous value; a change stops the world (the caller leaves the CPU meanwhile). */
    @Override public boolean gomaxprocs(Frame frame, long n) {
        frame.push((long) s.gomaxprocs);
        if (n <= 0 || n == s.gomaxprocs) return true;
        s.gomaxprocsFromGoroutine((int) Math.min(n, 1024));
        return false;
    }

    /** runtime.GC: a full cycle; the caller waits until mark termination is over. */
    @Override public boolean gc() {
        s.gc.gcFromGoroutine();
        return false;
    }

    @Override public boolean netWait(long ns) {
        s.netWait(ns);
        return false;
    }

    @Override public boolean lockOSThread() {
        s.lockOSThread();
        return true;
    }

    @Override public boolean unlockOSThread() {
        s.unlockOSThread();
        return true;
    }

    @Override public boolean goyield() {
        s.goyield();
        return false;
    }

    @Override public boolean go(Object fn, Object[] args) {
        s.newproc(fn, args);
        return true;
    }

    @Override public Object makeChan(long size, Object zero) { return channels.make(size, zero); }

    @Override public boolean send(Frame frame, Object ch, Object value) { return channels.send(frame, (Chan) ch, value); }

    @Override public boolean recv(Frame frame, Object ch, boolean withOk) { return channels.recv(frame, (Chan) ch, withOk); }

    @Override public boolean close(Object ch) { return channels.close((Chan) ch); }

    /** len and cap of a timer's channel are 0 (Go 1.23's synchronous timer channels). */
    @Override public long chanLen(Object ch) { return ch == null || ((Chan) ch).timer != null ? 0 : ((Chan) ch).buf.size(); }

    @Override public long chanCap(Object ch) { return ch == null || ((Chan) ch).timer != null ? 0 : ((Chan) ch).dataqsiz; }

    @Override public boolean select(Frame frame, SelectShape shape, Object[] operands) {
        return channels.select(frame, shape, operands);
    }

    /** time.Sleep: park with reason sleep, then resetForSleep arms the timer on this P. */
    @Override public boolean sleep(long ns) {
        if (ns <= 0) return true;
        G g = s.curM.curg;
        long when = s.now() + ns;
        s.gopark(WaitReason.SLEEP);
        s.addSleepTimer(g, when);
        return false;
    }

    @Override public boolean gosched() {
        s.gosched();
        return false;
    }

    @Override public Object newSync(SyncKind kind) { return sync.make(kind); }

    @Override public boolean sync(Frame frame, SyncOp op, Object target, long arg) { return sync.apply(frame, op, target, arg); }

    @Override public long nanotime() {
        s.charge(s.costs.nanotime());
        return s.now();
    }

    /** write(2): a real system call (entersyscall, the write, exitsyscall's fast path as a rule). */
    @Override public boolean write(int fd, String text) {
        G g = s.curM.curg;
        s.output.write(fd, text);
        s.emit(new OutputWritten(s.now(), g == null ? -1 : g.id(), fd, text));
        s.syscall("write", s.costs.write());
        return false;
    }

    @Override public boolean exit(int code) {
        s.exit(code, "");
        return false;
    }

    @Override public boolean goexit() {
        s.goexit0(s.curM);
        return false;
    }

    static GoPanic panic(String message) { return new GoPanic(message, false); }
}
