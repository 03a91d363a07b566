package dev.schedlab.scenarios.lang.lib;

import dev.schedlab.model.vm.Native;
import dev.schedlab.model.vm.Op;
import dev.schedlab.model.vm.SyncKind;
import dev.schedlab.model.vm.SyncOp;
import dev.schedlab.scenarios.lang.check.Type;
import dev.schedlab.scenarios.lang.check.Types;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The standard-library packages SchedLab models, and the methods of their types.
 * Each function says how to compile a call: a runtime instruction (time.Sleep is
 * SLEEP, wg.Done is SYNC WG_DONE) or a pure {@link Native}.
 */
public final class Library {
    public static final Type.Named DURATION = new Type.Named("time", "Duration", Types.INT64);
    public static final Type.Named TIME = new Type.Named("time", "Time", Types.INT64);
    public static final Type.Named WAIT_GROUP = new Type.Named("sync", "WaitGroup", new Type.SyncObject(SyncKind.WAIT_GROUP));
    public static final Type.Named MUTEX = new Type.Named("sync", "Mutex", new Type.SyncObject(SyncKind.MUTEX));
    public static final Type.Named ONCE = new Type.Named("sync", "Once", new Type.SyncObject(SyncKind.ONCE));
    /** sync.Cond: its Locker L (a *sync.Mutex here) and its notifyList. Made by sync.NewCond. */
    public static final Type.Named COND = new Type.Named("sync", "Cond", new Type.Struct(List.of(
            new Type.StructField("L", new Type.Pointer(MUTEX)),
            new Type.StructField("notify", new Type.Any()))));
    public static final Type.Named RW_MUTEX = new Type.Named("sync", "RWMutex", new Type.SyncObject(SyncKind.RW_MUTEX));

    private static final Type ANY = new Type.Any();
    private static final Type ANYS = new Type.Slice(ANY);

    private final Map<String, LibPackage> packages = new HashMap<>();
    private final Map<Type.Named, Map<String, Member.Function>> methods = new HashMap<>();

