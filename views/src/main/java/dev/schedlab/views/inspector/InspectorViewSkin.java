package dev.schedlab.views.inspector;

import dev.schedlab.model.inspect.ReportSection;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lays the sections out top to bottom in a scroll pane: a grid of labels per section, the marked
 * row styled {@code marked} with an arrow. A section the user collapsed stays collapsed when the
 * content changes (matched by the start of its title), so stepping does not undo the choice.
 */
final class InspectorViewSkin extends SkinBase<InspectorView> {
    private final VBox sections = new VBox(6);
    private final Label heading = new Label();
    private final Label placeholder = new Label();
    private final Set<String> collapsed = new HashSet<>();
    /** Long text (notes, the last column's comments) wraps at about this width instead of widening the panel. */
    static final double NOTE_WIDTH = 560;
    static final double LAST_COLUMN_WIDTH = 300;

    InspectorViewSkin(InspectorView view) {
        super(view);
        heading.getStyleClass().add("inspector-heading");
        heading.setWrapText(true);
        heading.setMaxWidth(NOTE_WIDTH);
        placeholder.getStyleClass().add("inspector-placeholder");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(NOTE_WIDTH); // in a ScrollPane a label only wraps when its width is bounded
        placeholder.textProperty().bind(view.placeholderProperty());
        sections.setPadding(new Insets(8));
        sections.getStyleClass().add("inspector-sections");
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(false);
        scroll.getStyleClass().add("inspector-scroll");
        getChildren().add(scroll);
        registerChangeListener(view.contentProperty(), o -> rebuild());
        registerChangeListener(view.busyProperty(), o -> sections.setOpacity(view.busyProperty().get() ? 0.55 : 1));
        rebuild();
    }

    private void rebuild() {
        InspectorContent c = getSkinnable().getContent();
        sections.getChildren().clear();
        if (c.sections().isEmpty()) {
            sections.getChildren().add(placeholder);
            return;
        }
        heading.setText(c.heading());
        sections.getChildren().add(heading);
        for (ReportSection s : c.sections()) sections.getChildren().add(section(s));
    }

    private Node section(ReportSection s) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("inspector-grid");
        grid.setHgap(12);
        boolean listing = s.markedRow() >= 0;
        int row = 0;
        if (!s.header().isEmpty()) {
            addRow(grid, row++, s.header(), "inspector-header", listing, false);
        }
        for (ReportSection.Row r : s.rows()) {
            addRow(grid, row++, r.cells(), r.marked() ? "marked" : null, listing, r.marked());
        }
        Node body = grid;
        if (!s.note().isEmpty()) {
            Label note = new Label(s.note());
            note.setWrapText(true);
            note.setMaxWidth(NOTE_WIDTH);
            note.getStyleClass().add("inspector-note");
            body = new VBox(4, note, grid);
        }
        TitledPane pane = new TitledPane(s.title(), body);
        pane.getStyleClass().add("inspector-section");
        String key = key(s.title());
        pane.setExpanded(!collapsed.contains(key));
        pane.expandedProperty().addListener((o, was, now) -> {
            if (now) collapsed.remove(key); else collapsed.add(key);
        });
        return pane;
    }

    /** Sections are recognised across contents by their title up to the first space after the kind. */
    private static String key(String title) {
        int cut = title.indexOf(" at ");
        if (title.startsWith("Listing")) return "Listing";
        if (title.startsWith("Locals")) return "Locals";
        return cut > 0 ? title.substring(0, cut) : title.replaceAll("[0-9]+", "");
    }

    private static void addRow(GridPane grid, int row, List<String> cells, String style, boolean listing, boolean marked) {
        int col = 0;
        if (listing) {
            Label arrow = cell(marked ? "=>" : "", style);
            arrow.getStyleClass().add("inspector-arrow");
            grid.add(arrow, col++, row);
        }
        for (int i = 0; i < cells.size(); i++) {
            Label c = cell(cells.get(i), style);
            if (i == cells.size() - 1 && cells.size() > 2) { // comments and meanings wrap
                c.setWrapText(true);
                c.setMaxWidth(LAST_COLUMN_WIDTH);
                c.setMinHeight(Region.USE_PREF_SIZE);
            }
            grid.add(c, col++, row);
        }
    }

    private static Label cell(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add("inspector-cell");
        if (style != null) l.getStyleClass().add(style);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
