package dev.schedlab.app.playback;

import dev.schedlab.scenarios.scenario.Chapter;

import java.util.Locale;

/**
 * A chapter of a scenario's narration placed on one run: from {@code time} (ns) on, its text is
 * read; {@code pause} stops playing there. The chapter keeps its translations, so the window
 * can switch the caption's language at any moment.
 */
public record NarrationPoint(long time, Chapter chapter) {
    /** The text as scenario.yaml gives it. */
    public String text() { return chapter.text().strip(); }

    /** The text in {@code locale}'s language, or the original. */
    public String text(Locale locale) { return chapter.text(locale).strip(); }

    public boolean pause() { return chapter.pause(); }
}
