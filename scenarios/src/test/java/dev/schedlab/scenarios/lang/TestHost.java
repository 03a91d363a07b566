package dev.schedlab.scenarios.lang;

import dev.schedlab.model.vm.Closure;
import dev.schedlab.model.vm.Cpu;
import dev.schedlab.model.vm.Fiber;
import dev.schedlab.model.vm.Frame;
import dev.schedlab.model.vm.GoPanic;
import dev.schedlab.model.vm.Host;
import dev.schedlab.model.vm.Interpreter;
import dev.schedlab.model.vm.Op;
import dev.schedlab.model.vm.Program;
import dev.schedlab.model.vm.SelectShape;
import dev.schedlab.model.vm.SyncKind;
import dev.schedlab.model.vm.SyncOp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A minimal cooperative runtime for tests: one run queue in FIFO order, channels,
 * WaitGroups and sleeps on a virtual clock. It checks the compiled code's semantics,
 * not the scheduler's decisions (which are the model's job).
 */
final class TestHost implements Host {
    private static final long STEP_LIMIT = 50_000_000;

    final StringBuilder out = new StringBuilder();
    private final Deque<G> runq = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private G current;
    private long now;
    private long timerSeq;
    private boolean exited;

    static final class G extends Fiber {}

    private record Timer(long when, long seq, G g) implements Comparable<Timer> {
        @Override public int compareTo(Timer o) { return when != o.when ? Long.compare(when, o.when) : Long.compare(seq, o.seq); }
    }

    private record Waiter(G g, Frame frame, Object value, boolean withOk) {}

    private static final class Chan {
        final long cap;
        final Object zero;
        final Deque<Object> buf = new ArrayDeque<>();
        final Deque<Waiter> recvq = new ArrayDeque<>();
        final Deque<Waiter> sendq = new ArrayDeque<>();
        boolean closed;

        Chan(long cap, Object zero) { this.cap = cap; this.zero = zero; }
    }

    private static final class WaitGroup {
        long count;
        final List<G> waiters = new ArrayList<>();
    }

    /** Runs the program's init and main; returns what it wrote to stdout and stderr. */
    static String run(Program p) {
        TestHost h = new TestHost();
        Interpreter interp = new Interpreter(p, new Object[p.globalNames().size()]);
        G main = new G();
        Interpreter.start(main, Closure.of(p.main()), new Object[0]);
        Interpreter.call(main, Closure.of(p.init()));
        h.runq.add(main);
        long[] costs = new long[Op.values().length];
        java.util.Arrays.fill(costs, 1);
        Cpu cpu = new Cpu(costs);
        cpu.limit = STEP_LIMIT;
        while (main.frame != null && !h.exited) {
            G g = h.runq.poll();
            if (g == null) {
                Timer t = h.timers.poll();
                if (t == null) throw new IllegalStateException("fatal error: all goroutines are asleep - deadlock!");
                h.now = Math.max(h.now, t.when());
                h.runq.add(t.g());
                continue;
            }
            h.current = g;
            try {
                if (interp.run(g, h, cpu) == Interpreter.Stop.BUDGET) throw new IllegalStateException("step limit reached");
            } catch (GoPanic panic) {
                // like Go: what was written stays written, then the panic message ends the program
                h.out.append("panic: ").append(panic.runtimeError() ? "runtime error: " : "").append(panic.getMessage()).append('\n');
                return h.out.toString();
            }
        }
        return h.out.toString();
    }

    private void ready(G g) { runq.add(g); }

    @Override public boolean go(Object fn, Object[] args) {
        live++;
        G g = new G();
        Interpreter.start(g, fn, args);
        runq.add(g);
        return true;
    }

    @Override public Object makeChan(long size, Object zero) { return new Chan(size, zero); }

    @Override public boolean send(Frame frame, Object ch, Object value) {
        Chan c = (Chan) ch;
        if (c == null) return false;
        if (c.closed) throw new GoPanic("send on closed channel", false);
        Waiter r = c.recvq.poll();
        if (r != null) {
            r.frame().push(value);
            if (r.withOk()) r.frame().push(true);
            ready(r.g());
            return true;
        }
        if (c.buf.size() < c.cap) {
            c.buf.add(value);
            return true;
        }
        c.sendq.add(new Waiter(current, frame, value, false));
        return false;
    }

    @Override public boolean recv(Frame frame, Object ch, boolean withOk) {
        Chan c = (Chan) ch;
        if (c == null) return false;
        Object v;
        if (!c.buf.isEmpty()) {
            v = c.buf.poll();
            Waiter s = c.sendq.poll();
            if (s != null) {
                c.buf.add(s.value());
                ready(s.g());
            }
        } else if (!c.sendq.isEmpty()) {
            Waiter s = c.sendq.poll();
            v = s.value();
            ready(s.g());
        } else if (c.closed) {
            frame.push(c.zero);
            if (withOk) frame.push(false);
            return true;
        } else {
            c.recvq.add(new Waiter(current, frame, null, withOk));
            return false;
        }
        frame.push(v);
        if (withOk) frame.push(true);
        return true;
    }

