package dev.schedlab.scenarios.lang.compile;

import dev.schedlab.model.vm.Function;
import dev.schedlab.model.vm.Op;
import dev.schedlab.model.vm.ResultSlots;
import dev.schedlab.model.vm.SyncKind;
import dev.schedlab.scenarios.lang.check.FuncInfo;
import dev.schedlab.scenarios.lang.check.Info;
import dev.schedlab.scenarios.lang.check.Symbol;
import dev.schedlab.scenarios.lang.check.Type;
import dev.schedlab.scenarios.lang.check.Types;
import dev.schedlab.scenarios.lang.syntax.Decl;
import dev.schedlab.scenarios.lang.syntax.Expr;
import dev.schedlab.scenarios.lang.syntax.Pos;
import dev.schedlab.scenarios.lang.syntax.Stmt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles one function's statements to VM code. Variables that a closure captures or
 * whose address is taken live in a Cell (NEW_CELL); others in plain slots.
 */
final class FunctionCompiler {
    private final ProgramCompiler pc;
    private final Info info;
    private final FuncInfo fn;
    private final CodeBuilder b;
    private final Map<Symbol.Var, Integer> slots = new HashMap<>();
    private final Deque<Target> targets = new ArrayDeque<>();
    private final Exprs exprs;

    /** A break/continue target: a loop (continueAt set later) or a switch (isLoop false); label may be null. */
    private static final class Target {
        final boolean isLoop;
        final String label;
        final List<Integer> breaks = new ArrayList<>();
        final List<Integer> continues = new ArrayList<>();

        Target(boolean isLoop, String label) {
            this.isLoop = isLoop;
            this.label = label;
        }
    }

    /** The label of the statement being compiled, taken by the loop, switch or select it labels. */
    private String pendingLabel;
    /** Set when the function has a defer statement: it then needs a recovery point. */
    private boolean defers;
    private Pos bodyEnd = new Pos(0, 0);

    private FunctionCompiler(ProgramCompiler pc, FuncInfo fn) {
        this.pc = pc;
        this.b = new CodeBuilder(pc);
        this.info = pc.info;
        this.fn = fn;
        this.exprs = new Exprs(this);
    }

    // ---- entry points

    static Function compileInit(ProgramCompiler pc, int index) {
        FunctionCompiler c = new FunctionCompiler(pc, pc.info.packageInit);
        c.b.at(pc.packagePos);
        int g = 0;
        for (Decl.ValueSpec spec : pc.info.globalSpecs) {
            List<Symbol.Var> vars = pc.info.globals.subList(g, g + spec.names().size());
            g += spec.names().size();
            c.b.at(spec.pos());
            c.initVars(spec, vars);
        }
        c.b.at(pc.packagePos);
        for (FuncInfo init : pc.info.initFunctions) c.b.emit(Op.CALL, pc.indexOf(init), 0, null);
        c.b.emit(Op.RETURN, 0);
        return pc.define(index, "main.init", pc.packagePos, 0, c.b);
    }

    static void compileFunction(ProgramCompiler pc, FuncInfo fn, int index, Pos pos, Expr.FuncType type, Stmt.Block body) {
        FunctionCompiler c = new FunctionCompiler(pc, fn);
        c.body(pos, body);
        int recoverPc = c.defers ? c.recoveryEpilogue() : -1;
        pc.define(index, fn.name, pos, fn.params.size(), c.b).setRecoverPc(recoverPc);
    }

    /** Where the function resumes after a deferred call recovered a panic: return the result variables (or zeros). */
    private int recoveryEpilogue() {
        int pc = b.here();
        if (fn.hasNamedResults()) {
            b.emit(Op.RETURN, fn.results.size(), 0, resultSlots());
        } else {
            for (Type t : fn.signature.results()) zero(t, bodyEnd);
            b.emit(Op.RETURN, fn.signature.results().size());
        }
        return pc;
    }

