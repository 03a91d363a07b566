package dev.schedlab.views.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class ViewTextTest {
    @Test void englishAndChineseBundlesHaveTheSameKeys() throws IOException {
        Properties en = load("views.properties");
        Properties zh = load("views_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test void everyChineseTextDiffersFromTheEnglishUnlessItIsGosOwnWord() throws IOException {
        Properties en = load("views.properties");
        Properties zh = load("views_zh_CN.properties");
        // Go's identifiers stay as Go writes them in Chinese text too.
        var sameInBoth = java.util.Set.of("board.card.runnext", "board.card.m", "board.card.schedtick", "board.wait.SELECT", "board.gcPhase.mark");
        for (String key : en.stringPropertyNames()) {
            if (sameInBoth.contains(key) || key.equals("board.gcPhase.mark")) continue;
            assertThat(zh.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key));
        }
    }

    @Test void argumentsAreFilledInAndALanguageWithoutATranslationReadsEnglish() {
        assertThat(ViewText.of(Locale.SIMPLIFIED_CHINESE).get("board.card.local", "12")).isEqualTo("本地运行队列：12");
        assertThat(ViewText.ENGLISH.get("tooltip.place.LOCAL", "2", "")).isEqualTo("in P2's local run queue");
        assertThat(ViewText.of(Locale.FRENCH).get("board.lane.global")).isEqualTo("Global run queue");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ViewText.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
