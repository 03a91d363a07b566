package dev.schedlab.scenarios.lang.check;

import dev.schedlab.scenarios.lang.lib.Member;
import dev.schedlab.scenarios.lang.syntax.Expr;
import dev.schedlab.scenarios.lang.syntax.Literals;
import dev.schedlab.scenarios.lang.syntax.Pos;
import dev.schedlab.scenarios.lang.syntax.SyntaxError;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Type-checks expressions: records each one's type and constant value in {@link Info}. */
final class ExprChecker {
    /** Builtins whose call may stand alone as a statement (or follow go/defer). */
    static final Set<String> STATEMENT_BUILTINS = Set.of("close", "panic", "print", "println", "copy", "delete", "recover");
    private static final Type NO_VALUE = new Type.Tuple(List.of());

    private final Checker c;
    private final Info info;
    /** The value of iota while checking a constant declaration, else null. */
    Long iota;

    ExprChecker(Checker checker) {
        this.c = checker;
        this.info = checker.info;
    }

    // ---- types

    /** The type a type expression denotes (INVALID after reporting an error). */
    Type typeOf(Expr e) {
        Type t = typeOrNull(e, true);
        return t == null ? Types.INVALID : t;
    }

    /** The type e denotes, or null if e is not a type (reporting that only when report is set). */
    private Type typeOrNull(Expr e, boolean report) {
        if (e instanceof Expr.Paren p) return typeOrNull(p.x(), report);
        if (e instanceof Expr.Ident id) {
            Symbol s = c.scope.lookup(id.name());
            if (s instanceof Symbol.TypeName tn) return tn.type();
            if (!report) return null;
            if (s == null) undefined(id);
            else c.error(id.pos(), id.name() + " is not a type");
            return Types.INVALID;
        }
        if (e instanceof Expr.Selector sel && sel.x() instanceof Expr.Ident pkg && c.scope.lookup(pkg.name()) instanceof Symbol.Package p) {
            Member m = p.pkg().members().get(sel.selector().name());
            if (m instanceof Member.TypeDef td) return td.type();
            if (!report) return null;
            if (m == null) c.error(sel.selector().pos(), "undefined: " + pkg.name() + "." + sel.selector().name());
            else c.error(sel.pos(), pkg.name() + "." + sel.selector().name() + " is not a type");
            return Types.INVALID;
        }
        if (e instanceof Expr.ArrayType a) {
            Type elem = typeOf(a.element());
            if (a.length() == null) return new Type.Slice(elem);
            if (a.length() instanceof Expr.Ellipsis) {
                if (report) c.error(a.pos(), "invalid use of [...] array (outside a composite literal)");
                return Types.INVALID;
            }
            Type lt = expr(a.length());
            Object n = info.constants.get(a.length());
            if (n instanceof java.math.BigInteger) {
                c.error(start(a.length()), "invalid array length " + ExprPrinter.print(a.length()) + " (" + describeKind(a.length(), lt) + ")");
                return Types.INVALID;
            }
            if (!(n instanceof Long len) || !Types.isInteger(lt)) {
                if (!Types.isInvalid(lt)) c.error(a.length().pos(), "array length " + ExprPrinter.print(a.length()) + " (" + describeKind(a.length(), lt) + ") must be constant");
                return Types.INVALID;
            }
            if (len < 0 || len > 1 << 24) {
                c.error(a.length().pos(), "invalid array length " + len + " (SchedLab allows up to " + (1 << 24) + ")");
                return Types.INVALID;
            }
            return new Type.Array(len, elem);
        }
        if (e instanceof Expr.ChanType ch) return new Type.Chan(ch.dir(), typeOf(ch.element()));
        if (e instanceof Expr.MapType m) {
            Type k = typeOf(m.key());
            if (!Types.isInvalid(k) && !Types.isComparable(k)) c.error(m.key().pos(), "invalid map key type " + k);
            return new Type.MapOf(k, typeOf(m.value()));
        }
        if (e instanceof Expr.Star s) return new Type.Pointer(typeOf(s.x()));
        if (e instanceof Expr.FuncType ft) return signature(ft);
        if (e instanceof Expr.StructType st) {
            List<Type.StructField> fields = new ArrayList<>();
            for (Expr.Field f : st.fields()) {
                Type t = typeOf(f.type());
                if (f.names().isEmpty()) {
                    c.unsupported(f.pos(), "embedded fields are", "name the field");
                    continue;
                }
                for (Expr.Ident n : f.names()) fields.add(new Type.StructField(n.name(), t));
            }
            return new Type.Struct(fields);
        }
        if (e instanceof Expr.InterfaceType it) {
            if (report) c.unsupported(it.pos(), "interface types are", "use concrete types");
            return Types.INVALID;
        }
        if (e instanceof Expr.Index ix && report) {
            c.unsupported(ix.pos(), "generic type instantiations are", "write the type out for each element type");
            return Types.INVALID;
        }
        if (report) c.error(e.pos(), ExprPrinter.print(e) + " is not a type");
        return report ? Types.INVALID : null;
    }

    private boolean isType(Expr e) {
        e = Checker.unparen(e);
        if (e instanceof Expr.Ident id) return c.scope.lookup(id.name()) instanceof Symbol.TypeName;
        if (e instanceof Expr.Selector sel) {
            return sel.x() instanceof Expr.Ident pkg && c.scope.lookup(pkg.name()) instanceof Symbol.Package p
                    && p.pkg().members().get(sel.selector().name()) instanceof Member.TypeDef;
        }
        if (e instanceof Expr.Star s) return isType(s.x());
        return e instanceof Expr.ArrayType || e instanceof Expr.ChanType || e instanceof Expr.MapType
                || e instanceof Expr.FuncType || e instanceof Expr.StructType || e instanceof Expr.InterfaceType;
    }

    Type.Func signature(Expr.FuncType ft) {
        List<Type> params = new ArrayList<>();
        boolean variadic = false;
        for (int i = 0; i < ft.params().size(); i++) {
            Expr.Field f = ft.params().get(i);
            Type t = typeOf(f.type());
            if (f.variadic()) {
                if (i != ft.params().size() - 1 || f.names().size() > 1) c.error(f.pos(), "can only use ... with final parameter in list");
                t = new Type.Slice(t);
                variadic = true;
            }
            for (int n = 0; n < Math.max(1, f.names().size()); n++) params.add(t);
        }
        List<Type> results = new ArrayList<>();
        for (Expr.Field f : ft.results()) {
            Type t = typeOf(f.type());
            for (int n = 0; n < Math.max(1, f.names().size()); n++) results.add(t);
        }
        return new Type.Func(params, results, variadic);
    }

