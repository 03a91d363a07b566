package dev.schedlab.model.vm;

/**
 * The VM's instruction set: a stack machine. Each constant documents its operands
 * ({@link Instr#a()}, {@link Instr#b()}, {@link Instr#k()}) and its stack effect,
 * written {@code [before] -> [after]} with the top of the stack on the right.
 *
 * <p>Values are Java objects: {@code Long} for every Go integer type (the compiler
 * inserts {@link #CONVERT} for narrower types), {@code Double} for floats,
 * {@code Boolean}, {@code String}, {@link SliceValue}, {@link ArrayValue},
 * {@link StructValue}, {@link MapValue}, {@link Closure}, {@link Ref} (pointers),
 * and opaque runtime objects (channels, sync primitives) made by the {@link Host}.
 * {@code null} is Go's nil.
 *
 * <p>Runtime operations (the ones that can block or touch the scheduler) call the
 * {@link Host}; every other instruction is pure and only costs time.
 */
public enum Op {
    // ---- constants, locals, globals, closures' captured variables
    /** k=value. [] -> [k] */
    CONST,
    /** a=slot. [] -> [locals[a]] */
    LOAD,
    /** a=slot. [v] -> []  (locals[a] = v) */
    STORE,
    /** a=global index. [] -> [globals[a]] */
    LOAD_GLOBAL,
    /** a=global index. [v] -> [] */
    STORE_GLOBAL,
    /** a=index into the running closure's captured cells. [] -> [cell.value] */
    LOAD_FREE,
    /** a=index into the running closure's captured cells. [v] -> [] */
    STORE_FREE,
    /** [v] -> [new Cell(v)]: boxes a variable that a closure captures or whose address is taken. */
    NEW_CELL,
    /** a=global index. [] -> [Ref to globals[a]] */
    ADDR_GLOBAL,
    /** a=captured-cell index. [] -> [the Cell itself, as a Ref] */
    ADDR_FREE,
    /** [ref] -> [ref.get()] */
    DEREF,
    /** [ref, v] -> []  (ref.set(v)) */
    STORE_DEREF,
    /** [container, index] -> [Ref to the element]  (array, slice or struct field: index is Long) */
    ADDR_ELEM,

    // ---- stack shuffling
    POP, DUP,
    /** [a, b] -> [b, a] */
    SWAP,

    // ---- arithmetic and comparison (Long, Double or String operands of the same kind)
    // DIV, MOD, SHR, LT, LE, GT, GE with b=1 treat Long operands as unsigned 64-bit (uint64, uint, uintptr).
    ADD, SUB, MUL, DIV, MOD, NEG,
    AND, OR, XOR, ANDNOT, SHL, SHR, COMPLEMENT,
    EQ, NE, LT, LE, GT, GE,
    /** [bool] -> [!bool] */
    NOT,
    /**
     * a=bits (8,16,32,64), b=1 if unsigned. [Long] -> [Long truncated and sign/zero-extended]; also
     * Double->Long, and Long->Double when k="float" (then b=1 if the source is unsigned 64-bit).
     */
    CONVERT,

    // ---- control flow
    /** a=target pc */
    JUMP,
    /** a=target pc. [bool] -> [] */
    JUMP_IF_FALSE,
    /** a=target pc. [bool] -> [] */
    JUMP_IF_TRUE,

    // ---- calls
    /** a=function index, b=argc. [args...] -> [results...] */
    CALL,
    /** b=argc. [fnvalue, args...] -> [results...]  (fnvalue is a Closure) */
    CALL_VALUE,
    /** k=Native, a=argc, b=number of results (0, 1, or n: an Object[] is spread). [args...] -> [results...] */
    CALL_NATIVE,
    /**
     * a=number of results. [results...] -> (to the caller). Runs pending defers first.
     * With k=ResultSlots (functions with named results) the results are read from those
     * locals after the defers ran, so deferred closures can change them; the stack is ignored.
     */
    RETURN,
    /** a=function index, b=number of captured cells. [cells...] -> [Closure] */
    MAKE_CLOSURE,
    /** b=argc. [fnvalue, args...] -> []  The deferred call runs when the frame returns. */
    DEFER,

