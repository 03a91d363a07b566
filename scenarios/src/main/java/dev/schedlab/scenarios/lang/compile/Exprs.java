package dev.schedlab.scenarios.lang.compile;

import dev.schedlab.model.vm.Op;
import dev.schedlab.scenarios.lang.check.CallTarget;
import dev.schedlab.scenarios.lang.check.FuncInfo;
import dev.schedlab.scenarios.lang.check.Info;
import dev.schedlab.scenarios.lang.check.Methods;
import dev.schedlab.scenarios.lang.check.Symbol;
import dev.schedlab.scenarios.lang.check.Type;
import dev.schedlab.scenarios.lang.check.Types;
import dev.schedlab.scenarios.lang.lib.FmtOperand;
import dev.schedlab.scenarios.lang.lib.Member;
import dev.schedlab.scenarios.lang.lib.Natives;
import dev.schedlab.scenarios.lang.syntax.Expr;
import dev.schedlab.scenarios.lang.syntax.Pos;

import java.util.List;
import java.util.Map;

/** Compiles expressions and calls for a {@link FunctionCompiler}. */
final class Exprs {
    /** The operators whose result on uint64 differs from int64's (emitted with b=1, see Op). */
    private static final java.util.Set<String> UNSIGNED_SENSITIVE = java.util.Set.of("/", "%", ">>", "<", "<=", ">", ">=");

    private static final Map<String, Op> BINARY = Map.ofEntries(
            Map.entry("+", Op.ADD), Map.entry("-", Op.SUB), Map.entry("*", Op.MUL), Map.entry("/", Op.DIV),
            Map.entry("%", Op.MOD), Map.entry("&", Op.AND), Map.entry("|", Op.OR), Map.entry("^", Op.XOR),
            Map.entry("&^", Op.ANDNOT), Map.entry("<<", Op.SHL), Map.entry(">>", Op.SHR),
            Map.entry("==", Op.EQ), Map.entry("!=", Op.NE), Map.entry("<", Op.LT), Map.entry("<=", Op.LE),
            Map.entry(">", Op.GT), Map.entry(">=", Op.GE));

    private final FunctionCompiler f;
    private final Info info;
    private final CodeBuilder b;

    Exprs(FunctionCompiler f) {
        this.f = f;
        this.info = f.info();
        this.b = f.code();
    }

    /** Pushes the value of e as a copy where Go copies (arrays and structs read from a variable). */
    void value(Expr e) {
        expr(e);
        Expr x = FunctionCompiler.unparen(e);
        boolean fresh = x instanceof Expr.CompositeLit || x instanceof Expr.Call || info.isConstant(e);
        if (!fresh && Types.hasValueSemantics(info.type(e))) b.emit(Op.COPY_VALUE);
    }

    void expr(Expr e) {
        Pos saved = b.at(e.pos());
        try {
            compile(e);
        } finally {
            b.at(saved);
        }
    }

    private void compile(Expr e) {
        Object k = info.constants.get(e);
        if (k != null) {
            b.constant(representation(k, info.type(e)));
            return;
        }
        if (e instanceof Expr.Paren p) expr(p.x());
        else if (e instanceof Expr.Ident id) ident(id);
        else if (e instanceof Expr.FuncLit fl) funcLit(fl);
        else if (e instanceof Expr.CompositeLit cl) compositeLit(cl, info.type(e));
        else if (e instanceof Expr.Selector sel && info.libraryVariables.containsKey(sel)) {
            info.libraryVariables.get(sel).load().emit(b, 0);
        } else if (e instanceof Expr.Selector sel && info.methodValues.containsKey(sel)) {
            MethodValues.compile(this, f, sel, info.methodValues.get(sel));
        } else if (e instanceof Expr.Selector sel) {
            expr(sel.x());
            b.constant((long) info.fields.get(sel));
            b.emit(Op.INDEX);
        } else if (e instanceof Expr.Index ix) {
            expr(ix.x());
            expr(ix.indices().get(0));
            b.emit(Op.INDEX);
        } else if (e instanceof Expr.SliceExpr se) {
            expr(se.x());
            int flags = 0;
            if (se.low() != null) { expr(se.low()); flags |= 1; }
            if (se.high() != null) { expr(se.high()); flags |= 2; }
            if (se.max() != null) { expr(se.max()); flags |= 4; }
            b.emit(Op.SLICE, flags);
        } else if (e instanceof Expr.Call call) {
            int n = call(call);
            if (n != 1) throw new IllegalStateException("call with " + n + " results used as a value");
        } else if (e instanceof Expr.Star s) {
            expr(s.x());
            b.emit(Op.DEREF);
        } else if (e instanceof Expr.Unary u) unary(u);
        else if (e instanceof Expr.Binary bin) binary(bin);
        else throw new IllegalStateException("expression not compiled: " + e.getClass().getSimpleName());
    }

