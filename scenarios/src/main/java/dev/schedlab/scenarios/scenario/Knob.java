package dev.schedlab.scenarios.scenario;

/**
 * A load slider: the package-level integer constant {@code constName} of the scenario's
 * main.go, set between {@code min} and {@code max} before compiling (its value in main.go is
 * {@code defaultValue}).
 */
public record Knob(String constName, String label, long min, long max, long defaultValue) {
    public boolean allows(long value) { return value >= min && value <= max; }
}
