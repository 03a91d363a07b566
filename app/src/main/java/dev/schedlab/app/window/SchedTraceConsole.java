package dev.schedlab.app.window;

import dev.schedlab.app.i18n.Messages;
import dev.schedlab.app.playback.Playback;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import java.util.List;

/**
 * The schedtrace console: what {@code GODEBUG=schedtrace=N[,scheddetail=1]} prints to stderr, up to
 * the playhead, in Go 1.23's format (the same text {@code ./schedlab run --schedtrace} prints).
 * Choosing a period re-runs the program with that GODEBUG setting, as Go would need. FX thread only.
 */
final class SchedTraceConsole extends BorderPane {
    static final List<Integer> PERIODS_MS = WindowChoices.SCHEDTRACE_PERIODS_MS;
    /** Reports shown at most (the latest ones): a text area of a whole long run's detail would crawl. */
    static final int MAX_REPORTS = 1000;
    private final Messages messages;

    private final TextArea text = new TextArea();
    private final ComboBox<Integer> period = new ComboBox<>();
    private final CheckBox detail = new CheckBox("scheddetail=1");
    private final Label hint = new Label();

    SchedTraceConsole(Playback playback, Messages messages) {
        this.messages = messages;
        getStyleClass().add("schedtrace-console");
        setId("schedtrace-console");
        text.setId("schedtrace-text");
        text.setEditable(false);
        text.setWrapText(false);
        text.setStyle("-fx-font-family: 'DejaVu Sans Mono', monospace; -fx-font-size: 15px;");
        period.setId("schedtrace-period");
        period.getItems().setAll(PERIODS_MS);
        period.setValue(0);
        period.setConverter(new StringConverter<>() {
            @Override public String toString(Integer ms) { return ms == null || ms == 0 ? messages.get("schedtrace.off") : ms + "ms"; }
            @Override public Integer fromString(String s) { return null; }
        });
        detail.setId("schedtrace-detail");
        Runnable apply = () -> playback.setSchedtrace(period.getValue() == null ? 0 : period.getValue(), detail.isSelected());
        period.valueProperty().addListener((o, was, now) -> apply.run());
        detail.selectedProperty().addListener((o, was, now) -> apply.run());
        detail.disableProperty().bind(period.valueProperty().isEqualTo(0));
        hint.textProperty().bind(messages.text("schedtrace.hint"));
        hint.getStyleClass().add("text-muted");
        Label label = new Label("GODEBUG=schedtrace=");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        detail.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        period.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(6, label, period, detail, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        setTop(bar);
        setCenter(text);
    }

    /** Shows {@code output} (everything printed up to the playhead), keeping the view at its end. */
    void show(String output) {
        if (output.equals(text.getText())) return;
        text.setText(output);
        text.positionCaret(output.length());
        text.setScrollTop(Double.MAX_VALUE);
    }

    String shown() { return text.getText(); }

    /** The first line when earlier reports are left out: a format with one %d, their number. */
    String earlierNote() { return messages.get("schedtrace.earlier"); }

    ComboBox<Integer> period() { return period; }

    CheckBox detail() { return detail; }
}
