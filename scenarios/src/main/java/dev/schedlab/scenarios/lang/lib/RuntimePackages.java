package dev.schedlab.scenarios.lang.lib;

import static dev.schedlab.scenarios.lang.lib.Library.fn;
import static dev.schedlab.scenarios.lang.lib.Library.nativeFn;
import static dev.schedlab.scenarios.lang.lib.Library.sig;

import dev.schedlab.model.vm.Native;
import dev.schedlab.model.vm.Op;
import dev.schedlab.model.vm.SyscallKind;
import dev.schedlab.model.vm.TimerOp;
import dev.schedlab.scenarios.lang.check.Type;
import dev.schedlab.scenarios.lang.check.Types;

import java.util.List;
import java.util.Map;

/** runtime, os, syscall, sync/atomic's types and time's methods: what touches the scheduler or the OS. */
final class RuntimePackages {
    private RuntimePackages() {}

    static final Type.Named TIMESPEC = new Type.Named("syscall", "Timespec",
            new Type.Struct(List.of(new Type.StructField("Sec", Types.INT64), new Type.StructField("Nsec", Types.INT64))));
    /** syscall.Signal; os.Signal (an interface in Go) is the same type here, as its only values are syscall.Signals. */
    static final Type.Named SIGNAL = new Type.Named("syscall", "Signal", Types.INT);
    static final Type.Named FILE = new Type.Named("os", "File", new Type.Struct(List.of(new Type.StructField("fd", Types.INT))));
    static final Type FILE_PTR = new Type.Pointer(FILE);
    static final Type.Named ATOMIC_BOOL = atomicType("Bool", Types.BOOL);
    static final Type.Named ATOMIC_INT32 = atomicType("Int32", Types.INT32);
    static final Type.Named ATOMIC_INT64 = atomicType("Int64", Types.INT64);
    private static final Type BYTES = new Type.Slice(Types.UINT8);
    /** time.Timer and time.Ticker: the channel C (nil for AfterFunc's) and the runtime's timer. */
    static final Type.Named TIMER = timerType("Timer");
    static final Type.Named TICKER = timerType("Ticker");
    private static final Type TIME_CHAN = new Type.Chan(2, Library.TIME);
    private static final List<Type> NONE = List.of();
    /** Import path of the lab's Go helper package. */
    public static final String LAB_PACKAGE = "schedlab.dev/library/lab";

    private static Type.Named timerType(String name) {
        return new Type.Named("time", name, new Type.Struct(List.of(
                new Type.StructField("C", new Type.Chan(2, Library.TIME)), new Type.StructField("r", new Type.Any()))));
    }

    private static Type.Named atomicType(String name, Type value) {
        return new Type.Named("sync/atomic", name, new Type.Struct(List.of(new Type.StructField("v", value))));
    }

