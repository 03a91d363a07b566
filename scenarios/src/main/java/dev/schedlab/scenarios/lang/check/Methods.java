package dev.schedlab.scenarios.lang.check;

import dev.schedlab.scenarios.lang.syntax.Decl;
import dev.schedlab.scenarios.lang.syntax.Expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** Methods declared on the program's own types: value receivers (T) and pointer receivers (*T). */
public final class Methods {
    private Methods() {}

    static void declare(Checker c, Decl.Func f) {
        Expr recvType = Checker.unparen(f.receiver().type());
        boolean pointer = recvType instanceof Expr.Star;
        Type base = c.exprs.typeOf(pointer ? ((Expr.Star) recvType).x() : recvType);
        if (Types.isInvalid(base)) return;
        if (!(base instanceof Type.Named named) || !named.pkg().equals("main")) {
            c.error(f.receiver().pos(), "cannot define new methods on non-local type " + base);
            return;
        }
        if (named.underlying() instanceof Type.Pointer) {
            c.error(f.receiver().pos(), "invalid receiver type " + named + " (pointer or interface type)");
            return;
        }
        if (f.body() == null) {
            c.error(f.name().pos(), "missing function body");
            return;
        }
        String name = f.name().name();
        var table = c.info.methods.computeIfAbsent(named, t -> new HashMap<>());
        if (table.containsKey(name)) {
            c.error(f.name().pos(), "method " + named + "." + name + " already declared");
            return;
        }
        if (named.underlying() instanceof Type.Struct st && st.indexOf(name) >= 0) {
            c.error(f.name().pos(), "field and method with the same name " + name);
            return;
        }
        // Go's names: main.T.M for value receivers, main.(*T).M for pointer receivers.
        FuncInfo info = new FuncInfo(pointer ? "main.(*" + named.name() + ")." + name : "main." + named.name() + "." + name, null);
        Type.Func sig = c.exprs.signature(f.type());
        List<Type> params = new ArrayList<>();
        params.add(pointer ? new Type.Pointer(named) : named);
        params.addAll(sig.params());
        info.signature = new Type.Func(params, sig.results(), sig.variadic());
        table.put(name, info);
        c.info.functions.put(f, info);
    }

    /** The method called {@code name} of t or *t (t a program type), or null. */
    static FuncInfo lookup(Info info, Type t, String name) {
        Type base = t.underlying() instanceof Type.Pointer p && !(t instanceof Type.Named) ? p.element() : t;
        if (!(base instanceof Type.Named n)) return null;
        var table = info.methods.get(n);
        return table == null ? null : table.get(name);
    }

    /** Whether the method's receiver is a pointer. */
    static boolean pointerReceiver(FuncInfo m) { return m.signature.params().get(0) instanceof Type.Pointer; }

    /** The signature as called: without the receiver. */
    public static Type.Func withoutReceiver(Type.Func sig) {
        return new Type.Func(sig.params().subList(1, sig.params().size()), sig.results(), sig.variadic());
    }
}
