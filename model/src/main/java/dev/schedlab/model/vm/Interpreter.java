package dev.schedlab.model.vm;

import java.util.Arrays;

/**
 * Runs a goroutine's frames on one machine until the goroutine leaves the CPU or the
 * machine's clock reaches its limit. Stateless: everything lives in the {@link Fiber},
 * its {@link Frame}s and the {@link Cpu}. Single-threaded, like the whole simulation.
 */
public final class Interpreter {
    /** Why {@link #run} returned. */
    public enum Stop {
        /** The clock reached {@link Cpu#limit}; the goroutine is still running. */
        BUDGET,
        /** A runtime operation took the goroutine off the CPU (it parked, yielded or exited). */
        LEFT
    }

    private final Program program;
    private final Object[] globals;

    public Interpreter(Program program, Object[] globals) {
        this.program = program;
        this.globals = globals;
    }

    public Object[] globals() { return globals; }

    /** Starts a goroutine at {@code fn(args)}: pushes its first frame on an empty fiber. */
    public static void start(Fiber fiber, Object fn, Object[] args) {
        Closure c = (Closure) fn;
        Frame f = new Frame(c.function(), c, null, false);
        System.arraycopy(args, 0, f.locals, 0, args.length);
        fiber.frame = f;
    }

    /** Pushes a call of {@code fn} on top of the fiber's frames (used for init before main). */
    public static void call(Fiber fiber, Closure fn) {
        Frame f = new Frame(fn.function(), fn, fiber.frame, fiber.frame != null);
        fiber.frame = f;
    }

