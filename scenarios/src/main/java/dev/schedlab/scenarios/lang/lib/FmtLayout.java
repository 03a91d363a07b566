package dev.schedlab.scenarios.lang.lib;

import dev.schedlab.model.vm.Native;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How fmt prints the values inside an operand, which the VM's values cannot say: the field names
 * of structs (for {@code %+v}) and the library String method of elements, keys and exported
 * fields (a {@code []time.Duration} prints {@code [1s 2ms]}). A struct's layout has names (or
 * null) and one layout per field; a slice, array or pointer's has its element's; a map's has its
 * key's and its value's (as element); a leaf's has its String native. Null parts need nothing.
 */
public record FmtLayout(List<String> names, List<FmtLayout> fields, FmtLayout key, FmtLayout element, Native stringer) {
    public static FmtLayout struct(List<String> names, List<FmtLayout> fields) {
        return new FmtLayout(names == null ? null : List.copyOf(names), Collections.unmodifiableList(new ArrayList<>(fields)), null, null, null);
    }

    public static FmtLayout of(FmtLayout element) { return new FmtLayout(null, null, null, element, null); }

    public static FmtLayout map(FmtLayout key, FmtLayout value) { return new FmtLayout(null, null, key, value, null); }

    public static FmtLayout leaf(Native stringer) { return new FmtLayout(null, null, null, null, stringer); }

    FmtLayout field(int i) { return fields == null || i >= fields.size() ? null : fields.get(i); }
}