    static void define(Library lib) {
        lib.add("runtime", Map.of(
                "Gosched", op("runtime.Gosched", NONE, NONE, Op.GOSCHED, 0),
                "GOMAXPROCS", op("runtime.GOMAXPROCS", List.of(Types.INT), List.of(Types.INT), Op.GOMAXPROCS, 0),
                "NumGoroutine", op("runtime.NumGoroutine", NONE, List.of(Types.INT), Op.NUM_GOROUTINE, 0),
                "NumCPU", op("runtime.NumCPU", NONE, List.of(Types.INT), Op.NUM_CPU, 0),
                "GC", op("runtime.GC", NONE, NONE, Op.GC, 0),
                "LockOSThread", op("runtime.LockOSThread", NONE, NONE, Op.LOCK_OS_THREAD, 1),
                "UnlockOSThread", op("runtime.UnlockOSThread", NONE, NONE, Op.LOCK_OS_THREAD, 0)));
        // The lab's helper package for workloads the standard library cannot express simply; its
        // real implementation is scenarios/library/lab/lab.go, so scenarios still build with Go.
        lib.add(LAB_PACKAGE, Map.of(
                "NetWait", op("lab.NetWait", List.of(Library.DURATION), NONE, Op.NET_WAIT, 0)));
        lib.add("os", Map.of(
                "Exit", op("os.Exit", List.of(Types.INT), NONE, Op.EXIT, 0),
                "Args", new Member.Variable(new Type.Slice(Types.STRING), (c, n) -> c.emit(Op.OS_ARGS, 0, 0, null)),
                "Stdout", new Member.Variable(FILE_PTR, (c, n) -> c.emit(Op.CONST, 0, 0, 1L)),
                "Stderr", new Member.Variable(FILE_PTR, (c, n) -> c.emit(Op.CONST, 0, 0, 2L)),
                "File", new Member.TypeDef(FILE),
                "ReadFile", fn("os.ReadFile", sig(List.of(Types.STRING), List.of(BYTES, Types.ERROR), false), (c, n) -> {
                    c.emit(Op.SYSCALL, 0, 0, SyscallKind.READ_FILE);
                    c.emit(Op.CALL_NATIVE, 1, 1, SystemNatives.ERRNO);
                })));
        lib.add("syscall", Map.of(
                "Gettid", syscall("syscall.Gettid", NONE, List.of(Types.INT), SyscallKind.GETTID),
                "Getpid", syscall("syscall.Getpid", NONE, List.of(Types.INT), SyscallKind.GETPID),
                "Read", syscall("syscall.Read", List.of(Types.INT, BYTES), List.of(Types.INT, Types.ERROR), SyscallKind.READ),
                "Write", syscall("syscall.Write", List.of(Types.INT, BYTES), List.of(Types.INT, Types.ERROR), SyscallKind.WRITE),
                "Pipe", fn("syscall.Pipe", sig(List.of(new Type.Slice(Types.INT)), List.of(Types.ERROR), false), (c, n) -> {
                    c.emit(Op.DUP, 0, 0, null);
                    c.emit(Op.SYSCALL, 0, 0, SyscallKind.PIPE);
                    c.emit(Op.CALL_NATIVE, 4, 1, SystemNatives.PIPE_STORE);
                    c.emit(Op.CALL_NATIVE, 1, 1, SystemNatives.ERRNO);
                }),
                "Nanosleep", fn("syscall.Nanosleep", sig(List.of(new Type.Pointer(TIMESPEC), new Type.Pointer(TIMESPEC)), List.of(Types.ERROR), false), (c, n) -> {
                    c.emit(Op.CALL_NATIVE, 2, 1, SystemNatives.TIMESPEC_NS);
                    c.emit(Op.SYSCALL, 0, 0, SyscallKind.NANOSLEEP);
                    c.emit(Op.CALL_NATIVE, 1, 1, SystemNatives.ERRNO);
                }),
                "NsecToTimespec", nativeFn(SystemNatives.NSEC_TO_TIMESPEC, sig(List.of(Types.INT64), List.of(TIMESPEC), false)),
                "Timespec", new Member.TypeDef(TIMESPEC)));
        lib.add("sync/atomic", Map.of(
                "Bool", new Member.TypeDef(ATOMIC_BOOL),
                "Int32", new Member.TypeDef(ATOMIC_INT32),
                "Int64", new Member.TypeDef(ATOMIC_INT64)));
        atomicMethods(lib, ATOMIC_BOOL, Types.BOOL, null);
        atomicMethods(lib, ATOMIC_INT32, Types.INT32, SystemNatives.ATOMIC_ADD_32);
        atomicMethods(lib, ATOMIC_INT64, Types.INT64, SystemNatives.ATOMIC_ADD_64);
        timeMethods(lib);
        timers(lib);
        signals(lib);
    }