    public Stop run(Fiber fiber, Host host, Cpu cpu) {
        Frame f = fiber.frame;
        Instr[] code = f.function.code();
        long now = cpu.now;
        long limit = cpu.limit;
        final long[] cost = cpu.opCost;
        final ProfileSink prof = cpu.profile;
        long mark = now; // the start of the time not yet given to the profile
        while (true) { // re-entered only after a panic found a deferred call to run
        try {
            while (true) {
                if (now > limit) {
                    if (prof != null) prof.userTime(f, now - mark);
                    cpu.now = now;
                    fiber.frame = f;
                    return Stop.BUDGET;
                }
                Instr in = code[f.pc++];
                Op op = in.op();
                now += cost[op.ordinal()];
                switch (op) {
                    case CONST -> f.push(in.k());
                    case LOAD -> f.push(f.locals[in.a()]);
                    case STORE -> f.locals[in.a()] = f.pop();
                    case LOAD_GLOBAL -> f.push(globals[in.a()]);
                    case STORE_GLOBAL -> globals[in.a()] = f.pop();
                    case LOAD_FREE -> f.push(f.closure.free()[in.a()].value);
                    case STORE_FREE -> f.closure.free()[in.a()].value = f.pop();
                    case NEW_CELL -> {
                        f.push(new Cell(f.pop()));
                        if ((cpu.heap.allocated += 8) >= cpu.heap.trigger) limit = now;
                    }
                    case ADDR_GLOBAL -> f.push(new GlobalRef(globals, in.a()));
                    case ADDR_FREE -> f.push(f.closure.free()[in.a()]);
                    case DEREF -> f.push(deref(f.pop()).get());
                    case STORE_DEREF -> { Object v = f.pop(); deref(f.pop()).set(v); }
                    case ADDR_ELEM -> { Object i = f.pop(); f.push(addrElem(f.pop(), i)); }
                    case POP -> f.pop();
                    case DUP -> f.push(f.stack[f.sp - 1]);
                    case SWAP -> { Object b = f.pop(); Object a = f.pop(); f.push(b); f.push(a); }
                    // Integer fast paths for the commonest operators; everything else is generic.
                    case ADD -> {
                        Object b = f.pop();
                        Object a = f.pop();
                        f.push(a instanceof Long x && b instanceof Long y ? (Object) (x + y) : Arith.binary(op, a, b));
                    }
                    case SUB -> {
                        Object b = f.pop();
                        Object a = f.pop();
                        f.push(a instanceof Long x && b instanceof Long y ? (Object) (x - y) : Arith.binary(op, a, b));
                    }
                    case LT -> {
                        Object b = f.pop();
                        Object a = f.pop();
                        if (in.b() != 0) f.push(Arith.unsigned(op, a, b));
                        else f.push(a instanceof Long x && b instanceof Long y ? (Object) (x < y) : Arith.binary(op, a, b));
                    }
                    case MUL, AND, OR, XOR, ANDNOT, SHL, EQ, NE -> { Object b = f.pop(); f.push(Arith.binary(op, f.pop(), b)); }
                    // b=1: the operands are uint64/uint/uintptr.
                    case DIV, MOD, SHR, LE, GT, GE -> {
                        Object b = f.pop();
                        Object a = f.pop();
                        f.push(in.b() != 0 ? Arith.unsigned(op, a, b) : Arith.binary(op, a, b));
                    }
                    case NEG, COMPLEMENT, NOT -> f.push(Arith.unary(op, f.pop()));
                    case CONVERT -> f.push(Arith.convert(f.pop(), in.a(), in.b() != 0, in.k()));
                    case JUMP -> f.pc = in.a();
                    case JUMP_IF_FALSE -> { if (!(Boolean) f.pop()) f.pc = in.a(); }
                    case JUMP_IF_TRUE -> { if ((Boolean) f.pop()) f.pc = in.a(); }
                    case CALL -> {
                        Function fn = program.function(in.a());
                        if (prologueFails(fiber, fn)) {
                            f.pc--; // morestack returns to the call, which runs its prologue again
                            if (prof != null) prof.userTime(f, now - mark);
                            cpu.now = now;
                            fiber.frame = f;
                            boolean goesOn = host.morestack(fn, fn.frameSize());
                            now = cpu.now;
                            mark = now;
                            limit = cpu.limit;
                            if (!goesOn) return Stop.LEFT;
                            break;
                        }
                        if (prof != null) { prof.userTime(f, now - mark); mark = now; }
                        f = enter(f, fn, null, in.b(), false);
                        fiber.stackUsed += fn.frameSize();
                        code = fn.code();
                    }
                    case CALL_VALUE -> {
                        Closure c = (Closure) f.stack[f.sp - 1 - in.b()];
                        if (c == null) throw GoPanic.runtime("invalid memory address or nil pointer dereference");
                        if (prologueFails(fiber, c.function())) {
                            f.pc--;
                            if (prof != null) prof.userTime(f, now - mark);
                            cpu.now = now;
                            fiber.frame = f;
                            boolean goesOn = host.morestack(c.function(), c.function().frameSize());
                            now = cpu.now;
                            mark = now;
                            limit = cpu.limit;
                            if (!goesOn) return Stop.LEFT;
                            break;
                        }
                        fiber.stackUsed += c.function().frameSize();
                        if (prof != null) { prof.userTime(f, now - mark); mark = now; }
                        f = enter(f, c.function(), c, in.b(), false);
                        f.caller.pop(); // the function value under the arguments
                        code = f.function.code();
                    }
                    case CALL_NATIVE -> callNative(f, (Native) in.k(), in.a(), in.b());
                    case MAKE_CLOSURE -> {
                        Cell[] cells = new Cell[in.b()];
                        for (int i = cells.length - 1; i >= 0; i--) cells[i] = (Cell) f.pop();
                        f.push(new Closure(program.function(in.a()), cells));
                        if ((cpu.heap.allocated += 8L + 8L * cells.length) >= cpu.heap.trigger) limit = now;
                    }
                    case DEFER -> {
                        Object[] args = popArgs(f, in.b());
                        f.defers = new Frame.Deferred(f.pop(), args, f.defers);
                    }
                    case RETURN -> {
                        if (f.defers != null) {
                            f.pc--; // come back to this RETURN once the deferred call is done
                            if (prof != null) { prof.userTime(f, now - mark); mark = now; }
                            f = startDeferred(f);
                            code = f.function.code();
                            break;
                        }
                        Frame done = f;
                        if (prof != null) { prof.userTime(done, now - mark); mark = now; }
                        f = done.caller;
                        if (!done.deferred) fiber.stackUsed -= done.function.frameSize();
                        if (f == null) {
                            fiber.frame = null;
                            cpu.now = now;
                            host.goexit();
                            return Stop.LEFT;
                        }
                        if (!done.deferred) {
                            int n = in.a();
                            if (in.k() instanceof ResultSlots rs) {
                                for (int i = 0; i < n; i++) f.push(rs.read(done.locals, i));
                            } else {
                                for (int i = done.sp - n; i < done.sp; i++) f.push(done.stack[i]);
                            }
                        } else if (f.panic != null) {
                            f = afterDeferredWhilePanicking(f);
                        }
                        code = f.function.code();
                    }
                    case RECOVER -> f.push(recover(f));
                    case MAP_KEYS -> {
                        MapValue m = (MapValue) f.pop();
                        f.push(Composite.keys(m, host.mapIterationOrder(m == null ? 0 : m.entries.size())));
                    }
                    case NUM_GOROUTINE -> f.push(host.numGoroutine());
                    case NUM_CPU -> f.push(host.numCPU());
                    case PROC_PIN -> f.push(host.procPin());
                    case PROC_UNPIN -> host.procUnpin();
                    case OS_ARGS -> {
                        Object[] args = host.osArgs().toArray();
                        f.push(new SliceValue(args, 0, args.length, args.length));
                    }
                    case MAKE_SLICE_LIT -> {
                        Object[] elems = popArgs(f, in.a());
                        f.push(new SliceValue(elems, 0, elems.length, elems.length));
                        if ((cpu.heap.allocated += elementBytes(in) * elems.length) >= cpu.heap.trigger) limit = now;
                    }
                    case MAKE_SLICE -> {
                        long cap = (Long) f.pop();
                        long len = (Long) f.pop();
                        if (len < 0 || cap < len) throw GoPanic.runtime("makeslice: len out of range");
                        Object[] arr = new Object[(int) cap];
                        for (int i = 0; i < arr.length; i++) arr[i] = Values.copy(in.k());
                        f.push(new SliceValue(arr, 0, (int) len, (int) cap));
                        if ((cpu.heap.allocated += elementBytes(in) * cap) >= cpu.heap.trigger) limit = now;
                    }
                    case NEW_ARRAY -> {
                        Object[] arr = new Object[in.a()];
                        Object zero = in.k();
                        if (zero instanceof ArrayValue || zero instanceof StructValue) {
                            for (int i = 0; i < arr.length; i++) arr[i] = Values.copy(zero);
                        } else {
                            Arrays.fill(arr, zero);
                        }
                        f.push(new ArrayValue(arr));
                        if ((cpu.heap.allocated += 8L * arr.length) >= cpu.heap.trigger) limit = now;
                    }
                    case MAKE_ARRAY_LIT -> {
                        f.push(new ArrayValue(popArgs(f, in.a())));
                        if ((cpu.heap.allocated += 8L * in.a()) >= cpu.heap.trigger) limit = now;
                    }
                    case MAKE_STRUCT -> {
                        f.push(new StructValue(popArgs(f, in.a())));
                        if ((cpu.heap.allocated += 8L * Math.max(1, in.a())) >= cpu.heap.trigger) limit = now;
                    }
                    case MAKE_MAP -> {
                        f.push(new MapValue(in.k()));
                        if ((cpu.heap.allocated += 48) >= cpu.heap.trigger) limit = now;
                    }
                    case INDEX -> { Object i = f.pop(); f.push(Composite.index(f.pop(), i)); }
                    case STORE_INDEX -> { Object v = f.pop(); Object i = f.pop(); Composite.storeIndex(f.pop(), i, v); }
                    case SLICE -> sliceOp(f, in.a());
                    case LEN -> f.push(Composite.len(f.pop()));
                    case CAP -> f.push(Composite.cap(f.pop()));
                    case APPEND -> {
                        Object[] vs = popArgs(f, in.a());
                        Object before = f.pop();
                        SliceValue after = (SliceValue) Composite.append(before, vs);
                        f.push(after);
                        if (before == null || ((SliceValue) before).array != after.array) {
                            if ((cpu.heap.allocated += elementBytes(in) * after.capacity) >= cpu.heap.trigger) limit = now; // growslice
                        }
                    }
                    case COPY_VALUE -> f.push(Values.copy(f.pop()));

                    // ---- runtime operations: sync the clock, call the host, re-read the clock
                    case GO -> {
                        Object[] args = popArgs(f, in.b());
                        Object fn = f.pop();
                        if (prof != null) { prof.userTime(f, now - mark); }
                        cpu.now = now;
                        fiber.frame = f;
                        host.go(fn, args);
                        now = cpu.now;
                        mark = now;
                        limit = cpu.limit;
                    }
                    case MAKE_CHAN -> {
                        long size = (Long) f.pop();
                        if (size < 0) throw GoPanic.runtime("makechan: size out of range");
                        long clockBefore = cpu.now;
                        fiber.frame = f;
                        f.push(host.makeChan(size, in.k()));
                        // makechan's cost is charged to the runtime without moving this loop's clock:
                        // the profile takes it out of the frame's own time, as cpuUser does
                        mark += cpu.now - clockBefore;
                        if ((cpu.heap.allocated += 96 + 8 * size) >= cpu.heap.trigger) limit = now;
                    }
                    case CHAN_LEN -> f.push(host.chanLen(f.pop()));
                    case CHAN_CAP -> f.push(host.chanCap(f.pop()));
                    case NEW_SYNC -> f.push(host.newSync((SyncKind) in.k()));
                    case NANOTIME -> {
                        if (prof != null) prof.userTime(f, now - mark);
                        cpu.now = now;
                        fiber.frame = f;
                        f.push(host.nanotime()); // its small cost is charged to the runtime, not the clock
                        mark = now + (cpu.now - now); // ... so the frame's own time leaves it out
                    }
                    case SEND, RECV, CLOSE, SELECT, SLEEP, GOSCHED, SYNC, WRITE, EXIT, PANIC,
                         GOMAXPROCS, GC, LOCK_OS_THREAD, GOYIELD, SYSCALL, NET_WAIT, TIMER -> {
                        if (prof != null) prof.userTime(f, now - mark);
                        cpu.now = now;
                        fiber.frame = f;
                        boolean keepRunning = hostOp(host, f, in);
                        now = cpu.now;
                        mark = now;
                        limit = cpu.limit; // the operation may have scheduled an earlier event (a woken M)
                        if (!keepRunning) return Stop.LEFT;
                    }
                }
            }
        } catch (GoPanic p) {
            if (p.site == null) p.site = f;
            Frame deferred = unwind(p, f);
            if (deferred == null) {
                cpu.now = now;
                fiber.frame = p.site;
                throw p;
            }
            f = deferred;
            fiber.stackUsed = stackOf(f); // unwinding dropped frames without returning
            code = f.function.code();
        } catch (ClassCastException | NullPointerException | ArrayIndexOutOfBoundsException e) {
            cpu.now = now;
            fiber.frame = f;
            throw new IllegalStateException("VM fault in " + f.function.name() + " at pc " + (f.pc - 1)
                    + " (line " + f.line() + "): " + e, e);
        }
        }
    }

