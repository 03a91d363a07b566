package dev.schedlab.scenarios.lang.check;

import dev.schedlab.scenarios.lang.syntax.Expr;

import java.util.stream.Collectors;

/** Short source form of an expression, for messages ("cannot use x + 1 (value of type int) ..."). */
final class ExprPrinter {
    private ExprPrinter() {}

    static String print(Expr e) {
        if (e instanceof Expr.Ident i) return i.name();
        if (e instanceof Expr.BasicLit l) return l.value();
        if (e instanceof Expr.Paren p) return "(" + print(p.x()) + ")";
        if (e instanceof Expr.Selector s) return print(s.x()) + "." + s.selector().name();
        if (e instanceof Expr.Index i) return print(i.x()) + "[" + i.indices().stream().map(ExprPrinter::print).collect(Collectors.joining(", ")) + "]";
        if (e instanceof Expr.SliceExpr s) return print(s.x()) + "[" + opt(s.low()) + ":" + opt(s.high()) + (s.max() != null ? ":" + print(s.max()) : "") + "]";
        if (e instanceof Expr.Call c) return print(c.fun()) + "(" + c.args().stream().map(ExprPrinter::print).collect(Collectors.joining(", ")) + (c.spread() ? "..." : "") + ")";
        if (e instanceof Expr.Star s) return "*" + print(s.x());
        if (e instanceof Expr.Unary u) return u.op() + print(u.x());
        if (e instanceof Expr.Binary b) return print(b.x()) + " " + b.op() + " " + print(b.y());
        if (e instanceof Expr.CompositeLit c) return (c.type() == null ? "" : print(c.type())) + "{…}";
        if (e instanceof Expr.FuncLit) return "func literal";
        if (e instanceof Expr.ArrayType a) return "[" + (a.length() == null ? "" : print(a.length())) + "]" + print(a.element());
        if (e instanceof Expr.ChanType c) return (c.dir() == 2 ? "<-chan " : c.dir() == 1 ? "chan<- " : "chan ") + print(c.element());
        if (e instanceof Expr.MapType m) return "map[" + print(m.key()) + "]" + print(m.value());
        if (e instanceof Expr.StructType s) return s.fields().isEmpty() ? "struct{}" : "struct{…}";
        if (e instanceof Expr.FuncType) return "func(…)";
        if (e instanceof Expr.TypeAssert t) return print(t.x()) + ".(" + (t.type() == null ? "type" : print(t.type())) + ")";
        if (e instanceof Expr.KeyValue kv) return print(kv.key()) + ": " + print(kv.value());
        if (e instanceof Expr.InterfaceType) return "interface{}";
        if (e instanceof Expr.Ellipsis el) return "..." + (el.element() == null ? "" : print(el.element()));
        return "expression";
    }

    private static String opt(Expr e) { return e == null ? "" : print(e); }
}
