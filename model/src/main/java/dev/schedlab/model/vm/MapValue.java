package dev.schedlab.model.vm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Go map. Keys are VM values with value equality. Entries keep insertion order;
 * the randomised iteration order of real Go is applied by the range loop, from the
 * simulation's seeded random source, so runs stay deterministic.
 */
public final class MapValue {
    public final Map<Object, Object> entries = new LinkedHashMap<>();
    public final Object zero;

    public MapValue(Object zero) { this.zero = zero; }
}