    // ---- expressions

    /** Checks a single-valued expression. */
    Type expr(Expr e) {
        Type t = raw(e, null);
        if (t instanceof Type.Tuple tu) {
            if (tu.types().isEmpty()) c.error(e.pos(), ExprPrinter.print(e) + " (no value) used as value");
            else c.error(e.pos(), "multiple-value " + ExprPrinter.print(e) + " (value of type " + tu + ") in single-value context");
            info.types.put(e, Types.INVALID);
            return Types.INVALID;
        }
        return t;
    }

    /** Checks e expecting type hint for elided composite literal types. */
    private Type raw(Expr e, Type hint) {
        Type t;
        try {
            t = compute(e, hint);
        } catch (SyntaxError err) {
            c.error(err.pos(), err.getMessage());
            t = Types.INVALID;
        }
        info.types.put(e, t);
        return t;
    }

    private Type compute(Expr e, Type hint) {
        if (e instanceof Expr.Ident id) return ident(id);
        if (e instanceof Expr.BasicLit lit) return literal(lit);
        if (e instanceof Expr.Paren p) {
            Type t = raw(p.x(), hint);
            Object v = info.constants.get(p.x());
            if (v != null) info.constants.put(p, v);
            return t;
        }
        if (e instanceof Expr.FuncLit fl) return funcLit(fl);
        if (e instanceof Expr.CompositeLit cl) return compositeLit(cl, hint);
        if (e instanceof Expr.Selector sel) return selector(sel);
        if (e instanceof Expr.Index ix) return index(ix);
        if (e instanceof Expr.SliceExpr se) return slice(se);
        if (e instanceof Expr.Call call) return call(call, false);
        if (e instanceof Expr.Star s) return star(s);
        if (e instanceof Expr.Unary u) return unary(u);
        if (e instanceof Expr.Binary b) return binary(b);
        if (e instanceof Expr.TypeAssert ta) {
            c.unsupported(ta.pos(), "type assertions are", "SchedLab has no interfaces");
            return Types.INVALID;
        }
        if (e instanceof Expr.KeyValue kv) {
            c.error(kv.pos(), "unexpected key:value expression");
            return Types.INVALID;
        }
        if (isType(e)) {
            Type t = typeOf(e);
            if (!Types.isInvalid(t)) c.error(e.pos(), ExprPrinter.print(e) + " (type) is not an expression");
            return Types.INVALID;
        }
        c.error(e.pos(), "unexpected " + ExprPrinter.print(e));
        return Types.INVALID;
    }

    private void undefined(Expr.Ident id) {
        if (id.name().equals("any")) c.unsupported(id.pos(), "interface types (any) are", "use concrete types");
        else c.error(id.pos(), "undefined: " + id.name());
    }

    private Type ident(Expr.Ident id) {
        if (id.name().equals("_")) {
            c.error(id.pos(), "cannot use _ as value");
            return Types.INVALID;
        }
        Symbol s = c.scope.lookup(id.name());
        if (s == null) {
            undefined(id);
            return Types.INVALID;
        }
        info.symbols.put(id, s);
        if (s instanceof Symbol.Var v) {
            capture(v);
            return v.type;
        }
        if (s instanceof Symbol.Const k) {
            if (k.name().equals("iota") && k.type() == Types.UNTYPED_INT && c.scope.lookup("iota") == s) {
                if (iota == null) {
                    c.error(id.pos(), "cannot use iota outside constant declaration");
                    return Types.INVALID;
                }
                info.constants.put(id, iota);
                return Types.UNTYPED_INT;
            }
            if (k.value() != null) info.constants.put(id, k.value());
            return k.type();
        }
        if (s instanceof Symbol.Func f) return f.info().signature;
        if (s instanceof Symbol.Nil) return Types.UNTYPED_NIL;
        if (s instanceof Symbol.TypeName) {
            c.error(id.pos(), id.name() + " (type) is not an expression");
        } else if (s instanceof Symbol.Builtin) {
            c.error(id.pos(), id.name() + " (built-in function) must be called");
        } else if (s instanceof Symbol.Package) {
            c.error(id.pos(), "use of package " + id.name() + " without selector");
        }
        return Types.INVALID;
    }

    /** A use of an enclosing function's local makes it captured, and free in every function in between. */
    private void capture(Symbol.Var v) {
        if (v.owner == null || v.owner == c.fn || c.fn == null) return;
        v.captured = true;
        for (FuncInfo f = c.fn; f != null && f != v.owner; f = f.parent) f.freeIndex(v);
    }

    private Type literal(Expr.BasicLit lit) {
        switch (lit.kind()) {
            case INT -> {
                try {
                    String s = lit.value().replace("_", "").toLowerCase();
                    java.math.BigInteger v;
                    if (s.startsWith("0x")) v = new java.math.BigInteger(s.substring(2), 16);
                    else if (s.startsWith("0b")) v = new java.math.BigInteger(s.substring(2), 2);
                    else if (s.startsWith("0o")) v = new java.math.BigInteger(s.substring(2), 8);
                    else if (s.length() > 1 && s.startsWith("0")) v = new java.math.BigInteger(s.substring(1), 8);
                    else v = new java.math.BigInteger(s);
                    if (v.signum() < 0 || s.contains("+") || s.contains("-")) throw new NumberFormatException();
                    info.constants.put(lit, Constants.normal(v));
                    return Types.UNTYPED_INT;
                } catch (NumberFormatException | Constants.Overflow ex) {
                    c.error(lit.pos(), "integer constant " + lit.value() + " is invalid or too large (constants have at most " + Constants.MAX_BITS + " bits)");
                    return Types.INVALID;
                }
            }
            case FLOAT -> {
                try {
                    info.constants.put(lit, Double.parseDouble(lit.value().replace("_", "")));
                    return Types.UNTYPED_FLOAT;
                } catch (NumberFormatException ex) {
                    c.error(lit.pos(), "invalid floating-point literal " + lit.value());
                    return Types.INVALID;
                }
            }
            case STRING -> {
                info.constants.put(lit, Literals.unquote(lit.value(), lit.pos()));
                return Types.UNTYPED_STRING;
            }
            case CHAR -> {
                info.constants.put(lit, Literals.runeValue(lit.value(), lit.pos()));
                return Types.UNTYPED_RUNE;
            }
            default -> {
                c.unsupported(lit.pos(), "complex numbers are", "use float64");
                return Types.INVALID;
            }
        }
    }

