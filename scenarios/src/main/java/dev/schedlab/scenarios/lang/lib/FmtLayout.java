package dev.schedlab.scenarios.lang.lib;

import java.util.List;

/**
 * The field names of the structs inside a value, for {@code %+v} (VM structs carry no names).
 * A struct's layout has names and one layout per field; a slice, array or pointer's layout has
 * its element's; a map's has its key's and its value's (as element). Null parts hold no struct.
 */
public record FmtLayout(List<String> names, List<FmtLayout> fields, FmtLayout key, FmtLayout element) {
    public static FmtLayout struct(List<String> names, List<FmtLayout> fields) {
        return new FmtLayout(List.copyOf(names), java.util.Collections.unmodifiableList(new java.util.ArrayList<>(fields)), null, null);
    }

    public static FmtLayout of(FmtLayout element) { return new FmtLayout(null, null, null, element); }

    public static FmtLayout map(FmtLayout key, FmtLayout value) { return new FmtLayout(null, null, key, value); }

    FmtLayout field(int i) { return fields == null || i >= fields.size() ? null : fields.get(i); }
}
