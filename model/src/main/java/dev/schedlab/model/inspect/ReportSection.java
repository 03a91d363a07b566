package dev.schedlab.model.inspect;

import java.util.List;

/**
 * A titled block of the inspector's report: key/value rows (no header), a table (with a header) or
 * a listing (one row marked), with an optional sentence ({@code note}, or empty) saying what it is.
 * The window and the command line show the same sections. Immutable.
 */
public record ReportSection(String title, String note, List<String> header, List<Row> rows) {
    /** One row of cells; {@code marked} is the current line of a listing. */
    public record Row(List<String> cells, boolean marked) {
        public Row { cells = List.copyOf(cells); }
    }

    public ReportSection {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The index of the marked row (a listing's current line), or -1. */
    public int markedRow() {
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).marked()) return i;
        return -1;
    }
}