    private Type funcLit(Expr.FuncLit fl) {
        FuncInfo parent = c.fn == null ? info.packageInit : c.fn;
        FuncInfo f = new FuncInfo(parent.nextLiteralName(), parent);
        f.signature = signature(fl.type());
        info.literals.put(fl, f);
        c.checkFunction(f, fl.type(), fl.body());
        return f.signature;
    }

    private Type compositeLit(Expr.CompositeLit cl, Type hint) {
        Type t;
        if (cl.type() == null) {
            if (hint == null) {
                c.error(cl.pos(), "invalid composite literal type: missing type");
                return Types.INVALID;
            }
            t = hint;
        } else if (cl.type() instanceof Expr.ArrayType at && at.length() instanceof Expr.Ellipsis) {
            t = new Type.Array(cl.elements().size(), typeOf(at.element()));
        } else {
            t = typeOf(cl.type());
        }
        Type u = t.underlying();
        if (u instanceof Type.Slice || u instanceof Type.Array) {
            Type elem = u instanceof Type.Slice s ? s.element() : ((Type.Array) u).element();
            for (Expr el : cl.elements()) {
                if (el instanceof Expr.KeyValue kv) {
                    c.unsupported(kv.pos(), "indexed elements in slice and array literals are", "list every element in order");
                    continue;
                }
                element(el, elem);
            }
            if (u instanceof Type.Array a && cl.elements().size() > a.length()) {
                c.error(cl.pos(), "array index " + a.length() + " out of bounds [0:" + a.length() + "]");
            }
        } else if (u instanceof Type.Struct st) {
            boolean keyed = !cl.elements().isEmpty() && cl.elements().get(0) instanceof Expr.KeyValue;
            if (!keyed && !cl.elements().isEmpty() && cl.elements().size() != st.fields().size()) {
                c.error(cl.pos(), "too " + (cl.elements().size() < st.fields().size() ? "few" : "many") + " values in struct literal of type " + t);
            }
            for (int i = 0; i < cl.elements().size(); i++) {
                Expr el = cl.elements().get(i);
                if (keyed) {
                    if (!(el instanceof Expr.KeyValue kv) || !(kv.key() instanceof Expr.Ident name)) {
                        c.error(el.pos(), "mixture of field:value and value elements in struct literal");
                        continue;
                    }
                    int k = st.indexOf(name.name());
                    if (k < 0) {
                        c.error(name.pos(), "unknown field " + name.name() + " in struct literal of type " + t);
                        continue;
                    }
                    element(kv.value(), st.fields().get(k).type());
                } else if (el instanceof Expr.KeyValue) {
                    c.error(el.pos(), "mixture of field:value and value elements in struct literal");
                } else if (i < st.fields().size()) {
                    element(el, st.fields().get(i).type());
                }
            }
        } else if (u instanceof Type.MapOf m) {
            for (Expr el : cl.elements()) {
                if (!(el instanceof Expr.KeyValue kv)) {
                    c.error(el.pos(), "missing key in map literal");
                    continue;
                }
                element(kv.key(), m.key());
                element(kv.value(), m.value());
            }
        } else if (!Types.isInvalid(t)) {
            c.error(cl.pos(), "invalid composite literal type " + t);
            return Types.INVALID;
        }
        return t;
    }

    private void element(Expr el, Type type) {
        raw(el, type.underlying() instanceof Type.Pointer p ? p.element() : type);
        if (info.types.get(el) instanceof Type.Tuple) {
            c.error(el.pos(), ExprPrinter.print(el) + " (no value) used as value");
            return;
        }
        assign(el, type, "array or slice literal");
    }

    private Type selector(Expr.Selector sel) {
        if (sel.x() instanceof Expr.Ident pkgId && c.scope.lookup(pkgId.name()) instanceof Symbol.Package p) {
            info.symbols.put(pkgId, c.scope.lookup(pkgId.name()));
            Member m = p.pkg().members().get(sel.selector().name());
            if (m == null) {
                c.error(sel.selector().pos(), "undefined: " + pkgId.name() + "." + sel.selector().name()
                        + " (SchedLab models only part of package " + p.pkg().path() + ")");
                return Types.INVALID;
            }
            if (m instanceof Member.Constant k) {
                info.constants.put(sel, k.value());
                return k.type();
            }
            if (m instanceof Member.TypeDef) {
                c.error(sel.pos(), ExprPrinter.print(sel) + " (type) is not an expression");
                return Types.INVALID;
            }
            if (m instanceof Member.Variable v) {
                info.libraryVariables.put(sel, v);
                return v.type();
            }
            c.unsupported(sel.pos(), "library functions as values are", "wrap the call in a function literal");
            return Types.INVALID;
        }
        if (isType(Checker.unparen(sel.x()))) {
            c.unsupported(sel.pos(), "method expressions are", "use a method value such as c.M, or a function literal");
            return Types.INVALID;
        }
        Type xt = expr(sel.x());
        if (Types.isInvalid(xt)) return Types.INVALID;
        Type u = xt.underlying();
        Type owner = u instanceof Type.Pointer p ? p.element() : xt;
        if (u instanceof Type.Pointer p) u = p.element().underlying();
        if (u instanceof Type.Struct st) {
            int k = st.indexOf(sel.selector().name());
            if (k >= 0 && (!(owner instanceof Type.Named n) || n.exports(sel.selector().name()))) {
                info.fields.put(sel, k);
                return st.fields().get(k).type();
            }
        }
        Type base = xt instanceof Type.Pointer p ? p.element() : xt;
        Type method = methodValue(sel, xt, base);
        if (method != null) return method;
        c.error(sel.selector().pos(), ExprPrinter.print(sel) + " undefined (type " + xt + " has no field or method " + sel.selector().name() + ")");
        return Types.INVALID;
    }

    /**
     * x.M not called: a method value, a function bound to the receiver evaluated now (its address
     * for a pointer method on an addressable value, else a copy). Null when M is no method of x.
     */
    private Type methodValue(Expr.Selector sel, Type xt, Type base) {
        String name = sel.selector().name();
        boolean viaPointer = xt.underlying() instanceof Type.Pointer && !(xt instanceof Type.Named);
        FuncInfo method = Methods.lookup(info, xt, name);
        if (method != null) {
            boolean pointerReceiver = Methods.pointerReceiver(method);
            if (pointerReceiver && !viaPointer && !takeAddress(sel, xt)) return Types.INVALID;
            info.methodValues.put(sel, new CallTarget.Method(method, sel.x(), pointerReceiver, viaPointer));
            return Methods.withoutReceiver(method.signature);
        }
        Member.Function lib = base instanceof Type.Named n && !n.pkg().equals("main") ? c.library.method(n, name) : null;
        if (lib == null) return null;
        if (lib.signature().variadic()) {
            c.unsupported(sel.pos(), "method values of variadic library methods are", "wrap the call in a function literal");
            return Types.INVALID;
        }
        boolean pointerReceiver = lib.signature().params().get(0) instanceof Type.Pointer;
        if (pointerReceiver && !viaPointer && !takeAddress(sel, xt)) return Types.INVALID;
        info.methodValues.put(sel, new CallTarget.LibraryMethod(lib, sel.x(), viaPointer));
        return Methods.withoutReceiver(lib.signature());
    }