    /** Pops the frame's most recent deferred call and returns the callee frame that runs it. */
    private static Frame startDeferred(Frame f) {
        Frame.Deferred d = f.defers;
        f.defers = d.next();
        Closure c = (Closure) d.fn();
        Frame callee = new Frame(c.function(), c, f, true);
        System.arraycopy(d.args(), 0, callee.locals, 0, d.args().length);
        return callee;
    }

    /**
     * A panic left frame {@code from}: the nearest frame (from itself outwards) with deferred
     * calls runs them, or null if there is none and the panic kills the program.
     */
    private static Frame unwind(GoPanic p, Frame from) {
        Frame h = from;
        while (h != null && h.defers == null) {
            h.panic = null;
            h = h.caller;
        }
        if (h == null) return null;
        h.panic = p;
        h.recovered = false;
        return startDeferred(h);
    }

    /**
     * A deferred call of a panicking frame returned: if it recovered, the frame returns
     * normally from its recovery point; else its next deferred call runs; else the panic
     * moves on to the callers.
     */
    private static Frame afterDeferredWhilePanicking(Frame h) {
        if (h.recovered) {
            h.panic = null;
            h.recovered = false;
            while (h.sp > 0) h.pop(); // operands of the expression that panicked
            int pc = h.function.recoverPc();
            if (pc < 0) throw new IllegalStateException(h.function.name() + " recovered but has no recovery point");
            h.pc = pc;
            return h;
        }
        if (h.defers != null) return startDeferred(h);
        GoPanic p = h.panic;
        h.panic = null;
        throw p; // caught by run, which unwinds from h's callers
    }