    private ResultSlots resultSlots() {
        int n = fn.results.size();
        int[] slots = new int[n];
        boolean[] boxed = new boolean[n];
        for (int i = 0; i < n; i++) {
            slots[i] = slot(fn.results.get(i));
            boxed[i] = fn.results.get(i).boxed();
        }
        return new ResultSlots(slots, boxed);
    }

    private void body(Pos pos, Stmt.Block body) {
        b.at(pos);
        for (Symbol.Var p : fn.params) slots.put(p, b.newSlot(p.name()));
        for (Symbol.Var p : fn.params) {
            if (p.boxed()) { // parameters arrive as values; box the captured ones
                b.emit(Op.LOAD, slots.get(p));
                b.emit(Op.NEW_CELL);
                b.emit(Op.STORE, slots.get(p));
            }
        }
        for (Symbol.Var r : fn.results) {
            if (r != null) declare(r, () -> zero(r.type, pos));
        }
        for (Stmt s : body.stmts()) stmt(s);
        bodyEnd = body.end();
        b.at(body.end());
        if (fn.signature.results().isEmpty()) {
            b.emit(Op.RETURN, 0);
        } else {
            b.constant("unreachable: missing return"); // the checker guarantees a return
            b.emit(Op.PANIC);
        }
    }

    /** Compiles a function literal and returns its function index. */
    int literal(Expr.FuncLit fl) {
        FuncInfo f = info.literals.get(fl);
        int index = pc.reserve(f);
        compileFunction(pc, f, index, fl.pos(), fl.type(), fl.body());
        return index;
    }

    // ---- variables

    CodeBuilder code() { return b; }

    Info info() { return info; }

    ProgramCompiler program() { return pc; }

    FuncInfo function() { return fn; }

    void load(Symbol.Var v) {
        if (v.isGlobal()) b.emit(Op.LOAD_GLOBAL, v.globalIndex);
        else if (v.owner != fn) b.emit(Op.LOAD_FREE, fn.freeIndex(v));
        else {
            b.emit(Op.LOAD, slot(v));
            if (v.boxed()) b.emit(Op.DEREF);
        }
    }

    void store(Symbol.Var v, Runnable value) {
        if (v.isGlobal()) { value.run(); b.emit(Op.STORE_GLOBAL, v.globalIndex); }
        else if (v.owner != fn) { value.run(); b.emit(Op.STORE_FREE, fn.freeIndex(v)); }
        else if (v.boxed()) { b.emit(Op.LOAD, slot(v)); value.run(); b.emit(Op.STORE_DEREF); }
        else { value.run(); b.emit(Op.STORE, slot(v)); }
    }

    /** Pushes a pointer to the variable: its cell, or a reference to the global. */
    void address(Symbol.Var v) {
        if (v.isGlobal()) b.emit(Op.ADDR_GLOBAL, v.globalIndex);
        else if (v.owner != fn) b.emit(Op.ADDR_FREE, fn.freeIndex(v));
        else b.emit(Op.LOAD, slot(v));
    }

    /** Pushes the cell of a captured variable, for MAKE_CLOSURE. */
    void cell(Symbol.Var v) {
        if (v.owner != fn) b.emit(Op.ADDR_FREE, fn.freeIndex(v));
        else b.emit(Op.LOAD, slot(v));
    }

    private int slot(Symbol.Var v) {
        Integer s = slots.get(v);
        if (s == null) { // declared on a path compiled later (cannot happen for checked code); allocate
            s = b.newSlot(v.name());
            slots.put(v, s);
        }
        return s;
    }

    /** Declares a new local (a fresh slot, and a fresh cell if boxed) initialised by value. */
    void declare(Symbol.Var v, Runnable value) {
        if (v.isGlobal()) { store(v, value); return; }
        value.run();
        if (v.boxed()) b.emit(Op.NEW_CELL);
        Integer s = slots.get(v);
        if (s == null) {
            s = b.newSlot(v.name());
            slots.put(v, s);
        }
        b.emit(Op.STORE, s);
    }

