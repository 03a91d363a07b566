package dev.schedlab.scenarios.scenario;

import java.util.regex.Pattern;

/**
 * Undoes what YAML's folding ({@code >}) does to Chinese or Japanese text: it joins lines with a
 * space, but these scripts put no space between words, nor after full-width punctuation. Spaces
 * between such a character and Latin text ("P0 的 runnext") are the writer's and stay.
 */
final class FoldedCjk {
    private static final String CJK = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\u3000-\\u303F\\uFF00-\\uFFEF";
    /** Full-width punctuation: never followed or preceded by a space. */
    private static final String PUNCT = "\\u3000-\\u303F\\uFF00-\\uFFEF";
    private static final Pattern BETWEEN_CJK = Pattern.compile("(?<=[" + CJK + "]) +(?=[" + CJK + "])");
    private static final Pattern AROUND_PUNCT = Pattern.compile("(?<=[" + PUNCT + "]) +| +(?=[" + PUNCT + "])");

    private FoldedCjk() {}

    static String unfold(String text) {
        if (text == null) return null;
        return AROUND_PUNCT.matcher(BETWEEN_CJK.matcher(text).replaceAll("")).replaceAll("");
    }
}
