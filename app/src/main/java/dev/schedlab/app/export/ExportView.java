package dev.schedlab.app.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a picture shows: the board, the timeline, or the whole lab window. */
public enum ExportView {
    BOARD, TIMELINE, WINDOW;

    /** The name the command line and file names use. */
    public String label() { return name().toLowerCase(Locale.ROOT); }

    /** The view named {@code text}; a message naming the choices when there is none. */
    public static ExportView parse(String text) {
        for (ExportView v : values()) if (v.label().equals(text)) return v;
        throw new ExportFailure("unknown view '" + text + "': choose "
                + Arrays.stream(values()).map(ExportView::label).collect(Collectors.joining(", ")));
    }
}