    int temp(String what) { return b.newSlot("." + what); }

    void zero(Type t, Pos pos) {
        Object k = Zero.constant(t);
        if (k != Zero.NEEDS_CODE) {
            b.constant(k);
            // CONST pushes the instruction's own object: each variable needs its own array or struct
            if (Types.hasValueSemantics(t)) b.emit(Op.COPY_VALUE);
            return;
        }
        Type u = t.underlying();
        if (u instanceof Type.SyncObject so) {
            b.emit(Op.NEW_SYNC, 0, 0, so.kind());
        } else if (u instanceof Type.Struct s) {
            for (Type.StructField f : s.fields()) zero(f.type(), pos);
            b.emit(Op.MAKE_STRUCT, s.fields().size());
        } else {
            pc.error(pos, "arrays of " + ((Type.Array) u).element() + " are not supported by SchedLab (use a slice of pointers made in a loop)");
            b.constant(null);
        }
    }

    static SyncKind syncKindOf(Type t) { return t.underlying() instanceof Type.SyncObject s ? s.kind() : null; }

    // ---- statements

    void stmt(Stmt s) {
        Pos saved = b.at(s.pos());
        try {
            if (s instanceof Stmt.Block blk) { for (Stmt x : blk.stmts()) stmt(x); }
            else if (s instanceof Stmt.ExprStmt es) exprStmt(es.x());
            else if (s instanceof Stmt.Send send) {
                exprs.expr(send.channel());
                exprs.value(send.value());
                b.emit(Op.SEND);
            } else if (s instanceof Stmt.IncDec id) {
                Type t = info.type(id.x());
                exprs.assignTo(id.x(), () -> {
                    exprs.expr(id.x());
                    b.constant(Types.isFloat(t) ? (Object) 1.0 : (Object) 1L);
                    exprs.arith(id.increment() ? "+" : "-", t);
                });
            } else if (s instanceof Stmt.Assign a) assign(a);
            else if (s instanceof Stmt.DeclStmt d) declStmt(d.decl());
            else if (s instanceof Stmt.Go g) exprs.goOrDefer(g.call(), Op.GO);
            else if (s instanceof Stmt.Defer d) {
                defers = true;
                exprs.goOrDefer(d.call(), Op.DEFER);
            } else if (s instanceof Stmt.Labeled l) {
                pendingLabel = l.label().name();
                stmt(l.stmt());
            }
            else if (s instanceof Stmt.Return r) returnStmt(r);
            else if (s instanceof Stmt.Branch br) branch(br);
            else if (s instanceof Stmt.If i) ifStmt(i);
            else if (s instanceof Stmt.For f) forStmt(f);
            else if (s instanceof Stmt.Range r) rangeStmt(r);
            else if (s instanceof Stmt.Switch sw) switchStmt(sw);
            else if (s instanceof Stmt.Select sel) selectStmt(sel);
            else if (!(s instanceof Stmt.Empty)) throw new IllegalStateException("statement not compiled: " + s.getClass().getSimpleName());
        } finally {
            b.at(saved);
        }
    }

    private void exprStmt(Expr x) {
        Expr e = unparen(x);
        if (e instanceof Expr.Call call) {
            int n = exprs.call(call);
            for (int i = 0; i < n; i++) b.emit(Op.POP);
        } else {
            exprs.expr(e);
            b.emit(Op.POP);
        }
    }

