package dev.schedlab.app.window;

import java.util.Map;
import java.util.Optional;

/** Recognises JavaFX's start-up failures that mean "no window possible here" and says what to do. */
final class JavaFxFailures {
    private JavaFxFailures() {}

    static Optional<String> explain(Throwable failure, Map<String, String> env) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Unable to load glass GTK library")) return Optional.of(WindowSupport.gtkMissing());
            if (m.contains("Unable to open DISPLAY")) {
                String display = env.get("DISPLAY");
                return Optional.of(WindowSupport.noDisplay(display == null || display.isBlank()
                        ? "DISPLAY is not set, and JavaFX needs X11 or XWayland"
                        : "DISPLAY=" + display + " cannot be opened"));
            }
        }
        return Optional.empty();
    }
}