    /** Where an expression's text begins (a binary expression's own position is its operator's). */
    private static Pos start(Expr e) {
        if (e instanceof Expr.Binary b) return start(b.x());
        if (e instanceof Expr.Selector s) return start(s.x());
        if (e instanceof Expr.Index i) return start(i.x());
        if (e instanceof Expr.SliceExpr s) return start(s.x());
        if (e instanceof Expr.Call call) return start(call.fun());
        return e.pos();
    }

    private Type index(Expr.Index ix) {
        if (ix.indices().size() != 1 || isType(ix.indices().get(0))) {
            c.unsupported(ix.pos(), "generic instantiations are", "SchedLab has no generics");
            return Types.INVALID;
        }
        Type xt = expr(ix.x());
        Expr i = ix.indices().get(0);
        Type u = xt.underlying();
        if (u instanceof Type.Pointer p && p.element().underlying() instanceof Type.Array) u = p.element().underlying();
        if (u instanceof Type.MapOf m) {
            expr(i);
            assign(i, m.key(), "map index");
            return m.value();
        }
        Type it = expr(i);
        if (!Types.isInvalid(it)) {
            if (!Types.isInteger(it) && !(info.constants.get(i) instanceof Double d && d == Math.rint(d))) {
                c.error(i.pos(), "invalid argument: index " + ExprPrinter.print(i) + " (" + describeKind(i, it) + ") must be integer");
            } else if (Types.isUntyped(it)) {
                assign(i, Types.INT, "index");
            }
            if (info.constants.get(i) instanceof Long k) {
                long len = u instanceof Type.Array a ? a.length() : Long.MAX_VALUE;
                if (info.constants.get(ix.x()) instanceof String s) len = s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                if (k < 0 || k >= len) {
                    c.error(i.pos(), "invalid argument: index " + ExprPrinter.print(i) + " out of bounds [0:" + len + "]");
                }
            }
        }
        if (Types.isInvalid(xt)) return Types.INVALID;
        if (u instanceof Type.Slice s) return s.element();
        if (u instanceof Type.Array a) return a.element();
        if (Types.isString(xt)) return Types.UINT8;
        c.error(ix.pos(), "invalid operation: cannot index " + ExprPrinter.print(ix.x()) + " (" + describeKind(ix.x(), xt) + ")");
        return Types.INVALID;
    }

    private Type slice(Expr.SliceExpr se) {
        Type xt = expr(se.x());
        for (Expr b : new Expr[] {se.low(), se.high(), se.max()}) {
            if (b == null) continue;
            Type bt = expr(b);
            if (Types.isInvalid(bt)) continue;
            if (!Types.isInteger(bt)) c.error(b.pos(), "invalid argument: index " + ExprPrinter.print(b) + " (" + describeKind(b, bt) + ") must be integer");
            else if (Types.isUntyped(bt)) assign(b, Types.INT, "slice index");
            if (info.constants.get(b) instanceof Long k && k < 0) c.error(b.pos(), "invalid argument: index " + ExprPrinter.print(b) + " (constant of type int) must not be negative");
        }
        if (Types.isInvalid(xt)) return Types.INVALID;
        Type u = xt.underlying();
        if (Types.isString(xt)) {
            if (se.max() != null) c.error(se.pos(), "invalid operation: 3-index slice of string");
            return Types.isUntyped(xt) ? Types.STRING : xt;
        }
        if (u instanceof Type.Slice) return xt;
        if (u instanceof Type.Array a) return new Type.Slice(a.element());
        if (u instanceof Type.Pointer p && p.element().underlying() instanceof Type.Array a) return new Type.Slice(a.element());
        c.error(se.pos(), "cannot slice " + ExprPrinter.print(se.x()) + " (" + describeKind(se.x(), xt) + ")");
        return Types.INVALID;
    }

    private Type star(Expr.Star s) {
        if (isType(s.x())) {
            c.error(s.pos(), ExprPrinter.print(s) + " (type) is not an expression");
            return Types.INVALID;
        }
        Type t = expr(s.x());
        if (Types.isInvalid(t)) return t;
        if (t.underlying() instanceof Type.Pointer p) return p.element();
        c.error(s.pos(), "invalid operation: cannot indirect " + ExprPrinter.print(s.x()) + " (" + describeKind(s.x(), t) + ")");
        return Types.INVALID;
    }

    private Type unary(Expr.Unary u) {
        if (u.op().equals("&")) return addressOf(u);
        Type t = expr(u.x());
        if (Types.isInvalid(t)) return t;
        switch (u.op()) {
            case "<-" -> {
                if (!(t.underlying() instanceof Type.Chan ch)) {
                    c.error(u.pos(), "invalid operation: cannot receive from non-channel " + ExprPrinter.print(u.x()) + " (" + describeKind(u.x(), t) + ")");
                    return Types.INVALID;
                }
                if (ch.dir() == 1) {
                    c.error(u.pos(), "invalid operation: cannot receive from send-only channel " + ExprPrinter.print(u.x()) + " (" + describeKind(u.x(), t) + ")");
                }
                return ch.element();
            }
            case "!" -> {
                if (!Types.isBoolean(t)) return badOperand(u, t);
            }
            case "-", "+" -> {
                if (!Types.isNumeric(t)) return badOperand(u, t);
            }
            case "^" -> {
                if (!Types.isInteger(t)) return badOperand(u, t);
            }
            default -> {
                c.unsupported(u.pos(), "the ~ operator is", "SchedLab has no generics");
                return Types.INVALID;
            }
        }
        Object v = info.constants.get(u.x());
        if (v != null) {
            Object r;
            try {
                r = Constants.isInteger(v) && u.op().equals("^") && Types.isUnsigned(t)
                        ? Constants.complementUnsigned(v, Types.bits(t)) : Constants.unary(u.op(), v);
            } catch (Constants.Overflow e) {
                c.error(u.pos(), "constant negation overflow");
                return Types.INVALID;
            }
            if (r != null) {
                if (!Types.isUntyped(t) && Constants.represent(r, t) == null) {
                    c.error(u.pos(), "constant " + Constants.show(r) + " overflows " + t);
                } else {
                    info.constants.put(u, r);
                }
            }
        }
        return t;
    }

