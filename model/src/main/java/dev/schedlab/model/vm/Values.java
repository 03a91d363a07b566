package dev.schedlab.model.vm;

/** Helpers for VM values with Go's value semantics. */
public final class Values {
    private Values() {}

    /** A copy of {@code v} as Go assignment would make it: arrays and structs are copied, everything else shared. */
    public static Object copy(Object v) {
        // Empty structs and arrays hold nothing, so one instance serves every copy (struct{}{} on a channel).
        if (v instanceof ArrayValue a) return a.length() == 0 ? a : a.deepCopy();
        if (v instanceof StructValue s) return s.fields.length == 0 ? s : s.deepCopy();
        return v;
    }

    /** append(s, vs...): in place when the capacity allows, else into a new array grown as runtime/slice.go grows it. */
    public static Object append(Object slice, Object[] vs) { return Composite.append(slice, vs); }

    static Object[] copyAll(Object[] src, int from, int to) {
        Object[] out = new Object[to - from];
        for (int i = from; i < to; i++) out[i - from] = copy(src[i]);
        return out;
    }
}
