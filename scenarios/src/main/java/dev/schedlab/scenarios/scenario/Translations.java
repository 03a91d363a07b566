package dev.schedlab.scenarios.scenario;

import java.util.Locale;
import java.util.Map;

/**
 * Picks a text's translation for a locale. Translations are keyed by language tag, as the
 * translation files are named ({@code scenario.zh-CN.yaml}: {@code zh-CN}); the tag's language
 * alone is tried next, and the original text (scenario.yaml's, English) is the fallback.
 */
final class Translations {
    private Translations() {}

    static <T> T pick(T original, Map<String, T> byTag, Locale locale) {
        if (locale == null || byTag.isEmpty()) return original;
        T exact = byTag.get(locale.toLanguageTag());
        if (exact != null) return exact;
        for (Map.Entry<String, T> e : byTag.entrySet()) {
            if (Locale.forLanguageTag(e.getKey()).getLanguage().equals(locale.getLanguage())) return e.getValue();
        }
        return original;
    }
}
