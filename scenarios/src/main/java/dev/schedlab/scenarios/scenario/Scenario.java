package dev.schedlab.scenarios.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * A workload with its teaching material: the folder holding {@code main.go}, and what its
 * optional {@code scenario.yaml} says. A folder without one is a scenario named after the
 * folder, with no knobs or chapters.
 *
 * @param gomaxprocs the GOMAXPROCS the scenario is meant for, unless the user chooses
 * @param seed       the seed of the runtime's random choices, unless the user chooses
 * @param translations the title and description in other languages, by language tag
 *                     ({@code scenario.zh-CN.yaml} gives {@code zh-CN}); knobs and chapters carry theirs
 */
public record Scenario(String name, Path folder, String title, String description, OptionalInt gomaxprocs, long seed,
                       List<Knob> knobs, List<Chapter> chapters, Map<String, ScenarioTranslation> translations) {
    public static final long DEFAULT_SEED = 1;
    /** The language of scenario.yaml itself. */
    public static final String ORIGINAL_LANGUAGE = "en";

    public Scenario {
        knobs = List.copyOf(knobs);
        chapters = List.copyOf(chapters);
        translations = Map.copyOf(translations);
    }

    public Scenario(String name, Path folder, String title, String description, OptionalInt gomaxprocs, long seed,
                    List<Knob> knobs, List<Chapter> chapters) {
        this(name, folder, title, description, gomaxprocs, seed, knobs, chapters, Map.of());
    }

    /** The language tags it can be read in: {@code en} and those of its translation files. */
    public Set<String> languages() {
        Set<String> tags = new TreeSet<>(translations.keySet());
        tags.add(ORIGINAL_LANGUAGE);
        return tags;
    }

    /** The title in {@code locale}'s language, or the original. */
    public String title(Locale locale) {
        ScenarioTranslation t = Translations.pick(null, translations, locale);
        return t == null ? title : t.title();
    }

    /** The description in {@code locale}'s language, or the original. */
    public String description(Locale locale) {
        ScenarioTranslation t = Translations.pick(null, translations, locale);
        return t == null ? description : t.description();
    }

    public Path mainGo() { return folder.resolve("main.go"); }

    /** The knob bound to this constant, if any. */
    public java.util.Optional<Knob> knob(String constName) {
        return knobs.stream().filter(k -> k.constName().equals(constName)).findFirst();
    }

    /** The first line of the description, for one-line listings. */
    public String summary() {
        String text = description.strip();
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
