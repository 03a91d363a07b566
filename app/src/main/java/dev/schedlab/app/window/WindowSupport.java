package dev.schedlab.app.window;

import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Whether this machine can show JavaFX's window, decided before JavaFX starts: when it
 * cannot, JavaFX fails with a stack trace that does not say what to do about it.
 */
final class WindowSupport {
    static final String GTK3 = "libgtk-3.so.0";

    private WindowSupport() {}

    /**
     * Why no window can open here, or empty when it can (as far as can be told).
     *
     * @param libraryPresent tells whether a shared library (by soname) can be found
     */
    static Optional<String> problem(Map<String, String> env, String osName, Predicate<String> libraryPresent) {
        if (!osName.toLowerCase().startsWith("linux")) return Optional.empty(); // JavaFX needs nothing extra elsewhere
        if (isBlank(env.get("DISPLAY")) && isBlank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.of(noDisplay("DISPLAY is not set"));
        }
        if (!libraryPresent.test(GTK3)) return Optional.of(gtkMissing());
        return Optional.empty();
    }

    static String noDisplay(String detail) {
        return "no display (" + detail + "). Run it under a desktop session, or use xvfb-run ./schedlab,"
                + " or a headless command such as ./schedlab run FILE.";
    }

    static String gtkMissing() {
        return "GTK 3 is missing: install it with apt-get install -y libgtk-3-0";
    }

    private static boolean isBlank(String s) { return s == null || s.isBlank(); }
}
