package dev.schedlab.app.window;

import java.util.List;

/**
 * The choices of the window's tabs and menus that the command line names too. Plain constants,
 * apart from the JavaFX classes using them, so the command line can check its options before JavaFX starts.
 */
public final class WindowChoices {
    /** The lower tabs, in their order. */
    public static final List<String> LOWER_TABS = List.of("timeline", "charts", "profile", "schedtrace");

    /** The schedtrace console's periods, in milliseconds (0: off). */
    public static final List<Integer> SCHEDTRACE_PERIODS_MS = List.of(0, 1, 10, 100, 1000);

    private WindowChoices() { }
}