    private static Object recover(Frame f) {
        Frame h = f.caller;
        if (!f.deferred || h == null || h.panic == null || h.recovered) return null;
        h.recovered = true;
        return h.panic.recovered();
    }

    private static boolean hostOp(Host host, Frame f, Instr in) {
        switch (in.op()) {
            case SEND -> { Object v = f.pop(); return host.send(f, f.pop(), v); }
            case RECV -> { return host.recv(f, f.pop(), in.a() != 0); }
            case CLOSE -> { return host.close(f.pop()); }
            case SELECT -> {
                SelectShape shape = (SelectShape) in.k();
                return host.select(f, shape, popArgs(f, shape.operandCount()));
            }
            case SLEEP -> { return host.sleep((Long) f.pop()); }
            case GOSCHED -> { return host.gosched(); }
            case SYNC -> {
                SyncOp op = (SyncOp) in.k();
                long arg = op.operands() == 2 ? (Long) f.pop() : 0;
                return host.sync(f, op, f.pop(), arg);
            }
            case WRITE -> {
                String text = (String) f.pop();
                int fd = in.a() != 0 ? in.a() : (int) (long) (Long) f.pop();
                return host.write(fd, text);
            }
            case EXIT -> { return host.exit((int) (long) (Long) f.pop()); }
            case PANIC -> throw new GoPanic(f.pop(), false);
            case GOMAXPROCS -> { return host.gomaxprocs(f, (Long) f.pop()); }
            case GC -> { return host.gc(); }
            case LOCK_OS_THREAD -> { return in.a() != 0 ? host.lockOSThread() : host.unlockOSThread(); }
            case GOYIELD -> { return host.goyield(); }
            case NET_WAIT -> { return host.netWait((Long) f.pop()); }
            case TIMER -> {
                TimerOp op = (TimerOp) in.k();
                return host.timer(f, op, popArgs(f, op.operands()));
            }
            case SYSCALL -> {
                SyscallKind kind = (SyscallKind) in.k();
                return host.syscall(f, kind, popArgs(f, kind.operands()));
            }
            default -> throw new IllegalStateException("not a host operation: " + in.op());
        }
    }

