package dev.schedlab.views.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words the views draw (lane titles, legends, banners, tooltips) in one language, from the
 * {@code views} resource bundles (English, Simplified Chinese). A view takes one through a
 * property, so its owner switches the language without the views knowing about the app. Immutable.
 */
public final class ViewText {
    static final String BUNDLE = "dev.schedlab.views.text.views";
    public static final ViewText ENGLISH = of(Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    private ViewText(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** The words for {@code locale}; English (the base bundle) for a language without a translation. */
    public static ViewText of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        // No fallback to the JVM's default locale: English is the base bundle.
        return new ViewText(locale, ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public Locale locale() { return locale; }

    /** The text for {@code key}, with {@code {0}}-style arguments (pass numbers already formatted). */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
