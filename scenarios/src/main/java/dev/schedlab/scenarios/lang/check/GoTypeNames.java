package dev.schedlab.scenarios.lang.check;

import java.util.stream.Collectors;

/** Types spelled as Go's reflect prints them, which is what fmt's {@code %T} shows. */
final class GoTypeNames {
    private GoTypeNames() {}

    /** reflect.Type.String() of t, or null for interfaces (their %T is the dynamic type's). */
    static String of(Type t) {
        if (t instanceof Type.Basic b) return Types.isUntyped(b) ? null : b.toString();
        if (t instanceof Type.Named n) {
            if (n.underlying() instanceof Type.Any) return null; // error
            return (n.pkg().isEmpty() ? "" : packageName(n.pkg()) + ".") + n.name();
        }
        if (t instanceof Type.Pointer p) return prefixed("*", p.element());
        if (t instanceof Type.Slice s) return prefixed("[]", s.element());
        if (t instanceof Type.Array a) return prefixed("[" + a.length() + "]", a.element());
        if (t instanceof Type.Chan c) return prefixed(c.dir() == 2 ? "<-chan " : c.dir() == 1 ? "chan<- " : "chan ", c.element());
        if (t instanceof Type.MapOf m) {
            String k = inner(m.key());
            String v = inner(m.value());
            return k == null || v == null ? null : "map[" + k + "]" + v;
        }
        if (t instanceof Type.Struct s) {
            if (s.fields().isEmpty()) return "struct {}";
            StringBuilder out = new StringBuilder("struct { ");
            for (int i = 0; i < s.fields().size(); i++) {
                String f = inner(s.fields().get(i).type());
                if (f == null) return null;
                out.append(i > 0 ? "; " : "").append(s.fields().get(i).name()).append(' ').append(f);
            }
            return out.append(" }").toString();
        }
        if (t instanceof Type.Func f) {
            StringBuilder out = new StringBuilder("func(");
            for (int i = 0; i < f.params().size(); i++) {
                Type p = f.variadic() && i == f.params().size() - 1 ? ((Type.Slice) f.params().get(i)).element() : f.params().get(i);
                String name = inner(p);
                if (name == null) return null;
                out.append(i > 0 ? ", " : "").append(f.variadic() && i == f.params().size() - 1 ? "..." : "").append(name);
            }
            out.append(')');
            var results = f.results().stream().map(GoTypeNames::inner).collect(Collectors.toList());
            if (results.contains(null)) return null;
            if (results.size() == 1) out.append(' ').append(results.get(0));
            else if (results.size() > 1) out.append(" (").append(String.join(", ", results)).append(')');
            return out.toString();
        }
        return null;
    }

    /** A type inside another: interfaces are spelled out there ({@code []interface {}}, {@code []error}). */
    private static String inner(Type t) {
        if (t instanceof Type.Any) return "interface {}";
        if (t instanceof Type.Named n && n.underlying() instanceof Type.Any) return n.name();
        return of(t);
    }

    private static String prefixed(String prefix, Type element) {
        String e = inner(element);
        return e == null ? null : prefix + e;
    }

    /** reflect prints the package's name, the last element of its import path. */
    private static String packageName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
