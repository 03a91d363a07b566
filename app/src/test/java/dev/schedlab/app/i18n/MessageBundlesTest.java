package dev.schedlab.app.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundlesTest {
    @Test void englishAndChineseBundlesHaveTheSameKeys() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test void switchingTheLanguageChangesBoundText() {
        Messages m = new Messages(Messages.ENGLISH);
        var name = m.text("language.name");
        assertThat(name.get()).isEqualTo("English");
        m.localeProperty().set(Messages.CHINESE);
        assertThat(name.get()).isEqualTo("简体中文");
    }

    /** A label whose listeners read it at once (as skins do) must not keep the old language's text. */
    @Test void aLabelReadAsSoonAsTheLanguageChangesGetsTheNewText() {
        Messages m = new Messages(Messages.ENGLISH);
        javafx.beans.property.StringProperty label = new javafx.beans.property.SimpleStringProperty();
        label.bind(m.text("language.name"));
        java.util.List<String> seen = new java.util.ArrayList<>();
        label.addListener((o, was, now) -> seen.add(now));
        m.localeProperty().set(Messages.CHINESE);
        assertThat(seen).containsExactly("简体中文");
    }

    @Test void theClosestSupportedLanguageIsChineseForAnyChineseLocaleElseEnglish() {
        assertThat(Messages.closestTo(java.util.Locale.TRADITIONAL_CHINESE)).isEqualTo(Messages.CHINESE);
        assertThat(Messages.closestTo(java.util.Locale.forLanguageTag("zh"))).isEqualTo(Messages.CHINESE);
        assertThat(Messages.closestTo(java.util.Locale.GERMANY)).isEqualTo(Messages.ENGLISH);
    }

    @Test void theSchedlabLanguagePropertyChoosesTheOpeningLanguage() {
        String before = System.getProperty("schedlab.language");
        try {
            System.setProperty("schedlab.language", "zh-CN");
            assertThat(Messages.initial()).isEqualTo(Messages.CHINESE);
            System.setProperty("schedlab.language", "en");
            assertThat(Messages.initial()).isEqualTo(Messages.ENGLISH);
        } finally {
            if (before == null) System.clearProperty("schedlab.language");
            else System.setProperty("schedlab.language", before);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
