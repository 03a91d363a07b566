package dev.schedlab.model.vm;

import java.util.Arrays;

/** A Go struct value: fields by index, value semantics. */
public final class StructValue {
    public final Object[] fields;

    public StructValue(Object[] fields) { this.fields = fields; }

    public StructValue deepCopy() { return new StructValue(Values.copyAll(fields, 0, fields.length)); }

    @Override public boolean equals(Object o) { return o instanceof StructValue s && Arrays.equals(fields, s.fields); }

    @Override public int hashCode() { return Arrays.hashCode(fields); }
}
