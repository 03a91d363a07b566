package dev.schedlab.views.inspector;

import java.util.List;

/**
 * One titled block: key/value rows, a table with a header, or a listing with its current line
 * marked; {@code note} (or empty) is a sentence shown above the rows. Immutable.
 */
public record InspectorSection(String title, String note, List<String> header, List<Row> rows) {
    /** One row of cells; {@code marked} is a listing's current line, drawn highlighted with an arrow. */
    public record Row(List<String> cells, boolean marked) {
        public Row { cells = List.copyOf(cells); }
    }

    public InspectorSection {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The index of the marked row, or -1. */
    public int markedRow() {
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).marked()) return i;
        return -1;
    }
}