    private Type badOperand(Expr.Unary u, Type t) {
        c.error(u.pos(), "invalid operation: operator " + u.op() + " not defined on " + ExprPrinter.print(u.x()) + " (" + describeKind(u.x(), t) + ")");
        return Types.INVALID;
    }

    private Type addressOf(Expr.Unary u) {
        Expr x = Checker.unparen(u.x());
        if (x instanceof Expr.CompositeLit) return new Type.Pointer(expr(x));
        Type t = expr(x);
        if (Types.isInvalid(t)) return t;
        if (x instanceof Expr.Ident id && info.symbols.get(id) instanceof Symbol.Var v) {
            v.addressed = true;
            return new Type.Pointer(t);
        }
        if (isAddressable(x)) return new Type.Pointer(t);
        c.error(u.pos(), "invalid operation: cannot take address of " + ExprPrinter.print(x) + " (" + describeKind(x, t) + ")");
        return Types.INVALID;
    }

    private boolean isAddressable(Expr x) {
        x = Checker.unparen(x);
        if (x instanceof Expr.Ident id) return info.symbols.get(id) instanceof Symbol.Var;
        if (x instanceof Expr.Star) return true;
        if (x instanceof Expr.Index ix) {
            Type u = info.type(ix.x()).underlying();
            return u instanceof Type.Slice || u instanceof Type.Pointer || (u instanceof Type.Array && isAddressable(ix.x()));
        }
        if (x instanceof Expr.Selector sel && info.fields.containsKey(sel)) {
            return info.type(sel.x()).underlying() instanceof Type.Pointer || isAddressable(sel.x());
        }
        return false;
    }

    /** Reports an error unless x can be assigned to (a variable, element, field or map entry). */
    void checkAssignable(Expr x) {
        Expr e = Checker.unparen(x);
        if (Types.isInvalid(info.type(e))) return;
        if (e instanceof Expr.Index ix && info.type(ix.x()).underlying() instanceof Type.MapOf) return;
        if (e instanceof Expr.Index ix && Types.isString(info.type(ix.x()))) {
            c.error(x.pos(), "cannot assign to " + ExprPrinter.print(x) + " (neither addressable nor a map index expression)");
            return;
        }
        if (!isAddressable(e)) {
            String what = info.isConstant(e) ? "constant" : "value";
            c.error(x.pos(), "cannot assign to " + ExprPrinter.print(x) + " (neither addressable nor a map index expression)"
                    .replace("(neither", what.equals("constant") ? "(constant of type " + info.type(e) + ") (neither" : "(neither"));
        }
    }

    // ---- binary operators

    private Type binary(Expr.Binary b) {
        Type xt = expr(b.x());
        Type yt = expr(b.y());
        return binaryTypes(b.pos(), b.op(), b.x(), b.y(), xt, yt, b);
    }

    /** For op= statements and switch cases: x op y with both operands already checked. */
    Type binaryTypes(Pos pos, String op, Expr x, Expr y, Type xt) {
        return binaryTypes(pos, op, x, y, xt, info.type(y), null);
    }

    private Type binaryTypes(Pos pos, String op, Expr x, Expr y, Type xt, Type yt, Expr.Binary node) {
        if (Types.isInvalid(xt) || Types.isInvalid(yt)) return Types.INVALID;
        if (op.equals("<<") || op.equals(">>")) return shift(pos, op, x, y, xt, yt, node);
        // Untyped operands take the other operand's type.
        if (Types.isUntyped(xt) && !Types.isUntyped(yt)) { assign(x, yt, null); xt = info.type(x); }
        else if (Types.isUntyped(yt) && !Types.isUntyped(xt)) { assign(y, xt, null); yt = info.type(y); }
        if (Types.isInvalid(xt) || Types.isInvalid(yt)) return Types.INVALID;
        boolean comparison = Set.of("==", "!=", "<", "<=", ">", ">=").contains(op);
        Type t;
        if (Types.isUntyped(xt) && Types.isUntyped(yt)) {
            t = untypedJoin(xt, yt);
            if (t == null && !(comparison && isNil(xt) && isNil(yt))) return mismatch(pos, op, x, y, xt, yt);
        } else if (!xt.equals(yt)) {
            if (comparison && (isNil(xt) || isNil(yt))) {
                Type other = isNil(xt) ? yt : xt;
                if (!nilable(other)) return mismatch(pos, op, x, y, xt, yt);
                return Types.UNTYPED_BOOL;
            }
            return mismatch(pos, op, x, y, xt, yt);
        } else {
            t = xt;
        }
        if (comparison) {
            if ((op.equals("==") || op.equals("!=")) ? !Types.isComparable(xt) && !isNil(yt) && !isNil(xt)
                    : !(Types.isNumeric(xt) || Types.isString(xt))) {
                c.error(pos, "invalid operation: " + ExprPrinter.print(x) + " " + op + " " + ExprPrinter.print(y)
                        + " (operator " + op + " not defined on " + ExprPrinter.print(x) + " (" + describeKind(x, xt) + "))");
                return Types.INVALID;
            }
            fold(op, x, y, node, Types.UNTYPED_BOOL);
            return Types.UNTYPED_BOOL;
        }
        boolean ok = switch (op) {
            case "&&", "||" -> Types.isBoolean(t);
            case "+" -> Types.isNumeric(t) || Types.isString(t);
            case "-", "*", "/" -> Types.isNumeric(t);
            default -> Types.isInteger(t); // % & | ^ &^
        };
        if (!ok) {
            c.error(pos, "invalid operation: operator " + op + " not defined on " + ExprPrinter.print(x) + " (" + describeKind(x, xt) + ")");
            return Types.INVALID;
        }
        if (node != null && (op.equals("/") || op.equals("%")) && info.constants.get(y) instanceof Number n && n.doubleValue() == 0
                && Types.isInteger(t)) {
            c.error(y.pos(), "invalid operation: division by zero");
            return Types.INVALID;
        }
        fold(op, x, y, node, t);
        return t;
    }