    @Override public boolean close(Object ch) {
        Chan c = (Chan) ch;
        if (c == null) throw new GoPanic("close of nil channel", false);
        if (c.closed) throw new GoPanic("close of closed channel", false);
        c.closed = true;
        for (Waiter r; (r = c.recvq.poll()) != null; ) {
            r.frame().push(c.zero);
            if (r.withOk()) r.frame().push(false);
            ready(r.g());
        }
        return true;
    }

    @Override public long chanLen(Object ch) { return ch == null ? 0 : ((Chan) ch).buf.size(); }

    @Override public long chanCap(Object ch) { return ch == null ? 0 : ((Chan) ch).cap; }

    /** Takes the first ready case in source order (real Go picks at random); blocking selects are not modelled here. */
    @Override public boolean select(Frame frame, SelectShape shape, Object[] operands) {
        int k = 0;
        for (int i = 0; i < shape.cases(); i++) {
            Chan c = (Chan) operands[k];
            if (shape.sends()[i]) {
                Object v = operands[k + 1];
                k += 2;
                if (c != null && (c.closed || !c.recvq.isEmpty() || c.buf.size() < c.cap)) {
                    send(frame, c, v);
                    frame.push((long) i);
                    frame.push(null);
                    frame.push(false);
                    return true;
                }
            } else {
                k += 1;
                if (c != null && (c.closed || !c.sendq.isEmpty() || !c.buf.isEmpty())) {
                    frame.push((long) i);
                    recv(frame, c, true);
                    return true;
                }
            }
        }
        if (!shape.hasDefault()) throw new UnsupportedOperationException("blocking select in the test host");
        frame.push(-1L);
        frame.push(null);
        frame.push(false);
        return true;
    }

    @Override public boolean sleep(long ns) {
        timers.add(new Timer(now + Math.max(0, ns), timerSeq++, current));
        return false;
    }

    @Override public boolean gosched() {
        runq.add(current);
        return false;
    }

    @Override public Object newSync(SyncKind kind) {
        if (kind != SyncKind.WAIT_GROUP) throw new UnsupportedOperationException(kind.toString());
        return new WaitGroup();
    }

    @Override public boolean sync(Frame frame, SyncOp op, Object target, long arg) {
        WaitGroup wg = (WaitGroup) target;
        switch (op) {
            case WG_ADD, WG_DONE -> {
                wg.count += op == SyncOp.WG_ADD ? arg : -1;
                if (wg.count < 0) throw new GoPanic("sync: negative WaitGroup counter", false);
                if (wg.count == 0) {
                    wg.waiters.forEach(this::ready);
                    wg.waiters.clear();
                }
                return true;
            }
            case WG_WAIT -> {
                if (wg.count == 0) return true;
                wg.waiters.add(current);
                return false;
            }
            default -> throw new UnsupportedOperationException(op.toString());
        }
    }

    @Override public long nanotime() { return now; }

    @Override public boolean write(int fd, String text) {
        out.append(text);
        return true;
    }

    @Override public boolean exit(int code) {
        exited = true;
        return false;
    }

    @Override public boolean goexit() {
        live--;
        return false;
    }

    // ---- a single-threaded machine with GOMAXPROCS procs (only reported), one thread, tid 1

    private long procs = 1;
    private long live = 1; // main

    @Override public long numGoroutine() { return live; }

    @Override public long numCPU() { return 1; }

    @Override public boolean gc() { return true; }

    @Override public boolean goyield() { return gosched(); }

    @Override public boolean gomaxprocs(Frame frame, long n) {
        frame.push(procs);
        if (n > 0) procs = n;
        return true;
    }

    @Override public boolean lockOSThread() { return true; }

    @Override public boolean unlockOSThread() { return true; }

    @Override public long procPin() { return 0; }

    @Override public void procUnpin() {}

    @Override public boolean syscall(Frame frame, dev.schedlab.model.vm.SyscallKind kind, Object[] args) {
        switch (kind) {
            case GETTID, GETPID -> frame.push(1L);
            case WRITE -> {
                dev.schedlab.model.vm.SliceValue b = (dev.schedlab.model.vm.SliceValue) args[1];
                byte[] bytes = new byte[b.length];
                for (int i = 0; i < b.length; i++) bytes[i] = (byte) (long) (Long) b.array[b.offset + i];
                out.append(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                frame.push((long) b.length);
                frame.push(0L);
            }
            case NANOSLEEP -> {
                frame.push(0L);
                return sleep((Long) args[0]);
            }
            case READ_FILE -> {
                byte[] text = "Name:\tmain\nThreads:\t1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                Object[] e = new Object[text.length];
                for (int i = 0; i < e.length; i++) e[i] = (long) text[i];
                frame.push(new dev.schedlab.model.vm.SliceValue(e, 0, e.length, e.length));
                frame.push(0L);
            }
            default -> throw new UnsupportedOperationException(kind.toString());
        }
        return true;
    }
}
