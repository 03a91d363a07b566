package dev.schedlab.model.vm;

/**
 * One VM instruction: an opcode, two integer operands, one constant operand and the
 * source position it was compiled from (for listings, panics and the inspector).
 */
public record Instr(Op op, int a, int b, Object k, int line, int column) {
    public static Instr of(Op op) { return new Instr(op, 0, 0, null, 0, 0); }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(op.name());
        if (a != 0 || b != 0) s.append(' ').append(a);
        if (b != 0) s.append(' ').append(b);
        if (k != null) s.append(' ').append(k instanceof String str ? '"' + str + '"' : k);
        return s.toString();
    }
}
