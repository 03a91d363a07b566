package dev.schedlab.model.vm;

/**
 * The result variables of a function with named results ({@link Op#RETURN}'s k): the
 * values returned are read from these locals after the deferred calls ran, so a deferred
 * closure can change them, as in Go. {@code boxed[i]} says that the slot holds a
 * {@link Cell} (the variable is captured) whose value is the result.
 */
public record ResultSlots(int[] slots, boolean[] boxed) {
    Object read(Object[] locals, int i) {
        Object v = locals[slots[i]];
        return boxed[i] ? ((Cell) v).value : v;
    }
}