    private void fold(String op, Expr x, Expr y, Expr.Binary node, Type t) {
        if (node == null) return;
        Object a = info.constants.get(x);
        Object b = info.constants.get(y);
        if (a == null || b == null) return;
        Object r;
        try {
            r = Constants.binary(op, a, b);
        } catch (Constants.DivisionByZero e) {
            c.error(y.pos(), "invalid operation: division by zero");
            return;
        } catch (Constants.Overflow e) {
            c.error(node.pos(), "constant " + switch (op) {
                case "+" -> "addition";
                case "-" -> "subtraction";
                case "*" -> "multiplication";
                default -> "arithmetic";
            } + " overflow");
            return;
        }
        if (r == null) return;
        if (t == Types.UNTYPED_INT || t == Types.UNTYPED_RUNE) {
            if (r instanceof Double d) r = d.longValue();
        }
        if (!Types.isUntyped(t) && Types.isInteger(t) && Constants.represent(r, t) == null) {
            c.error(node.pos(), "constant " + Constants.show(r) + " overflows " + t);
            return;
        }
        info.constants.put(node, r);
    }

    private Type shift(Pos pos, String op, Expr x, Expr y, Type xt, Type yt, Expr.Binary node) {
        if (!Types.isInteger(yt) && !(info.constants.get(y) instanceof Double d && d == Math.rint(d))) {
            c.error(y.pos(), "invalid operation: shift count " + ExprPrinter.print(y) + " (" + describeKind(y, yt) + ") must be integer");
            return Types.INVALID;
        }
        if (Constants.isInteger(info.constants.get(y)) && Constants.big(info.constants.get(y)).signum() < 0) {
            c.error(y.pos(), "invalid operation: negative shift count " + ExprPrinter.print(y));
            return Types.INVALID;
        }
        if (Types.isUntyped(yt)) assign(y, Types.UINT8.equals(yt) ? yt : new Type.Basic(Type.Kind.UINT), null);
        boolean constant = info.isConstant(x) && info.isConstant(y);
        if (Types.isUntyped(xt) && !constant) {
            // A non-constant shift of an untyped constant takes int (Go would use the context's type).
            assign(x, Types.INT, null);
            xt = Types.INT;
        }
        if (!Types.isInteger(xt) && !(Types.isUntyped(xt) && info.constants.get(x) instanceof Double d && d == Math.rint(d))) {
            c.error(pos, "invalid operation: shifted operand " + ExprPrinter.print(x) + " (" + describeKind(x, xt) + ") must be integer");
            return Types.INVALID;
        }
        if (xt == Types.UNTYPED_FLOAT) xt = Types.UNTYPED_INT;
        if (constant && node != null) {
            Object a = Constants.represent(info.constants.get(x), Types.UNTYPED_INT);
            Object n = Constants.represent(info.constants.get(y), Types.UNTYPED_INT);
            if (a == null || n == null) return Types.INVALID;
            try {
                Constants.binary(op, a, n);
            } catch (Constants.Overflow e) {
                c.error(start(x), "constant shift overflow");
                return Types.INVALID;
            }
            fold(op, x, y, node, xt);
            if (info.constants.get(node) == null) info.constants.put(node, Constants.binary(op, a, n));
        }
        return xt;
    }

    private static Type untypedJoin(Type a, Type b) {
        if (a.equals(b)) return a;
        if (Types.isNumeric(a) && Types.isNumeric(b)) {
            Type.Kind ka = ((Type.Basic) a).kind();
            Type.Kind kb = ((Type.Basic) b).kind();
            return ka.ordinal() > kb.ordinal() ? a : b; // int < rune < float
        }
        return null;
    }

    private Type mismatch(Pos pos, String op, Expr x, Expr y, Type xt, Type yt) {
        c.error(pos, "invalid operation: " + ExprPrinter.print(x) + " " + op + " " + ExprPrinter.print(y) + " (mismatched types " + xt + " and " + yt + ")");
        return Types.INVALID;
    }

    private static boolean isNil(Type t) { return t instanceof Type.Basic b && b.kind() == Type.Kind.UNTYPED_NIL; }

    private static boolean nilable(Type t) {
        Type u = t.underlying();
        return u instanceof Type.Pointer || u instanceof Type.Slice || u instanceof Type.MapOf || u instanceof Type.Chan
                || u instanceof Type.Func || u instanceof Type.Any;
    }

    // ---- assignment and conversions of untyped values

    boolean assignable(Type v, Type t) {
        if (v.equals(t) || t instanceof Type.Any) return true;
        if (Types.isUntyped(v)) {
            if (isNil(v)) return nilable(t);
            return (Types.isBoolean(v) && Types.isBoolean(t)) || (Types.isString(v) && Types.isString(t))
                    || (Types.isNumeric(v) && Types.isNumeric(t));
        }
        boolean oneUnnamed = !(v instanceof Type.Named) || !(t instanceof Type.Named);
        if (oneUnnamed && v.underlying().equals(t.underlying()) && !(v instanceof Type.Basic && t instanceof Type.Basic)) return true;
        return v.underlying() instanceof Type.Chan vc && t.underlying() instanceof Type.Chan tc && vc.dir() == 0
                && vc.element().equals(tc.element()) && oneUnnamed;
    }

    /**
     * Checks that e (already checked) can be assigned to target, converting an untyped
     * value to the target type. context names the place for messages; null means the
     * operand of a binary operator.
     */
    void assign(Expr e, Type target, String context) {
        Type v = info.type(e);
        if (Types.isInvalid(v) || Types.isInvalid(target)) return;
        if (!Types.isUntyped(v)) {
            if (!assignable(v, target)) cannotUse(e, v, target, context, "");
            return;
        }
        if (isNil(v)) {
            if (!nilable(target)) cannotUse(e, v, target, context, "");
            else setType(e, target);
            return;
        }
        Type to = target instanceof Type.Any ? Types.defaultType(v) : target;
        if (!assignable(v, to)) {
            cannotUse(e, v, target, context, "");
            return;
        }
        Object value = info.constants.get(e);
        if (value != null) {
            Object r = Constants.represent(value, to);
            if (r == null) {
                cannotUse(e, v, to, context, Types.isInteger(to) && value instanceof Double d && d != Math.rint(d) ? " (truncated)" : " (overflows)");
                return;
            }
            info.constants.put(e, r);
        }
        setType(e, to);
    }

    /** Records an untyped expression's final type, through parentheses. */
    private void setType(Expr e, Type t) {
        info.types.put(e, t);
        if (e instanceof Expr.Paren p) {
            Object v = info.constants.get(e);
            if (v != null) info.constants.put(p.x(), v);
            setType(p.x(), t);
        }
    }

    private void cannotUse(Expr e, Type v, Type target, String context, String suffix) {
        if (context == null) {
            c.error(e.pos(), "cannot convert " + ExprPrinter.print(e) + " (" + describeKind(e, v) + ") to type " + target + suffix);
        } else {
            c.error(e.pos(), "cannot use " + ExprPrinter.print(e) + " (" + describeKind(e, v) + ") as " + target + " value in " + context + suffix);
        }
    }

