package dev.schedlab.model.vm;

import java.util.Arrays;

/** A Go array: fixed length, value semantics (the compiler emits {@link Op#COPY_VALUE} on assignment). */
public final class ArrayValue {
    public final Object[] elements;

    public ArrayValue(Object[] elements) { this.elements = elements; }

    public int length() { return elements.length; }

    public ArrayValue deepCopy() { return new ArrayValue(Values.copyAll(elements, 0, elements.length)); }

    @Override public boolean equals(Object o) { return o instanceof ArrayValue a && Arrays.equals(elements, a.elements); }

    @Override public int hashCode() { return Arrays.hashCode(elements); }
}