    public Library() {
        RuntimePackages.define(this);
        TextPackages.define(this);
        add("fmt", Map.of(
                "Println", fn("fmt.Println", sig(List.of(ANYS), List.of(), true), (c, n) -> {
                    c.emit(Op.CALL_NATIVE, n, 1, Natives.SPRINTLN);
                    c.emit(Op.WRITE, 1, 0, null);
                }),
                "Print", fn("fmt.Print", sig(List.of(ANYS), List.of(), true), (c, n) -> {
                    c.emit(Op.CALL_NATIVE, n, 1, Natives.SPRINT);
                    c.emit(Op.WRITE, 1, 0, null);
                }),
                "Printf", fn("fmt.Printf", sig(List.of(Types.STRING, ANYS), List.of(), true), (c, n) -> {
                    c.emit(Op.CALL_NATIVE, n, 1, Natives.SPRINTF);
                    c.emit(Op.WRITE, 1, 0, null);
                }),
                "Sprint", nativeFn(Natives.SPRINT, sig(List.of(ANYS), List.of(Types.STRING), true)),
                "Sprintln", nativeFn(Natives.SPRINTLN, sig(List.of(ANYS), List.of(Types.STRING), true)),
                "Sprintf", nativeFn(Natives.SPRINTF, sig(List.of(Types.STRING, ANYS), List.of(Types.STRING), true))));
        add("strconv", Map.of(
                "Itoa", nativeFn(Natives.ITOA, sig(List.of(Types.INT), List.of(Types.STRING), false)),
                "Quote", nativeFn(Natives.QUOTE, sig(List.of(Types.STRING), List.of(Types.STRING), false))));
        add("strings", Map.of(
                "Join", nativeFn(Natives.JOIN, sig(List.of(new Type.Slice(Types.STRING), Types.STRING), List.of(Types.STRING), false)),
                "Repeat", nativeFn(Natives.REPEAT, sig(List.of(Types.STRING, Types.INT), List.of(Types.STRING), false)),
                "Contains", nativeFn(Natives.CONTAINS, sig(List.of(Types.STRING, Types.STRING), List.of(Types.BOOL), false)),
                "ToUpper", nativeFn(Natives.TO_UPPER, sig(List.of(Types.STRING), List.of(Types.STRING), false)),
                "ToLower", nativeFn(Natives.TO_LOWER, sig(List.of(Types.STRING), List.of(Types.STRING), false))));
        Type pInt32 = new Type.Pointer(Types.INT32);
        Type pInt64 = new Type.Pointer(Types.INT64);
        add("sync/atomic", Map.of(
                "AddInt32", nativeFn(Natives.ADD_INT32, sig(List.of(pInt32, Types.INT32), List.of(Types.INT32), false)),
                "AddInt64", nativeFn(Natives.ADD_INT64, sig(List.of(pInt64, Types.INT64), List.of(Types.INT64), false)),
                "LoadInt32", nativeFn(Natives.LOAD, sig(List.of(pInt32), List.of(Types.INT32), false)),
                "LoadInt64", nativeFn(Natives.LOAD, sig(List.of(pInt64), List.of(Types.INT64), false)),
                "StoreInt32", fn("sync/atomic.StoreInt32", sig(List.of(pInt32, Types.INT32), List.of(), false),
                        (c, n) -> c.emit(Op.CALL_NATIVE, n, 0, Natives.STORE)),
                "StoreInt64", fn("sync/atomic.StoreInt64", sig(List.of(pInt64, Types.INT64), List.of(), false),
                        (c, n) -> c.emit(Op.CALL_NATIVE, n, 0, Natives.STORE)),
                "CompareAndSwapInt32", nativeFn(Natives.CAS, sig(List.of(pInt32, Types.INT32, Types.INT32), List.of(Types.BOOL), false)),
                "CompareAndSwapInt64", nativeFn(Natives.CAS, sig(List.of(pInt64, Types.INT64, Types.INT64), List.of(Types.BOOL), false))));
        add("sync", Map.of(
                "WaitGroup", new Member.TypeDef(WAIT_GROUP),
                "Mutex", new Member.TypeDef(MUTEX),
                "RWMutex", new Member.TypeDef(RW_MUTEX),
                "Once", new Member.TypeDef(ONCE),
                "Cond", new Member.TypeDef(COND),
                // An interface in Go; *sync.Mutex is its only implementation here, so it is that type.
                "Locker", new Member.TypeDef(new Type.Pointer(MUTEX)),
                "NewCond", fn("sync.NewCond", sig(List.of(new Type.Pointer(MUTEX)), List.of(new Type.Pointer(COND)), false), (c, n) -> {
                    c.emit(Op.NEW_SYNC, 0, 0, SyncKind.COND);
                    c.emit(Op.MAKE_STRUCT, 2, 0, null);
                    c.emit(Op.NEW_CELL, 0, 0, null);
                })));
        add("time", Map.of(
                "Duration", new Member.TypeDef(DURATION),
                "Time", new Member.TypeDef(TIME),
                "Nanosecond", new Member.Constant(DURATION, 1L),
                "Microsecond", new Member.Constant(DURATION, 1_000L),
                "Millisecond", new Member.Constant(DURATION, 1_000_000L),
                "Second", new Member.Constant(DURATION, 1_000_000_000L),
                "Minute", new Member.Constant(DURATION, 60_000_000_000L),
                "Sleep", fn("time.Sleep", sig(List.of(DURATION), List.of(), false), (c, n) -> c.emit(Op.SLEEP, 0, 0, null)),
                "Now", fn("time.Now", sig(List.of(), List.of(TIME), false), (c, n) -> c.emit(Op.NANOTIME, 0, 0, null)),
                "Since", fn("time.Since", sig(List.of(TIME), List.of(DURATION), false), (c, n) -> {
                    c.emit(Op.NANOTIME, 0, 0, null);
                    c.emit(Op.SWAP, 0, 0, null);
                    c.emit(Op.SUB, 0, 0, null);
                })));

        syncMethods(WAIT_GROUP, Map.of(
                "Add", syncMethod("sync.(*WaitGroup).Add", WAIT_GROUP, Types.INT, SyncOp.WG_ADD),
                "Done", syncMethod("sync.(*WaitGroup).Done", WAIT_GROUP, null, SyncOp.WG_DONE),
                "Wait", syncMethod("sync.(*WaitGroup).Wait", WAIT_GROUP, null, SyncOp.WG_WAIT)));
        syncMethods(MUTEX, Map.of(
                "Lock", syncMethod("sync.(*Mutex).Lock", MUTEX, null, SyncOp.LOCK),
                "Unlock", syncMethod("sync.(*Mutex).Unlock", MUTEX, null, SyncOp.UNLOCK)));
        syncMethods(ONCE, Map.of("Do", new Member.Function("sync.(*Once).Do",
                sig(List.of(ONCE, new Type.Func(List.of(), List.of(), false)), List.of(), false), Library::onceDo)));
        Type condPtr = new Type.Pointer(COND);
        syncMethods(COND, Map.of(
                "Wait", new Member.Function("sync.(*Cond).Wait", sig(List.of(condPtr), List.of(), false), Library::condWait),
                "Signal", new Member.Function("sync.(*Cond).Signal", sig(List.of(condPtr), List.of(), false),
                        (c, n) -> c.emit(Op.SYNC, 0, 0, SyncOp.COND_SIGNAL)),
                "Broadcast", new Member.Function("sync.(*Cond).Broadcast", sig(List.of(condPtr), List.of(), false),
                        (c, n) -> c.emit(Op.SYNC, 0, 0, SyncOp.COND_BROADCAST))));
        syncMethods(RW_MUTEX, Map.of(
                "Lock", syncMethod("sync.(*RWMutex).Lock", RW_MUTEX, null, SyncOp.LOCK),
                "Unlock", syncMethod("sync.(*RWMutex).Unlock", RW_MUTEX, null, SyncOp.UNLOCK),
                "RLock", syncMethod("sync.(*RWMutex).RLock", RW_MUTEX, null, SyncOp.RLOCK),
                "RUnlock", syncMethod("sync.(*RWMutex).RUnlock", RW_MUTEX, null, SyncOp.RUNLOCK)));
    }

