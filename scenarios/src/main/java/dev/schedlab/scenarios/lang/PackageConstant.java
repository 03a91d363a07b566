package dev.schedlab.scenarios.lang;

/**
 * A constant declared at package level, where it is declared and its value: a {@code Long}
 * for integer constants, else {@code Double}, {@code String} or {@code Boolean} (null when
 * the value does not check). Scenario files bind their knobs to these.
 */
public record PackageConstant(String name, int line, int column, Object value) {
    public boolean isInteger() { return value instanceof Long; }
}