    private void assign(Stmt.Assign a) {
        if (!a.op().equals("=") && !a.op().equals(":=")) {
            String op = a.op().substring(0, a.op().length() - 1);
            Expr lhs = a.lhs().get(0);
            Type t = info.type(lhs);
            exprs.assignTo(lhs, () -> {
                exprs.expr(lhs);
                exprs.expr(a.rhs().get(0));
                exprs.arith(op, t);
            });
            return;
        }
        boolean define = a.op().equals(":=");
        if (a.lhs().size() == 1 && a.rhs().size() == 1) {
            assignOne(a.lhs().get(0), define, () -> exprs.value(a.rhs().get(0)));
            return;
        }
        // Evaluate every right-hand value first (Go's rule for a, b = b, a), into temporaries.
        int n = a.lhs().size();
        int[] temps = new int[n];
        for (int i = 0; i < n; i++) temps[i] = temp("tmp");
        if (a.rhs().size() == n) {
            for (int i = 0; i < n; i++) {
                exprs.value(a.rhs().get(i));
                b.emit(Op.STORE, temps[i]);
            }
        } else {
            exprs.multi(a.rhs().get(0), n);
            for (int i = n - 1; i >= 0; i--) b.emit(Op.STORE, temps[i]);
        }
        for (int i = 0; i < n; i++) {
            int t = temps[i];
            assignOne(a.lhs().get(i), define, () -> b.emit(Op.LOAD, t));
        }
    }

    /** return x, y in a function with named results: the values go to the result variables (evaluated first, as in a, b = x, y). */
    private void assignResults(Stmt.Assign a) {
        int n = fn.results.size();
        int[] temps = new int[n];
        for (int i = 0; i < n; i++) temps[i] = temp("tmp");
        if (a.rhs().size() == n) {
            for (int i = 0; i < n; i++) {
                exprs.value(a.rhs().get(i));
                b.emit(Op.STORE, temps[i]);
            }
        } else {
            exprs.multi(a.rhs().get(0), n);
            for (int i = n - 1; i >= 0; i--) b.emit(Op.STORE, temps[i]);
        }
        for (int i = 0; i < n; i++) {
            int t = temps[i];
            store(fn.results.get(i), () -> b.emit(Op.LOAD, t));
        }
    }

    private void assignOne(Expr lhs, boolean define, Runnable value) {
        if (define && lhs instanceof Expr.Ident id && info.symbols.get(id) instanceof Symbol.Var v && !slots.containsKey(v) && !v.isGlobal() && v.owner == fn) {
            declare(v, value);
            return;
        }
        exprs.assignTo(lhs, value);
    }

    private void declStmt(Decl.GenDecl d) {
        if (!d.keyword().equals("var")) return; // constants are folded, types have no code
        for (Decl.Spec s : d.specs()) {
            Decl.ValueSpec vs = (Decl.ValueSpec) s;
            List<Symbol.Var> vars = new ArrayList<>();
            for (Expr.Ident n : vs.names()) vars.add((Symbol.Var) info.symbols.get(n));
            b.at(vs.pos());
            initVars(vs, vars);
        }
    }

    /** var a, b T = x, y (locals or, in package init, globals). */
    private void initVars(Decl.ValueSpec vs, List<Symbol.Var> vars) {
        if (vs.values().isEmpty()) {
            for (Symbol.Var v : vars) declare(v, () -> zero(v.type, vs.pos()));
            return;
        }
        if (vs.values().size() == vars.size()) {
            if (vars.size() == 1) {
                declare(vars.get(0), () -> exprs.value(vs.values().get(0)));
                return;
            }
            int[] temps = new int[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                temps[i] = temp("tmp");
                exprs.value(vs.values().get(i));
                b.emit(Op.STORE, temps[i]);
            }
            for (int i = 0; i < vars.size(); i++) {
                int t = temps[i];
                declare(vars.get(i), () -> b.emit(Op.LOAD, t));
            }
            return;
        }
        exprs.multi(vs.values().get(0), vars.size());
        int[] temps = new int[vars.size()];
        for (int i = vars.size() - 1; i >= 0; i--) {
            temps[i] = temp("tmp");
            b.emit(Op.STORE, temps[i]);
        }
        for (int i = 0; i < vars.size(); i++) {
            int t = temps[i];
            declare(vars.get(i), () -> b.emit(Op.LOAD, t));
        }
    }