    /** Stack space of the frames from {@code f} out to the goroutine's first one (deferred calls aside). */
    public static int stackOf(Frame f) {
        int used = 0;
        for (Frame x = f; x != null; x = x.caller) if (!x.deferred) used += x.function.frameSize();
        return used;
    }

    /** The prologue's check: SP below stackguard0 (the stack is full, or a preemption was requested). */
    private static boolean prologueFails(Fiber fiber, Function fn) {
        return (fiber.stackguardPreempt || fiber.stackUsed + fn.frameSize() > fiber.stackLimit) && !fn.isLeaf();
    }

    private static Frame enter(Frame caller, Function fn, Closure closure, int argc, boolean deferred) {
        Frame callee = new Frame(fn, closure, caller, deferred);
        int base = caller.sp - argc;
        System.arraycopy(caller.stack, base, callee.locals, 0, argc);
        Arrays.fill(caller.stack, base, caller.sp, null);
        caller.sp = base;
        return callee;
    }

    private static Object[] popArgs(Frame f, int n) {
        Object[] args = new Object[n];
        for (int i = n - 1; i >= 0; i--) args[i] = f.pop();
        return args;
    }

    private static void callNative(Frame f, Native fn, int argc, int results) {
        Object r = fn.body().call(popArgs(f, argc));
        if (results == 1) {
            f.push(r);
        } else if (results > 1) {
            for (Object v : (Object[]) r) f.push(v);
        }
    }

    private static Ref deref(Object p) {
        if (p == null) throw GoPanic.runtime("invalid memory address or nil pointer dereference");
        return (Ref) p;
    }

    private static Ref addrElem(Object container, Object index) {
        int i = (int) (long) (Long) index;
        if (container instanceof Ref r) container = r.get();
        if (container instanceof ArrayValue a) {
            if (i < 0 || i >= a.length()) throw GoPanic.indexOutOfRange(i, a.length());
            return new ElementRef(a.elements, i);
        }
        if (container instanceof SliceValue s) {
            if (i < 0 || i >= s.length) throw GoPanic.indexOutOfRange(i, s.length);
            return new ElementRef(s.array, s.offset + i);
        }
        if (container instanceof StructValue s) return new ElementRef(s.fields, i);
        throw GoPanic.runtime("invalid memory address or nil pointer dereference");
    }

    private static void sliceOp(Frame f, int flags) {
        Object max = (flags & 4) != 0 ? f.pop() : null;
        Object high = (flags & 2) != 0 ? f.pop() : null;
        Object low = (flags & 1) != 0 ? f.pop() : null;
        f.push(Composite.slice(f.pop(), (Long) low, (Long) high, (Long) max));
    }

    /** The element size the compiler put in operand b of a slice allocation (8 bytes, a word, when absent). */
    private static long elementBytes(Instr in) { return in.b() > 0 ? in.b() : 8; }
}
