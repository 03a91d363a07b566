package dev.schedlab.model.vm;

import java.util.List;

/**
 * A compiled function: its name as Go would print it ({@code main.worker},
 * {@code main.main.func1}), its parameters (the first {@code paramCount} locals),
 * its local slots and its code.
 *
 * <p>{@code code} is assigned once by the compiler after construction, because
 * functions refer to each other by index and closures are compiled inside their parents.
 */
public final class Function {
    private final String name;
    private final String file;
    private final int line;
    private final int paramCount;
    private final int localCount;
    private final List<String> localNames;
    private Instr[] code = new Instr[0];
    private int recoverPc = -1;

    public Function(String name, String file, int line, int paramCount, int localCount, List<String> localNames) {
        if (paramCount > localCount) throw new IllegalArgumentException("more parameters than locals in " + name);
        this.name = name;
        this.file = file;
        this.line = line;
        this.paramCount = paramCount;
        this.localCount = localCount;
        this.localNames = List.copyOf(localNames);
    }

    public String name() { return name; }
    public String file() { return file; }
    public int line() { return line; }
    public int paramCount() { return paramCount; }
    public int localCount() { return localCount; }
    public List<String> localNames() { return localNames; }
    public Instr[] code() { return code; }

    /**
     * The stack frame this function takes, in bytes, modelled on amd64: its locals, a spill
     * area for its operands, the return address and the saved frame pointer.
     */
    public int frameSize() { return 8 * localCount + 48; }

    private int leaf = -1;

    /**
     * A leaf calls nothing: like Go's small leaf functions it is NOSPLIT, with no stack check
     * in its prologue, so it neither grows the stack nor notices a preemption request.
     */
    public boolean isLeaf() {
        if (leaf < 0) {
            leaf = 1;
            for (Instr i : code) {
                switch (i.op()) {
                    case CALL, CALL_VALUE, CALL_NATIVE, DEFER, GO -> leaf = 0;
                    default -> { }
                }
            }
        }
        return leaf == 1;
    }

    public void setCode(Instr[] code) {
        this.code = code.clone();
        this.leaf = -1;
    }

    /**
     * Where the function continues after a deferred call recovered a panic: a RETURN of the
     * current result values. -1 (functions without defer statements, or without results) returns nothing.
     */
    public int recoverPc() { return recoverPc; }

    public void setRecoverPc(int pc) { this.recoverPc = pc; }

    /** Source line of the instruction at {@code pc}, or the function's own line. */
    public int lineAt(int pc) {
        if (pc >= 0 && pc < code.length && code[pc].line() > 0) return code[pc].line();
        return line;
    }

    @Override public String toString() { return name; }
}
