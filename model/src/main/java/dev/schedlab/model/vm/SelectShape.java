package dev.schedlab.model.vm;

/**
 * The static shape of a {@code select} statement: for each case, whether it sends
 * (operands: ch, value) or receives (operand: ch); and whether there is a default.
 */
public record SelectShape(boolean[] sends, boolean hasDefault) {
    public int cases() { return sends.length; }

    public int operandCount() {
        int n = 0;
        for (boolean s : sends) n += s ? 2 : 1;
        return n;
    }
}