    /**
     * os/signal: Notify starts the os/signal.loop goroutine once, which waits in signal_recv
     * (entersyscallblock: its M stays in the kernel, its P is handed off at once). Signals never
     * arrive in the lab, so the channels stay empty.
     */
    private static void signals(Library lib) {
        Type sigChan = new Type.Chan(1, SIGNAL);
        lib.add("os/signal", Map.of(
                "Notify", fn("os/signal.Notify", sig(List.of(sigChan, new Type.Slice(SIGNAL)), NONE, true), (c, n) -> {
                    for (int i = 0; i < n; i++) c.emit(Op.POP, 0, 0, null);
                    c.emit(Op.SYSCALL, 0, 0, SyscallKind.SIGNAL_WATCH);  // [start]
                    int end = c.here() + 3;
                    c.emit(Op.JUMP_IF_FALSE, end, 0, null);
                    c.emit(Op.MAKE_CLOSURE, c.libraryFunction("os/signal.loop", 0, RuntimePackages::signalLoop), 0, null);
                    c.emit(Op.GO, 0, 0, null);
                    c.emit(Op.SYSCALL, 0, 0, SyscallKind.SIGNAL_ENABLE); // end: ensureSigM
                }),
                "Stop", fn("os/signal.Stop", sig(List.of(sigChan), NONE, false), (c, n) -> c.emit(Op.POP, 0, 0, null))));
        lib.add("os", Map.of(
                "Signal", new Member.TypeDef(SIGNAL),
                "Interrupt", new Member.Constant(SIGNAL, 2L),
                "Kill", new Member.Constant(SIGNAL, 9L)));
        lib.add("syscall", Map.of(
                "Signal", new Member.TypeDef(SIGNAL),
                "SIGHUP", new Member.Constant(SIGNAL, 1L),
                "SIGINT", new Member.Constant(SIGNAL, 2L),
                "SIGQUIT", new Member.Constant(SIGNAL, 3L),
                "SIGKILL", new Member.Constant(SIGNAL, 9L),
                "SIGUSR1", new Member.Constant(SIGNAL, 10L),
                "SIGUSR2", new Member.Constant(SIGNAL, 12L),
                "SIGTERM", new Member.Constant(SIGNAL, 15L)));
        lib.methods(SIGNAL, Map.of(
                "String", method("syscall.Signal.String", List.of(SIGNAL), List.of(Types.STRING), SystemNatives.SIGNAL_STRING)));
    }

    /** os/signal.loop: for { process(signal_recv()) }; signal_recv never returns in the lab. */
    private static void signalLoop(CodeSink c) {
        c.emit(Op.SYSCALL, 0, 0, SyscallKind.SIGNAL_RECV);
        c.emit(Op.POP, 0, 0, null);
        c.emit(Op.JUMP, 0, 0, null);
    }

    /** Timers and tickers (Go 1.23 synchronous timer channels): one TIMER instruction each. */
    private static void timers(Library lib) {
        Type d = Library.DURATION;
        Type timer = new Type.Pointer(TIMER);
        Type ticker = new Type.Pointer(TICKER);
        Type func = new Type.Func(NONE, NONE, false);
        lib.add("time", Map.of(
                "Hour", new Member.Constant(d, 3_600_000_000_000L),
                "Timer", new Member.TypeDef(TIMER),
                "Ticker", new Member.TypeDef(TICKER),
                "NewTimer", timerOp("time.NewTimer", List.of(d), List.of(timer), TimerOp.NEW_TIMER),
                "After", timerOp("time.After", List.of(d), List.of(TIME_CHAN), TimerOp.AFTER),
                "NewTicker", timerOp("time.NewTicker", List.of(d), List.of(ticker), TimerOp.NEW_TICKER),
                "Tick", timerOp("time.Tick", List.of(d), List.of(TIME_CHAN), TimerOp.TICK),
                "AfterFunc", timerOp("time.AfterFunc", List.of(d, func), List.of(timer), TimerOp.AFTER_FUNC)));
        lib.methods(TIMER, Map.of(
                "Stop", timerOp("time.(*Timer).Stop", List.of(timer), List.of(Types.BOOL), TimerOp.STOP),
                "Reset", timerOp("time.(*Timer).Reset", List.of(timer, d), List.of(Types.BOOL), TimerOp.RESET)));
        lib.methods(TICKER, Map.of(
                "Stop", timerOp("time.(*Ticker).Stop", List.of(ticker), NONE, TimerOp.TICKER_STOP),
                "Reset", timerOp("time.(*Ticker).Reset", List.of(ticker, d), NONE, TimerOp.TICKER_RESET)));
    }

    private static Member.Function timerOp(String name, List<Type> params, List<Type> results, TimerOp op) {
        return fn(name, sig(params, results, false), (c, n) -> c.emit(Op.TIMER, 0, 0, op));
    }