    private void returnStmt(Stmt.Return r) {
        int n = fn.signature.results().size();
        if (fn.hasNamedResults()) {
            // Assign the operands to the result variables; RETURN reads them after the defers ran.
            if (!r.results().isEmpty()) {
                Stmt.Assign a = new Stmt.Assign(r.pos(), fn.results.stream().map(v -> (Expr) new Expr.Ident(r.pos(), v.name())).toList(), "=", r.results());
                assignResults(a);
            }
            b.emit(Op.RETURN, n, 0, resultSlots());
            return;
        }
        if (r.results().size() == 1 && n > 1) {
            exprs.multi(r.results().get(0), n);
        } else {
            for (Expr e : r.results()) exprs.value(e);
        }
        b.emit(Op.RETURN, n);
    }

    private void branch(Stmt.Branch br) {
        if (br.keyword().equals("fallthrough")) {
            fallthroughJumps.add(b.jump(Op.JUMP));
            return;
        }
        String label = br.label() == null ? null : br.label().name();
        boolean isBreak = br.keyword().equals("break");
        for (Target t : targets) {
            if (label != null ? label.equals(t.label) : isBreak || t.isLoop) {
                (isBreak ? t.breaks : t.continues).add(b.jump(Op.JUMP));
                return;
            }
        }
    }

    /** fallthrough jumps of the case clause being compiled, patched to the next clause's body. */
    private List<Integer> fallthroughJumps = new ArrayList<>();

    private Target newTarget(boolean isLoop) {
        Target t = new Target(isLoop, pendingLabel);
        pendingLabel = null;
        return t;
    }

    private void ifStmt(Stmt.If s) {
        if (s.init() != null) stmt(s.init());
        exprs.expr(s.cond());
        int toElse = b.jump(Op.JUMP_IF_FALSE);
        stmt(s.then());
        if (s.otherwise() == null) {
            b.patch(toElse, b.here());
            return;
        }
        int toEnd = b.jump(Op.JUMP);
        b.patch(toElse, b.here());
        stmt(s.otherwise());
        b.patch(toEnd, b.here());
    }

    private void forStmt(Stmt.For s) {
        Target label = newTarget(true);
        if (s.init() != null) stmt(s.init());
        int top = b.here();
        int exit = -1;
        if (s.cond() != null) {
            exprs.expr(s.cond());
            exit = b.jump(Op.JUMP_IF_FALSE);
        }
        Target t = loopBody(s.body(), label);
        int continueAt = b.here();
        // Go 1.22: each iteration has its own copy of the loop variables; a fresh cell per
        // iteration matters only when a closure captured (or a pointer kept) the variable.
        if (s.init() instanceof Stmt.Assign a && a.op().equals(":=")) {
            for (Expr l : a.lhs()) {
                if (l instanceof Expr.Ident id && info.symbols.get(id) instanceof Symbol.Var v && v.boxed() && v.owner == fn) {
                    b.emit(Op.LOAD, slot(v));
                    b.emit(Op.DEREF);
                    b.emit(Op.NEW_CELL);
                    b.emit(Op.STORE, slot(v));
                }
            }
        }
        if (s.post() != null) stmt(s.post());
        b.emit(Op.JUMP, top);
        int end = b.here();
        if (exit >= 0) b.patch(exit, end);
        close(t, continueAt, end);
    }

    private Target loopBody(Stmt.Block body) {
        return loopBody(body, newTarget(true));
    }

    private Target loopBody(Stmt.Block body, Target t) {
        targets.push(t);
        stmt(body);
        targets.pop();
        return t;
    }

    private void close(Target t, int continueAt, int end) {
        for (int j : t.breaks) b.patch(j, end);
        for (int j : t.continues) b.patch(j, continueAt);
    }