    /**
     * once.Do(f): [once, f] -> a call of sync.(*Once).doSlow, which needs a frame of its own: as in
     * Go, a panicking f still marks the Once done and unlocks it (doSlow's deferred calls run).
     */
    private static void onceDo(CodeSink c, int argc) {
        c.emit(Op.CALL, c.libraryFunction("sync.(*Once).doSlow", 2, Library::onceDoSlow), 2, null);
    }

    /**
     * doSlow(once, f): ONCE_BEGIN says whether this caller runs f (holding the Once's mutex, which
     * concurrent callers wait on); then a deferred ONCE_END (done = 1, unlock) and f().
     */
    private static void onceDoSlow(CodeSink c) {
        int end = c.libraryFunction("sync.(*Once).doSlow.deferwrap1", 1, d -> {
            d.emit(Op.LOAD, 0, 0, null);
            d.emit(Op.SYNC, 0, 0, SyncOp.ONCE_END);
            d.emit(Op.RETURN, 0, 0, null);
        });
        c.emit(Op.LOAD, 0, 0, null);                  // [once]
        c.emit(Op.SYNC, 0, 0, SyncOp.ONCE_BEGIN);     // [run]
        int ret = c.here() + 6;
        c.emit(Op.JUMP_IF_FALSE, ret, 0, null);       // []
        c.emit(Op.MAKE_CLOSURE, end, 0, null);        // [end]
        c.emit(Op.LOAD, 0, 0, null);                  // [end, once]
        c.emit(Op.DEFER, 0, 1, null);                 // []
        c.emit(Op.LOAD, 1, 0, null);                  // [f]
        c.emit(Op.CALL_VALUE, 0, 0, null);            // []
        c.emit(Op.RETURN, 0, 0, null);                // ret: runs the deferred ONCE_END first
    }

    /** c.Wait(): notifyListAdd, c.L.Unlock(), notifyListWait (parks), c.L.Lock(). */
    private static void condWait(CodeSink c, int argc) {
        c.emit(Op.DUP, 0, 0, null);                   // [c, c]
        c.emit(Op.DUP, 0, 0, null);                   // [c, c, c]
        c.emit(Op.SYNC, 0, 0, SyncOp.COND_ADD);       // [c, c, ticket, mu]
        c.emit(Op.SYNC, 0, 0, SyncOp.UNLOCK);         // [c, c, ticket]
        c.emit(Op.SYNC, 0, 0, SyncOp.COND_WAIT);      // [c]
        c.emit(Op.DEREF, 0, 0, null);                 // [cond struct]
        c.emit(Op.CONST, 0, 0, 0L);
        c.emit(Op.INDEX, 0, 0, null);                 // [c.L]
        c.emit(Op.DEREF, 0, 0, null);                 // [mutex]
        c.emit(Op.SYNC, 0, 0, SyncOp.LOCK);           // []
    }

    public LibPackage lookup(String path) { return packages.get(path); }

    /** Sorted import paths, for "supported: ..." messages. */
    public String supportedPaths() { return String.join(", ", new TreeSet<>(packages.keySet())); }

    /** The method of a library type, or null. The receiver is passed as the first argument. */
    public Member.Function method(Type.Named type, String name) {
        Map<String, Member.Function> m = methods.get(type);
        return m == null ? null : m.get(name);
    }

    /** Registers a package, or adds members to one already registered. */
    void add(String path, Map<String, Member> members) {
        LibPackage old = packages.get(path);
        if (old != null) {
            Map<String, Member> all = new LinkedHashMap<>(old.members());
            all.putAll(members);
            members = all;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        packages.put(path, new LibPackage(path, name, new LinkedHashMap<>(members)));
    }

    private void syncMethods(Type.Named type, Map<String, Member.Function> m) { methods(type, m); }

    /**
     * Registers methods of a library type. A method whose first parameter is a pointer to
     * the type takes its receiver's address (atomic.Bool.Store); otherwise the value.
     */
    void methods(Type.Named type, Map<String, Member.Function> m) {
        methods.computeIfAbsent(type, t -> new HashMap<>()).putAll(m);
    }

    private static Member.Function syncMethod(String goName, Type.Named receiver, Type arg, SyncOp op) {
        List<Type> params = arg == null ? List.of(receiver) : List.of(receiver, arg);
        return new Member.Function(goName, sig(params, List.of(), false), (c, n) -> c.emit(Op.SYNC, 0, 0, op));
    }

    static Type.Func sig(List<Type> params, List<Type> results, boolean variadic) {
        return new Type.Func(params, results, variadic);
    }

    static Member.Function fn(String goName, Type.Func sig, Member.Emitter emitter) {
        return new Member.Function(goName, sig, emitter);
    }

    static Member.Function nativeFn(Native n, Type.Func sig) {
        return new Member.Function(n.name(), sig, (c, argc) -> c.emit(Op.CALL_NATIVE, argc, sig.results().size(), n));
    }
}
