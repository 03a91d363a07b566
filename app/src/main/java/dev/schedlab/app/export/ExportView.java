package dev.schedlab.app.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a picture shows: the board, the timeline, the charts, the flame graph (profile), the
 * inspector, or the whole lab window.
 */
public enum ExportView {
    BOARD, TIMELINE, CHARTS, PROFILE, INSPECTOR, WINDOW;

    /** The name the command line and file names use. */
    public String label() { return name().toLowerCase(Locale.ROOT); }

    /** Whether an SVG of this view is drawn as vectors; the inspector's tables come as an embedded image. */
    public boolean vectorInSvg() { return this != INSPECTOR; }

    /** The view named {@code text}; a message naming the choices when there is none. */
    public static ExportView parse(String text) {
        for (ExportView v : values()) if (v.label().equals(text)) return v;
        throw new ExportFailure("unknown view '" + text + "': choose "
                + Arrays.stream(values()).map(ExportView::label).collect(Collectors.joining(", ")));
    }
}