    // ---- composite values
    /** a=n. [e1..en] -> [SliceValue of n elements] */
    MAKE_SLICE_LIT,
    /** k=zero element. [len, cap] -> [SliceValue] */
    MAKE_SLICE,
    /** a=length, k=zero element. [] -> [ArrayValue filled with copies of k] */
    NEW_ARRAY,
    /** a=n. [e1..en] -> [ArrayValue] */
    MAKE_ARRAY_LIT,
    /** a=n. [f1..fn] -> [StructValue] */
    MAKE_STRUCT,
    /** k=the zero value of the element type (what m[k] yields for a missing key). [] -> [MapValue] */
    MAKE_MAP,
    /** [container, index] -> [element]  (array, slice, string byte, struct field by Long index, map key) */
    INDEX,
    /** [container, index, v] -> []  (array, slice, struct field, map) */
    STORE_INDEX,
    /** a=bit 1 has low, bit 2 has high, bit 4 has max. [x, low?, high?, max?] -> [slice or string] */
    SLICE,
    /** [x] -> [Long]  (string, slice, array, map; channels go through the Host) */
    LEN,
    /** [x] -> [Long] */
    CAP,
    /** a=n. [slice, v1..vn] -> [slice] */
    APPEND,
    /** [value] -> [deep copy]  (arrays and structs have value semantics) */
    COPY_VALUE,

    // ---- runtime operations (Host)
    /** b=argc. [fnvalue, args...] -> []  newproc */
    GO,
    /** k=zero element. [size] -> [channel] */
    MAKE_CHAN,
    /** [ch, v] -> [] */
    SEND,
    /** a=1 to also push ok. [ch] -> [v] or [v, ok] */
    RECV,
    /** [ch] -> [] */
    CLOSE,
    /** [ch] -> [Long]  len(ch) */
    CHAN_LEN,
    /** [ch] -> [Long]  cap(ch) */
    CHAN_CAP,
    /** k=SelectShape. [operands of each case in order: ch for recv, ch and v for send] -> [case index, received value, ok]  (index -1 = default) */
    SELECT,
    /** [durationNs] -> []  time.Sleep */
    SLEEP,
    /** [] -> []  runtime.Gosched */
    GOSCHED,
    /** k=SyncKind. [] -> [a new sync object (WaitGroup, Mutex, ...)] */
    NEW_SYNC,
    /** k=SyncOp. [target, arg?] -> [result?]  (see SyncOp for each operation's operands) */
    SYNC,
    /** [] -> [Long]  nanoseconds of simulated time since the program started (time.Now, time.Since) */
    NANOTIME,
    /** a=fd (1 stdout, 2 stderr). [string] -> []  a write(2) of the program. a=0: [fd, string] -> [] (fmt.Fprintf) */
    WRITE,
    /** [code] -> (never returns)  os.Exit */
    EXIT,
    /**
     * [value] -> (unwinds)  panic(value): the deferred calls of each frame run, innermost
     * first; one that calls recover() stops the panic and its frame returns normally.
     */
    PANIC,

    // ---- added for the wider subset (after PANIC so that older ordinals keep their meaning)
    /**
     * [map] -> [SliceValue of keys]  the keys a range loop visits, in the order the Host
     * chooses ({@link Host#mapIterationOrder}); the loop skips keys deleted meanwhile.
     */
    MAP_KEYS,
    /**
     * [] -> [value or nil]  recover(): in a deferred call made while its caller panics,
     * stops the panic and pushes the panic's value (a runtime error as its message string
     * "runtime error: ..."); anywhere else pushes nil.
     */
    RECOVER,
    /** [n] -> [previous]  runtime.GOMAXPROCS (Host#gomaxprocs pushes the result). */
    GOMAXPROCS,
    /** [] -> [Long]  runtime.NumGoroutine */
    NUM_GOROUTINE,
    /** [] -> [Long]  runtime.NumCPU */
    NUM_CPU,
    /** [] -> []  runtime.GC */
    GC,
    /** a=1 lock, 0 unlock. [] -> []  runtime.LockOSThread / UnlockOSThread */
    LOCK_OS_THREAD,
    /** [] -> [Long P id]  runtime.procPin (go:linkname) */
    PROC_PIN,
    /** [] -> []  runtime.procUnpin (go:linkname) */
    PROC_UNPIN,
    /** [] -> []  runtime.goyield (go:linkname) */
    GOYIELD,
    /** k=SyscallKind. [operands] -> [results]  (see SyscallKind; the Host pushes the results) */
    SYSCALL,
    /** [] -> [SliceValue of strings]  os.Args */
    OS_ARGS,

    /**
     * [durationNs] -> []  Wait until a network connection becomes readable, {@code durationNs}
     * from now (the lab's {@code lab.NetWait}): the goroutine parks in "IO wait" and the
     * netpoller readies it.
     */
    NET_WAIT,

    /** k=TimerOp. [operands] -> [results]  time.NewTimer, After, NewTicker, Tick, AfterFunc, Stop, Reset (see TimerOp) */
    TIMER;
}
