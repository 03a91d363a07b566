package dev.schedlab.scenarios.lang.compile;

import dev.schedlab.model.vm.Instr;
import dev.schedlab.model.vm.Op;
import dev.schedlab.scenarios.lang.lib.CodeSink;
import dev.schedlab.scenarios.lang.syntax.Pos;

import java.util.ArrayList;
import java.util.List;

/** Accumulates one function's instructions and local slots; every instruction gets the current source position. */
final class CodeBuilder implements CodeSink {
    private final List<Instr> code = new ArrayList<>();
    private final List<String> localNames = new ArrayList<>();
    private Pos at = new Pos(0, 0);
    /** Where library functions are added (null for code that never calls one, as in tests). */
    private final ProgramCompiler program;

    CodeBuilder(ProgramCompiler program) { this.program = program; }

    @Override
    public int libraryFunction(String name, int params, java.util.function.Consumer<CodeSink> body) {
        if (program == null) return CodeSink.super.libraryFunction(name, params, body);
        return program.libraryFunction(name, params, body, at);
    }

    /** Sets the position for the following instructions; returns the previous one to restore. */
    Pos at(Pos pos) {
        Pos old = at;
        at = pos;
        return old;
    }

    @Override
    public void emit(Op op, int a, int b, Object k) {
        code.add(new Instr(op, a, b, k, at.line(), at.column()));
    }

    void emit(Op op) { emit(op, 0, 0, null); }

    void emit(Op op, int a) { emit(op, a, 0, null); }

    void constant(Object k) { emit(Op.CONST, 0, 0, k); }

    @Override public int here() { return code.size(); }

    /** Emits a jump whose target is patched later. */
    int jump(Op op) {
        emit(op, -1, 0, null);
        return code.size() - 1;
    }

    void patch(int at, int target) {
        Instr in = code.get(at);
        code.set(at, new Instr(in.op(), target, in.b(), in.k(), in.line(), in.column()));
    }

    int newSlot(String name) {
        localNames.add(name);
        return localNames.size() - 1;
    }

    int localCount() { return localNames.size(); }

    List<String> localNames() { return localNames; }

    Instr[] instructions() { return code.toArray(new Instr[0]); }
}
