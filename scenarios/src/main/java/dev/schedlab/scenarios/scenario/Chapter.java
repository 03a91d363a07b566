package dev.schedlab.scenarios.scenario;

import java.util.Locale;
import java.util.Map;

/**
 * A paragraph of narration a teacher reads aloud when the run reaches {@code trigger};
 * with {@code pause} the window stops the run there.
 *
 * @param text         the narration as scenario.yaml gives it (English)
 * @param translations the narration in other languages, by language tag (from scenario.LANG.yaml)
 */
public record Chapter(Trigger trigger, String text, boolean pause, Map<String, String> translations) {
    public Chapter { translations = Map.copyOf(translations); }

    public Chapter(Trigger trigger, String text, boolean pause) { this(trigger, text, pause, Map.of()); }

    /** The narration in {@code locale}'s language, or the original when it has no translation. */
    public String text(Locale locale) { return Translations.pick(text, translations, locale); }

    /** When a chapter starts. */
    public sealed interface Trigger {}

    /** At this simulated time. */
    public record AtTime(long nanos) implements Trigger {}

    /** At the first event of this type: the simple name of a {@link dev.schedlab.model.trace.TraceEvent} record. */
    public record FirstEvent(String eventType) implements Trigger {}
}