    private void rangeStmt(Stmt.Range r) {
        Type xt = info.type(r.x());
        Type u = xt.underlying();
        Target label = newTarget(true);
        if (u instanceof Type.Chan) {
            rangeChannel(r, label);
            return;
        }
        if (u instanceof Type.MapOf) {
            rangeMap(r, label);
            return;
        }
        if (Types.isString(xt)) {
            rangeString(r, label);
            return;
        }
        boolean overInt = Types.isInteger(xt);
        int coll = temp("range");
        int limit = temp("len");
        int idx = temp("i");
        exprs.expr(r.x());
        if (!overInt && r.value() != null && Types.hasValueSemantics(xt)) b.emit(Op.COPY_VALUE); // range copies an array
        b.emit(Op.STORE, coll);
        if (overInt) {
            b.emit(Op.LOAD, coll);
        } else {
            b.emit(Op.LOAD, coll);
            b.emit(Op.LEN);
        }
        b.emit(Op.STORE, limit);
        b.constant(0L);
        b.emit(Op.STORE, idx);
        int top = b.here();
        b.emit(Op.LOAD, idx);
        b.emit(Op.LOAD, limit);
        b.emit(Op.LT, 0, overInt && Types.isUnsigned64(xt) ? 1 : 0, null); // range over a uint64 compares unsigned
        int exit = b.jump(Op.JUMP_IF_FALSE);
        if (r.key() != null) rangeAssign(r.key(), r.define(), () -> b.emit(Op.LOAD, idx));
        if (r.value() != null) {
            Type elem = u instanceof Type.Slice s ? s.element() : u instanceof Type.Array a ? a.element()
                    : ((Type.Array) ((Type.Pointer) u).element().underlying()).element();
            rangeAssign(r.value(), r.define(), () -> {
                b.emit(Op.LOAD, coll);
                b.emit(Op.LOAD, idx);
                b.emit(Op.INDEX);
                if (Types.hasValueSemantics(elem)) b.emit(Op.COPY_VALUE);
            });
        }
        Target t = loopBody(r.body(), label);
        endIndexLoop(t, idx, () -> b.constant(1L), top, exit, b.here());
    }

    /** for v := range ch: receive with ok until the channel is closed and drained. */
    private void rangeChannel(Stmt.Range r, Target label) {
        int ch = temp("ch");
        exprs.expr(r.x());
        b.emit(Op.STORE, ch);
        int top = b.here();
        b.emit(Op.LOAD, ch);
        b.emit(Op.RECV, 1);
        int exit = b.jump(Op.JUMP_IF_FALSE);
        if (r.key() != null && !(r.key() instanceof Expr.Ident id && id.name().equals("_"))) {
            int v = temp("v");
            b.emit(Op.STORE, v);
            rangeAssign(r.key(), r.define(), () -> b.emit(Op.LOAD, v));
        } else {
            b.emit(Op.POP);
        }
        Target t = loopBody(r.body(), label);
        b.emit(Op.JUMP, top);
        int popExit = b.here();
        b.emit(Op.POP); // the zero value received with ok=false
        int end = b.here();
        b.patch(exit, popExit);
        close(t, top, end);
    }

    /**
     * for k, v := range m: the keys are taken once (MAP_KEYS, in the runtime's random order);
     * a key deleted before its turn is skipped, as Go's iterator skips deleted entries.
     */
    private void rangeMap(Stmt.Range r, Target label) {
        int map = temp("map");
        int keys = temp("keys");
        int idx = temp("i");
        int value = temp("v");
        exprs.expr(r.x());
        b.emit(Op.DUP);
        b.emit(Op.STORE, map);
        b.emit(Op.MAP_KEYS);
        b.emit(Op.STORE, keys);
        b.constant(0L);
        b.emit(Op.STORE, idx);
        int top = b.here();
        int exit = exitUnlessBelowLength(idx, keys);
        b.emit(Op.LOAD, map);
        b.emit(Op.LOAD, keys);
        b.emit(Op.LOAD, idx);
        b.emit(Op.INDEX);
        b.emit(Op.CALL_NATIVE, 2, 2, dev.schedlab.scenarios.lang.lib.Natives.MAP_LOOKUP);
        int present = b.jump(Op.JUMP_IF_TRUE);
        b.emit(Op.POP);
        int skip = b.jump(Op.JUMP);
        b.patch(present, b.here());
        b.emit(Op.STORE, value);
        if (r.key() != null) rangeAssign(r.key(), r.define(), () -> {
            b.emit(Op.LOAD, keys);
            b.emit(Op.LOAD, idx);
            b.emit(Op.INDEX);
        });
        if (r.value() != null) rangeAssign(r.value(), r.define(), () -> b.emit(Op.LOAD, value));
        Target t = loopBody(r.body(), label);
        int continueAt = b.here();
        b.patch(skip, continueAt);
        endIndexLoop(t, idx, () -> b.constant(1L), top, exit, continueAt);
    }

