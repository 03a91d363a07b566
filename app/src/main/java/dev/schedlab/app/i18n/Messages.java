package dev.schedlab.app.i18n;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The window's text in the chosen language, from the {@code messages} resource bundles (English
 * and Simplified Chinese). One instance per window; labels bind to {@link #text} so switching the
 * language relabels the open window at once.
 */
public final class Messages {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final String BUNDLE = "dev.schedlab.app.i18n.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale");

    public Messages(Locale initial) { locale.set(initial); }

    public static List<Locale> supported() { return List.of(ENGLISH, CHINESE); }

    public ObjectProperty<Locale> localeProperty() { return locale; }

    public Locale locale() { return locale.get(); }

    /** A language's name in that language ("English", "简体中文"), for the language menu. */
    public static String nativeName(Locale l) { return load(l).getString("language.name"); }

    /**
     * The language the window opens in: the {@code schedlab.language} system property (a language
     * tag such as {@code zh-CN} or {@code en}) if set, else the system's locale; the closest supported.
     */
    public static Locale initial() {
        String chosen = System.getProperty("schedlab.language", "");
        return closestTo(chosen.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(chosen.strip()));
    }

    /** The supported language closest to {@code l}: Chinese for any zh locale, else English. */
    public static Locale closestTo(Locale l) {
        return l != null && l.getLanguage().equals(CHINESE.getLanguage()) ? CHINESE : ENGLISH;
    }

    /** The text for {@code key} now, with {@code {0}}-style arguments filled in. */
    public String get(String key, Object... args) {
        // The bundle is looked up from the locale each time (ResourceBundle caches it): a binding
        // recomputed while the locale's listeners are still being told must not read the old one.
        String pattern = load(locale.get()).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
    }

    /** The text for {@code key}, following the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    private static ResourceBundle load(Locale l) {
        // No fallback to the JVM's default locale: English is the base bundle.
        return ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
