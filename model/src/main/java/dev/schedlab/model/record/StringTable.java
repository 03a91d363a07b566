package dev.schedlab.model.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Interned strings (function names, fn names, output text) numbered in order of first use. Not thread-safe. */
final class StringTable {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> strings = new ArrayList<>();
    private long chars;

    /** The id of {@code s}, or -1 if it has none yet. */
    int idOf(String s) {
        Integer id = ids.get(s);
        return id == null ? -1 : id;
    }

    /** Gives {@code s} the next id and returns it. */
    int add(String s) {
        int id = strings.size();
        strings.add(s);
        ids.put(s, id);
        chars += s.length();
        return id;
    }

    String get(int id) {
        if (id < 0 || id >= strings.size()) throw new IllegalStateException("unknown string id " + id);
        return strings.get(id);
    }

    int size() { return strings.size(); }

    /** A rough heap footprint: strings, map entries and list slots. */
    long approximateBytes() {
        return strings.size() * 120L + chars * 2;
    }
}
