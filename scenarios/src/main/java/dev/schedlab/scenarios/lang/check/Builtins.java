package dev.schedlab.scenarios.lang.check;

import dev.schedlab.scenarios.lang.syntax.Expr;

import java.util.List;

/** Type rules of Go's builtin functions (len, append, make, ...). */
final class Builtins {
    private Builtins() {}

    private static final Type NO_VALUE = new Type.Tuple(List.of());

    static Type check(ExprChecker x, Checker c, Info info, Expr.Call call, String name) {
        List<Expr> args = call.args();
        switch (name) {
            case "len", "cap" -> {
                if (!count(c, call, 1, 1)) return Types.INVALID;
                Expr a = args.get(0);
                Type t = x.expr(a);
                if (Types.isInvalid(t)) return t;
                Type u = t.underlying();
                if (u instanceof Type.Pointer p && p.element().underlying() instanceof Type.Array) u = p.element().underlying();
                boolean ok = u instanceof Type.Slice || u instanceof Type.Array || u instanceof Type.Chan
                        || (name.equals("len") && (Types.isString(t) || u instanceof Type.MapOf));
                if (!ok) {
                    c.error(a.pos(), "invalid argument: " + ExprPrinter.print(a) + " (" + x.describeKind(a, t) + ") for built-in " + name);
                    return Types.INVALID;
                }
                if (info.constants.get(a) instanceof String s) info.constants.put(call, (long) s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
                else if (u instanceof Type.Array arr && !containsCallOrReceive(a)) info.constants.put(call, arr.length());
                if (Types.isUntyped(t)) x.assign(a, Types.STRING, "argument to " + name);
                return Types.INT;
            }
            case "append" -> {
                if (args.isEmpty()) {
                    c.error(call.pos(), "not enough arguments for append() (expected 1, found 0)");
                    return Types.INVALID;
                }
                Type s = x.expr(args.get(0));
                if (Types.isInvalid(s)) {
                    for (Expr a : args.subList(1, args.size())) x.expr(a);
                    return s;
                }
                if (!(s.underlying() instanceof Type.Slice sl)) {
                    c.error(args.get(0).pos(), "invalid argument: " + ExprPrinter.print(args.get(0)) + " (" + x.describeKind(args.get(0), s) + ") is not a slice");
                    return Types.INVALID;
                }
                if (call.spread()) {
                    if (args.size() != 2) {
                        c.error(call.pos(), "can only use ... with final argument in list");
                        return s;
                    }
                    Type t = x.expr(args.get(1));
                    boolean bytesFromString = sl.element().equals(Types.UINT8) && Types.isString(t);
                    if (bytesFromString) x.assign(args.get(1), Types.STRING, "argument to append");
                    else x.assign(args.get(1), s, "argument to append");
                    return s;
                }
                for (Expr a : args.subList(1, args.size())) {
                    x.argument(a, sl.element());
                    x.assign(a, sl.element(), "argument to append");
                }
                return s;
            }
            case "make" -> {
                if (args.isEmpty()) {
                    c.error(call.pos(), "not enough arguments for make() (expected 1, found 0)");
                    return Types.INVALID;
                }
                Type t = x.typeOf(args.get(0));
                info.types.put(args.get(0), t);
                Type u = t.underlying();
                int max = u instanceof Type.Slice ? 3 : 2;
                int min = u instanceof Type.Slice ? 2 : 1;
                if (!Types.isInvalid(t) && !(u instanceof Type.Slice || u instanceof Type.Chan || u instanceof Type.MapOf)) {
                    c.error(args.get(0).pos(), "invalid argument: cannot make " + ExprPrinter.print(args.get(0)) + "; type must be slice, map, or channel");
                    return Types.INVALID;
                }
                if (args.size() < min || args.size() > max) {
                    c.error(call.pos(), "invalid operation: " + ExprPrinter.print(call) + " expects " + min + " or " + max + " arguments; found " + args.size());
                    return Types.INVALID;
                }
                for (Expr a : args.subList(1, args.size())) size(x, c, info, a);
                return t;
            }
            case "new" -> {
                if (!count(c, call, 1, 1)) return Types.INVALID;
                Type t = x.typeOf(args.get(0));
                info.types.put(args.get(0), t);
                return new Type.Pointer(t);
            }
            case "close" -> {
                if (!count(c, call, 1, 1)) return NO_VALUE;
                Type t = x.expr(args.get(0));
                if (Types.isInvalid(t)) return NO_VALUE;
                if (!(t.underlying() instanceof Type.Chan ch)) {
                    c.error(args.get(0).pos(), "invalid operation: non-chan argument " + ExprPrinter.print(args.get(0)) + " (" + x.describeKind(args.get(0), t) + ") for built-in close");
                } else if (ch.dir() == 2) {
                    c.error(args.get(0).pos(), "invalid operation: cannot close receive-only channel " + ExprPrinter.print(args.get(0)));
                }
                return NO_VALUE;
            }
            case "recover" -> {
                if (!count(c, call, 0, 0)) return new Type.Any();
                return new Type.Any();
            }
            case "panic" -> {
                if (!count(c, call, 1, 1)) return NO_VALUE;
                x.expr(args.get(0));
                x.assign(args.get(0), new Type.Any(), "argument to panic");
                return NO_VALUE;
            }
            case "print", "println" -> {
                for (Expr a : args) {
                    x.expr(a);
                    x.assign(a, new Type.Any(), "argument to " + name);
                }
                return NO_VALUE;
            }
            case "copy" -> {
                if (!count(c, call, 2, 2)) return Types.INVALID;
                Type d = x.expr(args.get(0));
                Type s = x.expr(args.get(1));
                if (Types.isInvalid(d) || Types.isInvalid(s)) return Types.INT;
                if (!(d.underlying() instanceof Type.Slice ds)) {
                    c.error(args.get(0).pos(), "invalid argument: copy expects slice arguments; found " + ExprPrinter.print(args.get(0)) + " (" + x.describeKind(args.get(0), d) + ")");
                    return Types.INT;
                }
                if (ds.element().equals(Types.UINT8) && Types.isString(s)) x.assign(args.get(1), Types.STRING, "argument to copy");
                else if (!(s.underlying() instanceof Type.Slice ss) || !ss.element().equals(ds.element())) {
                    c.error(call.pos(), "invalid argument: arguments to copy " + ExprPrinter.print(args.get(0)) + " and " + ExprPrinter.print(args.get(1)) + " have different element types");
                }
                return Types.INT;
            }
            case "delete" -> {
                if (!count(c, call, 2, 2)) return NO_VALUE;
                Type m = x.expr(args.get(0));
                x.expr(args.get(1));
                if (Types.isInvalid(m)) return NO_VALUE;
                if (!(m.underlying() instanceof Type.MapOf mt)) {
                    c.error(args.get(0).pos(), "invalid argument: " + ExprPrinter.print(args.get(0)) + " (" + x.describeKind(args.get(0), m) + ") is not a map");
                    return NO_VALUE;
                }
                x.assign(args.get(1), mt.key(), "argument to delete");
                return NO_VALUE;
            }
            case "min", "max" -> {
                if (args.isEmpty()) {
                    c.error(call.pos(), "not enough arguments for " + name + "() (expected 1, found 0)");
                    return Types.INVALID;
                }
                Type t = null;
                for (Expr a : args) {
                    Type at = x.expr(a);
                    if (Types.isInvalid(at)) return at;
                    if (!Types.isUntyped(at)) t = at;
                }
                boolean allConst = args.stream().allMatch(info::isConstant);
                if (t == null) t = allConst ? info.type(args.get(0)) : Types.defaultType(info.type(args.get(0)));
                for (Expr a : args) x.assign(a, t, "argument to " + name);
                if (!Types.isNumeric(t) && !Types.isString(t)) {
                    c.error(call.pos(), "invalid argument: " + name + " requires ordered arguments");
                    return Types.INVALID;
                }
                if (allConst) {
                    Object best = info.constants.get(args.get(0));
                    for (Expr a : args) {
                        Object v = info.constants.get(a);
                        Object less = Constants.binary("<", v, best);
                        if (Boolean.TRUE.equals(less) == name.equals("min") && !v.equals(best)) best = v;
                    }
                    if (best != null) info.constants.put(call, best);
                }
                return t;
            }
            default -> {
                for (Expr a : args) if (!(a instanceof Expr.Ident)) x.expr(a);
                c.unsupported(call.pos(), "the builtin " + name + " is", null);
                return Types.INVALID;
            }
        }
    }

    private static void size(ExprChecker x, Checker c, Info info, Expr a) {
        Type t = x.expr(a);
        if (Types.isInvalid(t)) return;
        if (!Types.isInteger(t) && !(info.constants.get(a) instanceof Double d && d == Math.rint(d))) {
            c.error(a.pos(), "cannot convert " + ExprPrinter.print(a) + " (" + x.describeKind(a, t) + ") to type int");
            return;
        }
        if (Types.isUntyped(t)) x.assign(a, Types.INT, "argument to make");
        if (info.constants.get(a) instanceof Long n && n < 0) c.error(a.pos(), "invalid argument: index " + ExprPrinter.print(a) + " (constant of type int) must not be negative");
    }

    private static boolean count(Checker c, Expr.Call call, int min, int max) {
        int n = call.args().size();
        if (n < min) {
            c.error(call.pos(), "not enough arguments for " + ExprPrinter.print(call) + " (expected " + min + ", found " + n + ")");
            return false;
        }
        if (n > max) {
            c.error(call.pos(), "too many arguments for " + ExprPrinter.print(call) + " (expected " + max + ", found " + n + ")");
            return false;
        }
        return true;
    }

    private static boolean containsCallOrReceive(Expr e) {
        e = Checker.unparen(e);
        if (e instanceof Expr.Call) return true;
        if (e instanceof Expr.Unary u) return u.op().equals("<-") || containsCallOrReceive(u.x());
        if (e instanceof Expr.Selector s) return containsCallOrReceive(s.x());
        if (e instanceof Expr.Index i) return containsCallOrReceive(i.x()) || i.indices().stream().anyMatch(Builtins::containsCallOrReceive);
        if (e instanceof Expr.Star s) return containsCallOrReceive(s.x());
        return false;
    }
}
