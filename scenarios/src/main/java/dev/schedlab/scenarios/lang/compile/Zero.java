package dev.schedlab.scenarios.lang.compile;

import dev.schedlab.model.vm.ArrayValue;
import dev.schedlab.model.vm.StructValue;
import dev.schedlab.model.vm.Values;
import dev.schedlab.scenarios.lang.check.Type;
import dev.schedlab.scenarios.lang.check.Types;

/** Zero values as VM constants (the VM does not know types, so the compiler spells them out). */
final class Zero {
    private Zero() {}

    /** Returned when the zero value needs code: sync objects are made by the runtime (NEW_SYNC). */
    static final Object NEEDS_CODE = new Object();

    /** The zero value as a constant (null is Go's nil), or {@link #NEEDS_CODE}. */
    static Object constant(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.SyncObject) return NEEDS_CODE;
        if (Types.isInteger(t)) return 0L;
        if (Types.isFloat(t)) return 0.0;
        if (Types.isString(t)) return "";
        if (Types.isBoolean(t)) return false;
        if (u instanceof Type.Array a) {
            Object e = constant(a.element());
            if (e == NEEDS_CODE) return NEEDS_CODE;
            Object[] elems = new Object[(int) a.length()];
            for (int i = 0; i < elems.length; i++) elems[i] = Values.copy(e);
            return new ArrayValue(elems);
        }
        if (u instanceof Type.Struct s) {
            Object[] fields = new Object[s.fields().size()];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = constant(s.fields().get(i).type());
                if (fields[i] == NEEDS_CODE) return NEEDS_CODE;
            }
            return new StructValue(fields);
        }
        return null; // pointers, slices, maps, channels, functions: nil
    }
}