    private static void atomicMethods(Library lib, Type.Named type, Type value, Native add) {
        Type recv = new Type.Pointer(type);
        String prefix = "sync/atomic.(*" + type.name() + ").";
        Map<String, Member.Function> m = new java.util.HashMap<>(Map.of(
                "Load", method(prefix + "Load", List.of(recv), List.of(value), SystemNatives.ATOMIC_LOAD),
                "Store", method(prefix + "Store", List.of(recv, value), NONE, SystemNatives.ATOMIC_STORE),
                "Swap", method(prefix + "Swap", List.of(recv, value), List.of(value), SystemNatives.ATOMIC_SWAP),
                "CompareAndSwap", method(prefix + "CompareAndSwap", List.of(recv, value, value), List.of(Types.BOOL), SystemNatives.ATOMIC_CAS)));
        if (add != null) m.put("Add", method(prefix + "Add", List.of(recv, value), List.of(value), add));
        lib.methods(type, m);
    }

    /** time.Duration's and time.Time's methods: plain arithmetic on nanoseconds. */
    private static void timeMethods(Library lib) {
        Type.Named d = Library.DURATION;
        lib.methods(d, Map.of(
                "Nanoseconds", arith("time.Duration.Nanoseconds", d, Types.INT64, 1),
                "Microseconds", arith("time.Duration.Microseconds", d, Types.INT64, 1_000),
                "Milliseconds", arith("time.Duration.Milliseconds", d, Types.INT64, 1_000_000),
                "Seconds", method("time.Duration.Seconds", List.of(d), List.of(Types.FLOAT64), DurationNatives.SECONDS),
                "Minutes", method("time.Duration.Minutes", List.of(d), List.of(Types.FLOAT64), DurationNatives.MINUTES),
                "Hours", method("time.Duration.Hours", List.of(d), List.of(Types.FLOAT64), DurationNatives.HOURS),
                "Truncate", method("time.Duration.Truncate", List.of(d, d), List.of(d), DurationNatives.TRUNCATE),
                "Round", method("time.Duration.Round", List.of(d, d), List.of(d), DurationNatives.ROUND),
                "Abs", method("time.Duration.Abs", List.of(d), List.of(d), DurationNatives.ABS),
                "String", method("time.Duration.String", List.of(d), List.of(Types.STRING), TextNatives.DURATION_STRING)));
        Type.Named t = Library.TIME;
        lib.methods(t, Map.of(
                "Sub", fn("time.Time.Sub", sig(List.of(t, t), List.of(d), false), (c, n) -> c.emit(Op.SUB, 0, 0, null)),
                "Add", fn("time.Time.Add", sig(List.of(t, d), List.of(t), false), (c, n) -> c.emit(Op.ADD, 0, 0, null)),
                "Before", fn("time.Time.Before", sig(List.of(t, t), List.of(Types.BOOL), false), (c, n) -> c.emit(Op.LT, 0, 0, null)),
                "After", fn("time.Time.After", sig(List.of(t, t), List.of(Types.BOOL), false), (c, n) -> c.emit(Op.GT, 0, 0, null))));
    }

    private static Member.Function arith(String name, Type.Named d, Type result, long divisor) {
        return fn(name, sig(List.of(d), List.of(result), false), (c, n) -> {
            if (divisor == 1) return;
            c.emit(Op.CONST, 0, 0, divisor);
            c.emit(Op.DIV, 0, 0, null);
        });
    }

    private static Member.Function method(String name, List<Type> params, List<Type> results, Native n) {
        return fn(name, sig(params, results, false), (c, argc) -> c.emit(Op.CALL_NATIVE, argc, results.size(), n));
    }

    private static Member.Function op(String name, List<Type> params, List<Type> results, Op op, int a) {
        return fn(name, sig(params, results, false), (c, n) -> c.emit(op, a, 0, null));
    }

    /** A syscall whose Go results are the SyscallKind's, the last one an errno turned into an error. */
    private static Member.Function syscall(String name, List<Type> params, List<Type> results, SyscallKind kind) {
        return fn(name, sig(params, results, false), (c, n) -> {
            c.emit(Op.SYSCALL, 0, 0, kind);
            if (results.contains(Types.ERROR)) c.emit(Op.CALL_NATIVE, 1, 1, SystemNatives.ERRNO);
        });
    }
}
