package dev.schedlab.model.runtime;

import dev.schedlab.model.vm.Function;
import dev.schedlab.model.vm.Instr;
import dev.schedlab.model.vm.Op;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Builds VM functions by hand for runtime tests that must not depend on the Go front end. */
final class Asm {
    private final List<Instr> code = new ArrayList<>();
    final Function function;

    Asm(String name, int params, int locals) {
        function = new Function(name, "test.go", 1, params, locals, Collections.nCopies(locals, "v"));
    }

    Asm op(Op op) { return add(op, 0, 0, null); }

    Asm op(Op op, int a) { return add(op, a, 0, null); }

    Asm op(Op op, int a, int b) { return add(op, a, b, null); }

    Asm k(Op op, Object k) { return add(op, 0, 0, k); }

    Asm add(Op op, int a, int b, Object k) {
        code.add(new Instr(op, a, b, k, code.size() + 1, 1));
        return this;
    }

    /** The index the next instruction will have (a jump target). */
    int here() { return code.size(); }

    /** Patches the jump at {@code at} to {@code target}. */
    void patch(int at, int target) {
        Instr i = code.get(at);
        code.set(at, new Instr(i.op(), target, i.b(), i.k(), i.line(), i.column()));
    }

    Function build() {
        function.setCode(code.toArray(new Instr[0]));
        return function;
    }
}