    /** The VM form of a constant of type t: Long for integers, Double for floats. */
    static Object representation(Object k, Type t) {
        // uint64 constants at or above 2^63 are held as their two's-complement long, as the VM does.
        if (k instanceof java.math.BigInteger big) return Types.isFloat(t) ? (Object) big.doubleValue() : (Object) big.longValue();
        if (Types.isFloat(t) && k instanceof Long l) return l.doubleValue();
        if (Types.isInteger(t) && k instanceof Double d) return d.longValue();
        return k;
    }

    private void ident(Expr.Ident id) {
        Symbol s = info.symbols.get(id);
        if (s instanceof Symbol.Var v) f.load(v);
        else if (s instanceof Symbol.Func fn) b.emit(Op.MAKE_CLOSURE, f.program().indexOf(fn.info()), 0, null);
        else b.constant(null); // nil
    }

    private void funcLit(Expr.FuncLit fl) {
        int index = f.literal(fl);
        FuncInfo lit = info.literals.get(fl);
        for (Symbol.Var v : lit.free) f.cell(v);
        b.emit(Op.MAKE_CLOSURE, index, lit.free.size(), null);
    }

    private void compositeLit(Expr.CompositeLit cl, Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Slice s) {
            for (Expr el : cl.elements()) element(el, s.element());
            b.emit(Op.MAKE_SLICE_LIT, cl.elements().size(), Builtins.elementSize(u), null);
        } else if (u instanceof Type.Array a) {
            for (Expr el : cl.elements()) element(el, a.element());
            for (long i = cl.elements().size(); i < a.length(); i++) f.zero(a.element(), cl.pos());
            b.emit(Op.MAKE_ARRAY_LIT, (int) a.length());
        } else if (u instanceof Type.Struct st) {
            boolean keyed = !cl.elements().isEmpty() && cl.elements().get(0) instanceof Expr.KeyValue;
            for (int i = 0; i < st.fields().size(); i++) {
                Expr value = null;
                if (keyed) {
                    for (Expr el : cl.elements()) {
                        Expr.KeyValue kv = (Expr.KeyValue) el;
                        if (((Expr.Ident) kv.key()).name().equals(st.fields().get(i).name())) value = kv.value();
                    }
                } else if (i < cl.elements().size()) {
                    value = cl.elements().get(i);
                }
                if (value != null) element(value, st.fields().get(i).type());
                else f.zero(st.fields().get(i).type(), cl.pos());
            }
            b.emit(Op.MAKE_STRUCT, st.fields().size());
        } else if (u instanceof Type.MapOf m) {
            b.emit(Op.MAKE_MAP, 0, 0, Zero.constant(m.value()) == Zero.NEEDS_CODE ? null : Zero.constant(m.value()));
            for (Expr el : cl.elements()) {
                Expr.KeyValue kv = (Expr.KeyValue) el;
                b.emit(Op.DUP);
                element(kv.key(), m.key());
                element(kv.value(), m.value());
                b.emit(Op.STORE_INDEX);
            }
        }
    }

    private void element(Expr el, Type type) {
        if (el instanceof Expr.CompositeLit cl && cl.type() == null) {
            Type inner = type.underlying() instanceof Type.Pointer p ? p.element() : type;
            compositeLit(cl, inner);
            if (type.underlying() instanceof Type.Pointer) b.emit(Op.NEW_CELL);
        } else {
            value(el);
        }
    }

    private void unary(Expr.Unary u) {
        Type t = info.type(u);
        switch (u.op()) {
            case "&" -> address(u.x());
            case "<-" -> {
                expr(u.x());
                b.emit(Op.RECV, 0);
            }
            case "-" -> {
                expr(u.x());
                b.emit(Op.NEG);
                wrap(t);
            }
            case "^" -> {
                expr(u.x());
                b.emit(Op.COMPLEMENT);
                wrap(t);
            }
            case "!" -> {
                expr(u.x());
                b.emit(Op.NOT);
            }
            default -> expr(u.x()); // unary +
        }
    }

    void address(Expr x) {
        x = FunctionCompiler.unparen(x);
        if (x instanceof Expr.Ident id) {
            f.address((Symbol.Var) info.symbols.get(id));
        } else if (x instanceof Expr.CompositeLit) {
            expr(x);
            b.emit(Op.NEW_CELL);
        } else if (x instanceof Expr.Index ix) {
            expr(ix.x());
            expr(ix.indices().get(0));
            b.emit(Op.ADDR_ELEM);
        } else if (x instanceof Expr.Selector sel) {
            expr(sel.x());
            b.constant((long) info.fields.get(sel));
            b.emit(Op.ADDR_ELEM);
        } else if (x instanceof Expr.Star s) {
            expr(s.x());
        } else {
            throw new IllegalStateException("not addressable: " + x);
        }
    }

    private void binary(Expr.Binary bin) {
        if (bin.op().equals("&&") || bin.op().equals("||")) {
            expr(bin.x());
            b.emit(Op.DUP);
            int end = b.jump(bin.op().equals("&&") ? Op.JUMP_IF_FALSE : Op.JUMP_IF_TRUE);
            b.emit(Op.POP);
            expr(bin.y());
            b.patch(end, b.here());
            return;
        }
        expr(bin.x());
        expr(bin.y());
        arith(bin.op(), info.type(bin.x()));
    }

    /** Emits x op y for operands of type t, wrapping sized integers (int32 overflow wraps as in Go). */
    void arith(String op, Type t) {
        boolean unsignedOp = Types.isUnsigned64(t) && UNSIGNED_SENSITIVE.contains(op);
        b.emit(BINARY.get(op), 0, unsignedOp ? 1 : 0, null);
        if (Map.of("+", 1, "-", 1, "*", 1, "/", 1, "<<", 1).containsKey(op)) wrap(t);
    }

    private void wrap(Type t) {
        if (Types.isInteger(t) && Types.bits(t) < 64) b.emit(Op.CONVERT, Types.bits(t), Types.isUnsigned(t) ? 1 : 0, null);
    }

    // ---- assignment

    /** Stores the value pushed by {@code value} into an assignable expression. */
    void assignTo(Expr lhs, Runnable value) {
        Expr x = FunctionCompiler.unparen(lhs);
        if (FunctionCompiler.isBlank(x)) {
            value.run();
            b.emit(Op.POP);
        } else if (x instanceof Expr.Ident id) {
            f.store((Symbol.Var) info.symbols.get(id), value);
        } else if (x instanceof Expr.Index ix) {
            expr(ix.x());
            expr(ix.indices().get(0));
            value.run();
            b.emit(Op.STORE_INDEX);
        } else if (x instanceof Expr.Selector sel) {
            expr(sel.x());
            b.constant((long) info.fields.get(sel));
            value.run();
            b.emit(Op.STORE_INDEX);
        } else if (x instanceof Expr.Star s) {
            expr(s.x());
            value.run();
            b.emit(Op.STORE_DEREF);
        } else {
            throw new IllegalStateException("not assignable: " + x);
        }
    }

    /** Pushes n values from one expression: a call's results, or v, ok from a receive or map lookup. */
    void multi(Expr e, int n) {
        Expr x = FunctionCompiler.unparen(e);
        Pos saved = b.at(e.pos());
        try {
            if (x instanceof Expr.Call call) {
                call(call);
            } else if (x instanceof Expr.Unary u && u.op().equals("<-")) {
                expr(u.x());
                b.emit(Op.RECV, 1);
            } else if (x instanceof Expr.Index ix) {
                expr(ix.x());
                expr(ix.indices().get(0));
                b.emit(Op.CALL_NATIVE, 2, 2, Natives.MAP_LOOKUP);
            } else {
                throw new IllegalStateException("not multi-valued: " + x);
            }
        } finally {
            b.at(saved);
        }
    }

    // ---- calls

    /** Compiles a call and returns how many results it pushed. */
    int call(Expr.Call call) {
        Pos saved = b.at(call.pos());
        try {
            CallTarget t = info.calls.get(call);
            if (info.isConstant(call)) {
                b.constant(representation(info.constants.get(call), info.type(call)));
                return 1;
            }
            if (t instanceof CallTarget.Conversion conv) {
                conversion(call.args().get(0), conv.to());
                return 1;
            }
            if (t instanceof CallTarget.Builtin bi) return Builtins.call(this, f, call, bi.name());
            if (t instanceof CallTarget.Library lib) {
                int argc = info.spreadResults.contains(call) ? call((Expr.Call) FunctionCompiler.unparen(call.args().get(0))) : call.args().size();
                if (argc == call.args().size()) for (Expr a : call.args()) libraryArgument(a);
                lib.function().emitter().emit(b, argc);
                return lib.function().signature().results().size();
            }
            if (t instanceof CallTarget.Method m) {
                receiver(m);
                int argc = arguments(call, Methods.withoutReceiver(m.function().signature));
                b.emit(Op.CALL, f.program().indexOf(m.function()), argc + 1, null);
                return m.function().signature.results().size();
            }
            if (t instanceof CallTarget.LibraryMethod m) {
                libraryReceiver(m);
                for (Expr a : call.args()) value(a);
                m.function().emitter().emit(b, call.args().size() + 1);
                return m.function().signature().results().size();
            }
            Type.Func sig = (Type.Func) info.type(call.fun()).underlying();
            if (t instanceof CallTarget.Static st) {
                int argc = arguments(call, sig);
                b.emit(Op.CALL, f.program().indexOf(st.function()), argc, null);
            } else {
                expr(call.fun());
                int argc = arguments(call, sig);
                b.emit(Op.CALL_VALUE, 0, argc, null);
            }
            return sig.results().size();
        } finally {
            b.at(saved);
        }
    }

    /** Pushes an argument of a library call: for fmt's operands, the String method's result where fmt calls it. */
    private void libraryArgument(Expr a) {
        Info.Stringer st = info.fmtStringers.get(a);
        Info.FmtType typed = info.fmtTypes.get(a);
        if (typed != null) {
            value(a);
            b.emit(Op.CALL_NATIVE, 1, 1, FmtOperand.wrapper(typed.name(), typed.unsigned(), typed.layout()));
        } else if (st == null) {
            value(a);
        } else if (st.library() != null) {
            expr(a);
            st.library().emitter().emit(b, 1);
        } else {
            if (st.derefOperand()) {
                expr(a);
                b.emit(Op.DEREF);
                b.emit(Op.COPY_VALUE);
            } else {
                value(a);
            }
            b.emit(Op.CALL, f.program().indexOf(st.method()), 1, null);
        }
    }

    /** Pushes a method's receiver: its address for a pointer method on a T, a copy for a value method. */
    void receiver(CallTarget.Method m) {
        if (m.pointerReceiver() && !m.receiverIsPointer()) {
            address(m.receiver());
        } else if (!m.pointerReceiver() && m.receiverIsPointer()) {
            expr(m.receiver());
            b.emit(Op.DEREF);
            b.emit(Op.COPY_VALUE);
        } else if (m.pointerReceiver()) {
            expr(m.receiver());
        } else {
            value(m.receiver());
        }
    }

    /** Library methods: sync objects and Durations by value; atomic.Bool, strings.Builder ... by pointer. */
    void libraryReceiver(CallTarget.LibraryMethod m) {
        boolean pointerReceiver = m.function().signature().params().get(0) instanceof Type.Pointer;
        if (pointerReceiver && !m.viaPointer()) {
            address(m.receiver());
        } else {
            expr(m.receiver());
            if (m.viaPointer() && !pointerReceiver) b.emit(Op.DEREF);
        }
    }

    /** Pushes the arguments of a call to a program function; extra variadic arguments become a slice. */
    private int arguments(Expr.Call call, Type.Func sig) {
        List<Expr> args = call.args();
        if (info.spreadResults.contains(call)) return call((Expr.Call) FunctionCompiler.unparen(args.get(0)));
        if (!sig.variadic() || call.spread()) {
            for (Expr a : args) value(a);
            return args.size();
        }
        int fixed = sig.params().size() - 1;
        for (int i = 0; i < fixed; i++) value(args.get(i));
        if (args.size() == fixed) {
            b.constant(null);
        } else {
            for (int i = fixed; i < args.size(); i++) value(args.get(i));
            b.emit(Op.MAKE_SLICE_LIT, args.size() - fixed);
        }
        return sig.params().size();
    }

    private void conversion(Expr x, Type to) {
        Type from = info.type(x);
        expr(x);
        if (Types.isInteger(to)) {
            if (Types.isFloat(from) || (Types.bits(to) < 64 && !from.underlying().equals(to.underlying()))) {
                b.emit(Op.CONVERT, Types.bits(to), Types.isUnsigned(to) ? 1 : 0, null);
            }
        } else if (Types.isFloat(to)) {
            if (Types.isInteger(from)) b.emit(Op.CONVERT, 64, Types.isUnsigned64(from) ? 1 : 0, "float");
        } else if (Types.isString(to)) {
            if (Types.isInteger(from)) b.emit(Op.CALL_NATIVE, 1, 1, Natives.RUNE_TO_STRING);
            else if (from.underlying() instanceof Type.Slice) b.emit(Op.CALL_NATIVE, 1, 1, Natives.BYTES_TO_STRING);
        } else if (to.underlying() instanceof Type.Slice && Types.isString(from)) {
            b.emit(Op.CALL_NATIVE, 1, 1, Natives.STRING_TO_BYTES);
        }
    }

    /**
     * go f(x) / defer f(x): the function value and arguments are evaluated now, the call runs
     * later. Calls that are not a plain function value (library functions, methods of runtime
     * objects, builtins) get a small wrapper function, named like Go 1.22's (main.main.deferwrap1).
     */
    void goOrDefer(Expr.Call call, Op op) {
        Pos saved = b.at(call.pos());
        try {
            CallTarget t = info.calls.get(call);
            if (t instanceof CallTarget.Static st) {
                b.emit(Op.MAKE_CLOSURE, f.program().indexOf(st.function()), 0, null);
                int argc = arguments(call, (Type.Func) info.type(call.fun()).underlying());
                b.emit(op, 0, argc, null);
                return;
            }
            if (t instanceof CallTarget.Method m) {
                b.emit(Op.MAKE_CLOSURE, f.program().indexOf(m.function()), 0, null);
                receiver(m);
                int argc = arguments(call, Methods.withoutReceiver(m.function().signature));
                b.emit(op, 0, argc + 1, null);
                return;
            }
            if (t instanceof CallTarget.Value) {
                expr(call.fun());
                int argc = arguments(call, (Type.Func) info.type(call.fun()).underlying());
                b.emit(op, 0, argc, null);
                return;
            }
            Wrappers.goOrDefer(this, f, call, t, op);
        } finally {
            b.at(saved);
        }
    }

    Info info() { return info; }

    CodeBuilder code() { return b; }

    static Member.Function libraryFunction(CallTarget t) {
        if (t instanceof CallTarget.Library l) return l.function();
        if (t instanceof CallTarget.LibraryMethod m) return m.function();
        return null;
    }
}
