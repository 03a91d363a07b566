package dev.schedlab.scenarios.scenario;

import java.util.Locale;
import java.util.Map;

/**
 * A load slider: the package-level integer constant {@code constName} of the scenario's
 * main.go, set between {@code min} and {@code max} before compiling (its value in main.go is
 * {@code defaultValue}).
 *
 * @param translatedLabels the label in other languages, by language tag (from scenario.LANG.yaml)
 */
public record Knob(String constName, String label, long min, long max, long defaultValue, Map<String, String> translatedLabels) {
    public Knob { translatedLabels = Map.copyOf(translatedLabels); }

    public Knob(String constName, String label, long min, long max, long defaultValue) {
        this(constName, label, min, max, defaultValue, Map.of());
    }

    public boolean allows(long value) { return value >= min && value <= max; }

    /** The label in {@code locale}'s language, or the original. */
    public String label(Locale locale) { return Translations.pick(label, translatedLabels, locale); }
}