    /** Gives an untyped value its default type (int, float64, string, bool); returns the final type. */
    Type defaultValue(Expr e, Type t) {
        if (Types.isUntyped(t) && !isNil(t)) {
            assign(e, Types.defaultType(t), "assignment");
            return info.type(e);
        }
        return t;
    }

    /** Go's description of an operand: "variable of type int", "untyped int constant", "value of type string". */
    String describeKind(Expr e, Type t) {
        Expr x = Checker.unparen(e);
        Object v = info.constants.get(e);
        if (v != null) {
            boolean literal = x instanceof Expr.BasicLit;
            if (Types.isUntyped(t)) return t + " constant" + (literal ? "" : " " + Constants.show(v));
            return "constant " + Constants.show(v) + " of type " + t;
        }
        if (isNil(t)) return "untyped nil";
        if (x instanceof Expr.Ident id && info.symbols.get(id) instanceof Symbol.Var) return "variable of type " + t;
        return "value of type " + t;
    }

    // ---- multi-valued expressions

    /** Types of an expression assigned to n variables: a call with n results, or v, ok := <-ch / m[k]. */
    List<Type> multiValue(Expr e, int n) {
        Expr x = Checker.unparen(e);
        Type t = raw(e, null);
        if (t instanceof Type.Tuple tu) {
            if (tu.types().size() != n) {
                c.error(e.pos(), "assignment mismatch: " + n + " variables but " + ExprPrinter.print(e) + " returns " + tu.types().size() + " value" + (tu.types().size() == 1 ? "" : "s"));
                return invalid(n);
            }
            return tu.types();
        }
        if (Types.isInvalid(t)) return invalid(n);
        boolean commaOk = (x instanceof Expr.Unary u && u.op().equals("<-"))
                || (x instanceof Expr.Index ix && info.type(ix.x()).underlying() instanceof Type.MapOf);
        if (commaOk && n == 2) return List.of(t, Types.BOOL);
        c.error(e.pos(), "assignment mismatch: " + n + " variables but 1 value");
        return invalid(n);
    }

    private static List<Type> invalid(int n) {
        List<Type> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(Types.INVALID);
        return out;
    }

    // ---- calls

    /** Checks a call; returns its result type (a Tuple for zero or several results). */
    Type call(Expr.Call call, boolean statement) {
        Type t;
        try {
            t = callTarget(call);
        } catch (SyntaxError err) {
            c.error(err.pos(), err.getMessage());
            t = Types.INVALID;
        }
        info.types.put(call, t);
        return t;
    }

    private Type callTarget(Expr.Call call) {
        Expr fun = Checker.unparen(call.fun());
        if (isType(fun)) return conversion(call, typeOf(fun));
        if (fun instanceof Expr.Ident id && c.scope.lookup(id.name()) instanceof Symbol.Builtin b) {
            info.symbols.put(id, b);
            info.calls.put(call, new CallTarget.Builtin(b.name()));
            return Builtins.check(this, c, info, call, b.name());
        }
        if (fun instanceof Expr.Selector sel && sel.x() instanceof Expr.Ident pkgId
                && c.scope.lookup(pkgId.name()) instanceof Symbol.Package p) {
            info.symbols.put(pkgId, p);
            Member m = p.pkg().members().get(sel.selector().name());
            if (m instanceof Member.Function f) {
                info.calls.put(call, new CallTarget.Library(f));
                Type result = arguments(call, f.signature(), call.args(), true);
                if (p.pkg().path().equals("fmt")) FmtStringers.note(c, info, f, call);
                return result;
            }
            Type t = expr(fun);
            if (!Types.isInvalid(t)) c.error(call.pos(), "invalid operation: cannot call non-function " + ExprPrinter.print(fun) + " (" + describeKind(fun, t) + ")");
            return Types.INVALID;
        }
        if (fun instanceof Expr.Selector sel) {
            Type rt = expr(sel.x());
            boolean viaPointer = rt.underlying() instanceof Type.Pointer && !(rt instanceof Type.Named);
            Type base = viaPointer ? ((Type.Pointer) rt.underlying()).element() : rt;
            FuncInfo method = Methods.lookup(info, rt, sel.selector().name());
            if (method != null) {
                boolean pointerReceiver = Methods.pointerReceiver(method);
                if (pointerReceiver && !viaPointer && !takeAddress(sel, rt)) return Types.INVALID;
                info.calls.put(call, new CallTarget.Method(method, sel.x(), pointerReceiver, viaPointer));
                return arguments(call, Methods.withoutReceiver(method.signature), call.args(), false);
            }
            if (base instanceof Type.Named n && !n.pkg().equals("main") && !(n.underlying() instanceof Type.Struct st && st.indexOf(sel.selector().name()) >= 0 && n.exports(sel.selector().name()))) {
                Member.Function m = c.library.method(n, sel.selector().name());
                if (m == null) {
                    c.error(sel.selector().pos(), ExprPrinter.print(sel) + " undefined (type " + rt + " has no field or method " + sel.selector().name()
                            + ", or SchedLab does not model it)");
                    return Types.INVALID;
                }
                boolean pointerReceiver = m.signature().params().get(0) instanceof Type.Pointer;
                if (pointerReceiver && !viaPointer && !takeAddress(sel, rt)) return Types.INVALID;
                info.calls.put(call, new CallTarget.LibraryMethod(m, sel.x(), viaPointer));
                return arguments(call, Methods.withoutReceiver(m.signature()), call.args(), true);
            }
        }
        Type ft = expr(fun);
        if (Types.isInvalid(ft)) {
            for (Expr a : call.args()) expr(a);
            return Types.INVALID;
        }
        if (!(ft.underlying() instanceof Type.Func sig)) {
            c.error(call.pos(), "invalid operation: cannot call non-function " + ExprPrinter.print(fun) + " (" + describeKind(fun, ft) + ")");
            return Types.INVALID;
        }
        if (fun instanceof Expr.Ident id && info.symbols.get(id) instanceof Symbol.Func f) {
            info.calls.put(call, new CallTarget.Static(f.info()));
        } else {
            info.calls.put(call, new CallTarget.Value());
        }
        return arguments(call, sig, call.args(), false);
    }

    /** A pointer method called on an addressable T value: Go takes its address (x.M() is (&x).M()). */
    /** For a pointer method on a value: marks the variable addressed, or reports (at the method's name, as Go does). */
    private boolean takeAddress(Expr.Selector sel, Type t) {
        Expr e = Checker.unparen(sel.x());
        String method = sel.selector().name();
        if (e instanceof Expr.Ident id && info.symbols.get(id) instanceof Symbol.Var v) {
            v.addressed = true;
            return true;
        }
        if (isAddressable(e)) return true;
        c.error(sel.selector().pos(), "cannot call pointer method " + method + " on " + t);
        return false;
    }