    /** for i, r := range s: i is the byte offset of each UTF-8 encoded rune r (U+FFFD, width 1, for invalid bytes). */
    private void rangeString(Stmt.Range r, Target label) {
        int str = temp("str");
        int idx = temp("i");
        int width = temp("w");
        int rune = temp("r");
        exprs.expr(r.x());
        b.emit(Op.STORE, str);
        b.constant(0L);
        b.emit(Op.STORE, idx);
        int top = b.here();
        int exit = exitUnlessBelowLength(idx, str);
        b.emit(Op.LOAD, str);
        b.emit(Op.LOAD, idx);
        b.emit(Op.CALL_NATIVE, 2, 2, dev.schedlab.scenarios.lang.lib.Natives.DECODE_RUNE);
        b.emit(Op.STORE, width);
        b.emit(Op.STORE, rune);
        if (r.key() != null) rangeAssign(r.key(), r.define(), () -> b.emit(Op.LOAD, idx));
        if (r.value() != null) rangeAssign(r.value(), r.define(), () -> b.emit(Op.LOAD, rune));
        Target t = loopBody(r.body(), label);
        endIndexLoop(t, idx, () -> b.emit(Op.LOAD, width), top, exit, b.here());
    }

    /** The loop's test {@code idx < len(seq)}: returns the jump out, to patch at the loop's end. */
    private int exitUnlessBelowLength(int idx, int seq) {
        b.emit(Op.LOAD, idx);
        b.emit(Op.LOAD, seq);
        b.emit(Op.LEN);
        b.emit(Op.LT);
        return b.jump(Op.JUMP_IF_FALSE);
    }

    /**
     * An index loop's end, where {@code continue} goes ({@code continueAt}): idx += step, back to
     * {@code top}; the exit jump and the loop's breaks land after it.
     */
    private void endIndexLoop(Target t, int idx, Runnable step, int top, int exit, int continueAt) {
        b.emit(Op.LOAD, idx);
        step.run();
        b.emit(Op.ADD);
        b.emit(Op.STORE, idx);
        b.emit(Op.JUMP, top);
        int end = b.here();
        b.patch(exit, end);
        close(t, continueAt, end);
    }

    private void rangeAssign(Expr target, boolean define, Runnable value) {
        if (target instanceof Expr.Ident id && id.name().equals("_")) return;
        if (define) declare((Symbol.Var) info.symbols.get((Expr.Ident) target), value);
        else exprs.assignTo(target, value);
    }

