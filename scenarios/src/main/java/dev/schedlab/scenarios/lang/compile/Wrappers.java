package dev.schedlab.scenarios.lang.compile;

import dev.schedlab.model.vm.Op;
import dev.schedlab.scenarios.lang.check.CallTarget;
import dev.schedlab.scenarios.lang.lib.Member;
import dev.schedlab.scenarios.lang.syntax.Expr;

/**
 * go/defer of a call that is not a function value (wg.Done, fmt.Println, close): GO and
 * DEFER need a function value, so a small function is synthesised whose parameters are
 * the evaluated operands and whose body is the call, as Go 1.22 does (main.f.deferwrap1).
 */
final class Wrappers {
    private Wrappers() {}

    static void goOrDefer(Exprs x, FunctionCompiler f, Expr.Call call, CallTarget t, Op op) {
        CodeBuilder b = x.code();
        int argc;
        CodeBuilder body = new CodeBuilder(f.program());
        body.at(call.pos());
        String name = f.function().nextWrapperName(op == Op.GO ? "go" : "defer");
        int index = f.program().reserveAnonymous();
        b.emit(Op.MAKE_CLOSURE, index, 0, null);
        Member.Function lib = Exprs.libraryFunction(t);
        if (t instanceof CallTarget.LibraryMethod m) {
            x.libraryReceiver(m);
            for (Expr a : call.args()) x.value(a);
            argc = call.args().size() + 1;
        } else {
            for (Expr a : call.args()) x.value(a);
            argc = call.args().size();
        }
        for (int i = 0; i < argc; i++) body.emit(Op.LOAD, i, 0, null);
        for (int i = 0; i < argc; i++) body.newSlot("arg" + i);
        int results;
        if (lib != null) {
            lib.emitter().emit(body, argc);
            results = lib.signature().results().size();
        } else {
            results = Builtins.emitOp(body, ((CallTarget.Builtin) t).name(), argc);
        }
        for (int i = 0; i < results; i++) body.emit(Op.POP, 0, 0, null);
        body.emit(Op.RETURN, 0, 0, null);
        f.program().define(index, name, call.pos(), argc, body);
        b.emit(op, 0, argc, null);
    }
}
