package dev.schedlab.app.i18n;

import dev.schedlab.views.charts.ChartTexts;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The charts' and flame graph's words come from the window's bundles: every key is there, in both languages. */
class ChartTextsBundleTest {
    @Test
    void everyChartTextHasTheSameEnglishInTheBundleAndAChineseTranslation() {
        Messages english = new Messages(Locale.ENGLISH);
        Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);
        for (String key : ChartTexts.keys()) {
            assertThat(english.get(key)).as(key).isEqualTo(ChartTexts.english(key));
            assertThat(chinese.get(key)).as(key).isNotBlank();
            // the format placeholders must survive translation, or String.format would fail on the canvas
            assertThat(count(chinese.get(key), "%")).as(key).isEqualTo(count(english.get(key), "%"));
        }
    }

    private static int count(String s, String part) {
        return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