    private Type arguments(Expr.Call call, Type.Func sig, List<Expr> args, boolean library) {
        List<Type> params = sig.params();
        int fixed = sig.variadic() ? params.size() - 1 : params.size();
        if (args.size() == 1 && (params.size() > 1 || sig.variadic()) && Checker.unparen(args.get(0)) instanceof Expr.Call inner) {
            Type t = raw(args.get(0), null);
            if (t instanceof Type.Tuple tu && tu.types().size() > 1) {
                // f(g()): g's results are f's arguments (library functions, or program functions without ...)
                if (sig.variadic() && !library) {
                    c.unsupported(inner.pos(), "passing a multi-valued call to a variadic function is", "assign the results to variables first");
                    return results(sig);
                }
                List<Type> got = tu.types();
                if (got.size() < fixed || (!sig.variadic() && got.size() != fixed)) {
                    c.error(call.pos(), (got.size() < fixed ? "not enough" : "too many") + " arguments in call to " + ExprPrinter.print(call.fun())
                            + "\n\thave " + tu + "\n\twant " + new Type.Tuple(params));
                    return results(sig);
                }
                for (int i = 0; i < got.size(); i++) {
                    Type want = i < fixed ? params.get(i) : ((Type.Slice) params.get(params.size() - 1)).element();
                    if (!assignable(got.get(i), want)) {
                        c.error(inner.pos(), "cannot use " + got.get(i) + " value as " + want + " value in argument to " + ExprPrinter.print(call.fun()));
                    }
                }
                info.spreadResults.add(call);
                return results(sig);
            }
        }
        if (call.spread()) {
            if (!sig.variadic()) {
                c.error(call.pos(), "have (...) but function is not variadic: " + ExprPrinter.print(call.fun()));
            } else if (library) {
                c.unsupported(call.pos(), "passing a slice with ... to a library function is", "pass the values one by one");
            } else if (args.size() != params.size()) {
                c.error(call.pos(), (args.size() < params.size() ? "not enough" : "too many") + " arguments in call to " + ExprPrinter.print(call.fun()));
            }
            for (int i = 0; i < args.size(); i++) {
                expr(args.get(i));
                if (i < params.size()) assign(args.get(i), params.get(i), "argument to " + ExprPrinter.print(call.fun()));
            }
            return results(sig);
        }
        if (args.size() < fixed || (!sig.variadic() && args.size() > fixed)) {
            for (Expr a : args) expr(a);
            c.error(args.size() < fixed ? call.pos() : args.get(fixed).pos(), (args.size() < fixed ? "not enough" : "too many")
                    + " arguments in call to " + ExprPrinter.print(call.fun()) + "\n\thave (" + args.stream().map(a -> info.type(a).toString()).reduce((x, y) -> x + ", " + y).orElse("")
                    + ")\n\twant " + new Type.Tuple(params));
            return results(sig);
        }
        for (int i = 0; i < args.size(); i++) {
            Type want = i < fixed ? params.get(i) : ((Type.Slice) params.get(params.size() - 1)).element();
            raw(args.get(i), want);
            if (info.types.get(args.get(i)) instanceof Type.Tuple) {
                expr(args.get(i));
                continue;
            }
            assign(args.get(i), want, "argument to " + ExprPrinter.print(call.fun()));
        }
        return results(sig);
    }

    private static Type results(Type.Func sig) {
        if (sig.results().size() == 1) return sig.results().get(0);
        return sig.results().isEmpty() ? NO_VALUE : new Type.Tuple(sig.results());
    }

    private Type conversion(Expr.Call call, Type to) {
        info.calls.put(call, new CallTarget.Conversion(to));
        if (call.args().size() != 1) {
            for (Expr a : call.args()) expr(a);
            c.error(call.pos(), (call.args().isEmpty() ? "missing argument" : "too many arguments") + " in conversion to " + to);
            return Types.INVALID;
        }
        Expr x = call.args().get(0);
        Type from = expr(x);
        if (Types.isInvalid(from) || Types.isInvalid(to)) return Types.INVALID;
        Object v = info.constants.get(x);
        Type tu = to.underlying();
        if (v != null && tu instanceof Type.Basic) {
            if (Types.isString(to) && v instanceof Long cp) {
                info.constants.put(call, Character.isValidCodePoint((int) (long) cp) && cp == (int) (long) cp ? new String(Character.toChars((int) (long) cp)) : "\uFFFD");
                return to;
            }
            Object r = Constants.represent(v, to);
            if (r == null && Types.isFloat(from) && Types.isInteger(to) && !Types.isUntyped(from)) r = null;
            if (r == null) {
                c.error(x.pos(), "cannot convert " + ExprPrinter.print(x) + " (" + describeKind(x, from) + ") to type " + to
                        + (Types.isNumeric(from) && Types.isNumeric(to) ? (v instanceof Double d && d != Math.rint(d) ? " (truncated)" : " (overflows)") : ""));
                return Types.INVALID;
            }
            info.constants.put(call, r);
            info.types.put(x, Types.isUntyped(from) ? to : from);
            return to;
        }
        if (Types.isUntyped(from)) {
            assign(x, isNil(from) ? to : (Types.isNumeric(from) && Types.isNumeric(to) ? to : Types.defaultType(from)), "conversion");
            from = info.type(x);
        }
        if (convertible(from, to)) return to;
        c.error(x.pos(), "cannot convert " + ExprPrinter.print(x) + " (" + describeKind(x, from) + ") to type " + to);
        return Types.INVALID;
    }

    boolean convertible(Type from, Type to) {
        if (assignable(from, to)) return true;
        Type fu = from.underlying();
        Type tu = to.underlying();
        if (fu.equals(tu)) return true;
        if (Types.isNumeric(from) && Types.isNumeric(to)) return true;
        if (Types.isInteger(from) && Types.isString(to)) return true;
        if (Types.isString(from) && tu instanceof Type.Slice s && s.element().equals(Types.UINT8)) return true;
        if (Types.isString(to) && fu instanceof Type.Slice s && s.element().equals(Types.UINT8)) return true;
        return fu instanceof Type.Pointer a && tu instanceof Type.Pointer b && a.element().underlying().equals(b.element().underlying());
    }

    /** Checks an argument expression with a hint for elided composite types. */
    Type argument(Expr e, Type hint) { return raw(e, hint); }
}
