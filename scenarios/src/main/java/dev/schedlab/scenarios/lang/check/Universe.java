package dev.schedlab.scenarios.lang.check;

import dev.schedlab.scenarios.lang.check.Type.Basic;
import dev.schedlab.scenarios.lang.check.Type.Kind;

import java.util.List;

/** Go's predeclared names. */
final class Universe {
    private Universe() {}

    static final List<String> BUILTINS = List.of("append", "cap", "clear", "close", "complex", "copy", "delete", "imag",
            "len", "make", "max", "min", "new", "panic", "print", "println", "real", "recover");

    static Scope create() {
        Scope s = new Scope(null);
        for (Kind k : Kind.values()) {
            if (k.ordinal() < Kind.UNTYPED_BOOL.ordinal()) s.declare(k.goName, new Symbol.TypeName(k.goName, new Basic(k)));
        }
        s.declare("byte", new Symbol.TypeName("byte", new Basic(Kind.UINT8)));
        s.declare("error", new Symbol.TypeName("error", Types.ERROR));
        s.declare("rune", new Symbol.TypeName("rune", new Basic(Kind.INT32)));
        s.declare("true", new Symbol.Const("true", Types.UNTYPED_BOOL, true));
        s.declare("false", new Symbol.Const("false", Types.UNTYPED_BOOL, false));
        s.declare("iota", new Symbol.Const("iota", Types.UNTYPED_INT, 0L));
        s.declare("nil", new Symbol.Nil("nil"));
        for (String b : BUILTINS) s.declare(b, new Symbol.Builtin(b));
        return s;
    }
}