    private void switchStmt(Stmt.Switch s) {
        Target t = newTarget(false);
        if (s.init() != null) stmt(s.init());
        int tag = -1;
        if (s.tag() instanceof Stmt.ExprStmt es) {
            tag = temp("tag");
            exprs.value(es.x());
            b.emit(Op.STORE, tag);
        }
        List<List<Integer>> jumps = new ArrayList<>();
        int defaultIndex = -1;
        for (int i = 0; i < s.clauses().size(); i++) {
            Stmt.CaseClause c = s.clauses().get(i);
            List<Integer> js = new ArrayList<>();
            if (c.isDefault()) defaultIndex = i;
            for (Expr e : c.exprs()) {
                b.at(e.pos());
                if (tag >= 0) {
                    b.emit(Op.LOAD, tag);
                    exprs.expr(e);
                    b.emit(Op.EQ);
                } else {
                    exprs.expr(e);
                }
                js.add(b.jump(Op.JUMP_IF_TRUE));
            }
            jumps.add(js);
        }
        int toDefault = b.jump(Op.JUMP);
        targets.push(t);
        List<Integer> ends = new ArrayList<>();
        int[] starts = new int[s.clauses().size()];
        List<Integer> fallthroughs = List.of();
        for (int i = 0; i < s.clauses().size(); i++) {
            starts[i] = b.here();
            for (int j : jumps.get(i)) b.patch(j, starts[i]);
            for (int j : fallthroughs) b.patch(j, starts[i]);
            List<Integer> saved = fallthroughJumps;
            fallthroughJumps = new ArrayList<>();
            for (Stmt x : s.clauses().get(i).body()) stmt(x);
            fallthroughs = fallthroughJumps;
            fallthroughJumps = saved;
            ends.add(b.jump(Op.JUMP));
        }
        targets.pop();
        int end = b.here();
        b.patch(toDefault, defaultIndex >= 0 ? starts[defaultIndex] : end);
        for (int j : ends) b.patch(j, end);
        for (int j : t.breaks) b.patch(j, end);
    }

    /**
     * select: the operands of every case are evaluated in source order, SELECT picks a case
     * (the runtime's job) and pushes [case index, received value, ok]; then we dispatch.
     */
    private void selectStmt(Stmt.Select s) {
        List<Stmt.CommClause> cases = new ArrayList<>();
        Stmt.CommClause dflt = null;
        for (Stmt.CommClause c : s.clauses()) {
            if (c.comm() == null) dflt = c;
            else cases.add(c);
        }
        boolean[] sends = new boolean[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            Stmt comm = cases.get(i).comm();
            b.at(comm.pos());
            if (comm instanceof Stmt.Send send) {
                sends[i] = true;
                exprs.expr(send.channel());
                exprs.value(send.value());
            } else {
                exprs.expr(((Expr.Unary) unparen(receiveOf(comm))).x());
            }
        }
        b.at(s.pos());
        Target t = newTarget(false);
        b.emit(Op.SELECT, 0, 0, new dev.schedlab.model.vm.SelectShape(sends, dflt != null));
        int ok = temp("ok");
        int value = temp("recv");
        int index = temp("case");
        b.emit(Op.STORE, ok);
        b.emit(Op.STORE, value);
        b.emit(Op.STORE, index);
        List<Integer> dispatch = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            b.emit(Op.LOAD, index);
            b.constant((long) i);
            b.emit(Op.EQ);
            dispatch.add(b.jump(Op.JUMP_IF_TRUE));
        }
        int toDefault = b.jump(Op.JUMP);
        targets.push(t);
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            b.patch(dispatch.get(i), b.here());
            Stmt comm = cases.get(i).comm();
            if (comm instanceof Stmt.Assign a) {
                boolean define = a.op().equals(":=");
                assignOne(a.lhs().get(0), define, () -> b.emit(Op.LOAD, value));
                if (a.lhs().size() > 1) assignOne(a.lhs().get(1), define, () -> b.emit(Op.LOAD, ok));
            }
            for (Stmt x : cases.get(i).body()) stmt(x);
            ends.add(b.jump(Op.JUMP));
        }
        b.patch(toDefault, b.here());
        if (dflt != null) for (Stmt x : dflt.body()) stmt(x);
        targets.pop();
        int end = b.here();
        for (int j : ends) b.patch(j, end);
        for (int j : t.breaks) b.patch(j, end);
    }

    private static Expr receiveOf(Stmt comm) {
        return comm instanceof Stmt.Assign a ? a.rhs().get(0) : ((Stmt.ExprStmt) comm).x();
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        return e;
    }

    static boolean isBlank(Expr e) { return e instanceof Expr.Ident id && id.name().equals("_"); }



}
