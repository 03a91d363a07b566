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
    private ResourceBundle bundle;

    public Messages(Locale initial) {
        locale.addListener((o, was, now) -> bundle = load(now));
        locale.set(initial);
    }

    public static List<Locale> supported() { return List.of(ENGLISH, CHINESE); }

    public ObjectProperty<Locale> localeProperty() { return locale; }

    /** The text for {@code key} now, with {@code {0}}-style arguments filled in. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
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
