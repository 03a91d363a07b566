package dev.schedlab.scenarios.lang.compile;

import dev.schedlab.model.vm.Op;
import dev.schedlab.scenarios.lang.check.CallTarget;
import dev.schedlab.scenarios.lang.check.Type;
import dev.schedlab.scenarios.lang.syntax.Expr;

/**
 * A method value {@code c.Inc}: the receiver is evaluated now and boxed in the one cell a
 * closure captures; the closure is a small function (Go names it {@code main.(*Counter).Inc-fm})
 * that loads the receiver, passes its own parameters on and returns the method's results.
 * One such function per method serves every method value of it.
 */
final class MethodValues {
    private MethodValues() {}

    static void compile(Exprs x, FunctionCompiler f, Expr.Selector sel, CallTarget target) {
        CodeBuilder b = x.code();
        Type.Func sig;
        Object key;
        if (target instanceof CallTarget.Method m) {
            x.receiver(m);
            sig = m.function().signature;
            key = m.function();
        } else {
            CallTarget.LibraryMethod m = (CallTarget.LibraryMethod) target;
            x.libraryReceiver(m);
            sig = m.function().signature();
            key = m.function();
        }
        b.emit(Op.NEW_CELL);
        b.emit(Op.MAKE_CLOSURE, wrapper(f.program(), sel, target, sig, key), 1, null);
    }

    private static int wrapper(ProgramCompiler program, Expr.Selector sel, CallTarget target, Type.Func sig, Object key) {
        Integer known = program.methodValueWrappers.get(key);
        if (known != null) return known;
        int index = program.reserveAnonymous();
        program.methodValueWrappers.put(key, index);
        int params = sig.params().size() - 1; // without the receiver
        CodeBuilder body = new CodeBuilder(program);
        body.at(sel.pos());
        for (int i = 0; i < params; i++) body.newSlot("arg" + i);
        body.emit(Op.LOAD_FREE, 0, 0, null);
        for (int i = 0; i < params; i++) body.emit(Op.LOAD, i, 0, null);
        String name;
        if (target instanceof CallTarget.Method m) {
            body.emit(Op.CALL, program.indexOf(m.function()), params + 1, null);
            name = m.function().name;
        } else {
            CallTarget.LibraryMethod m = (CallTarget.LibraryMethod) target;
            m.function().emitter().emit(body, params + 1);
            name = m.function().goName();
        }
        body.emit(Op.RETURN, sig.results().size(), 0, null);
        program.define(index, name + "-fm", sel.pos(), params, body);
        return index;
    }
}
