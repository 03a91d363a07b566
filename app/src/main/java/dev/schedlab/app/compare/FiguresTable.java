package dev.schedlab.app.compare;

import dev.schedlab.app.i18n.Messages;
import dev.schedlab.app.playback.KeyFigures;
import dev.schedlab.views.timeline.TimeAxis;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Two runs' key figures at the shared playhead: one column per figure, a row for A and one for B,
 * so the table takes three lines under the two boards.
 */
final class FiguresTable extends GridPane {
    /** A column: its Messages key (short heading, and a longer tooltip under key + ".tip"), its id, its text for a run. */
    private record Column(String key, String id, Function<KeyFigures, String> value) {}

    private static final NumberFormat NUMBERS = NumberFormat.getIntegerInstance(Locale.ROOT);

    private static final List<Column> COLUMNS = List.of(
            new Column("compare.switches", "switches", f -> NUMBERS.format(f.switches())),
            new Column("compare.steals", "steals", f -> NUMBERS.format(f.steals()) + " (" + NUMBERS.format(f.stolenGoroutines()) + " G)"),
            new Column("compare.latencyP50", "latency-p50", f -> latency(f, f.latencyP50Ns())),
            new Column("compare.latencyP90", "latency-p90", f -> latency(f, f.latencyP90Ns())),
            new Column("compare.latencyP99", "latency-p99", f -> latency(f, f.latencyP99Ns())),
            new Column("compare.scheduler", "scheduler", f -> TimeAxis.label(f.schedulerNs())));

    private final Label[] a = new Label[COLUMNS.size()];
    private final Label[] b = new Label[COLUMNS.size()];
    private final Label endA = value("figure-a-end"), endB = value("figure-b-end");

    FiguresTable(Messages messages) {
        setId("figures");
        getStyleClass().add("figures-table");
        setHgap(36);
        setVgap(2);
        getColumnConstraints().add(new ColumnConstraints());
        add(heading("A"), 0, 1);
        add(heading("B"), 0, 2);
        for (int i = 0; i <= COLUMNS.size(); i++) {
            boolean isEnd = i == COLUMNS.size();
            String key = isEnd ? "compare.end" : COLUMNS.get(i).key();
            Label head = heading("");
            head.textProperty().bind(messages.text(key));
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(messages.text(key + ".tip"));
            head.setTooltip(tip);
            Label va = isEnd ? endA : (a[i] = value("figure-a-" + COLUMNS.get(i).id()));
            Label vb = isEnd ? endB : (b[i] = value("figure-b-" + COLUMNS.get(i).id()));
            addColumn(i + 1, head, va, vb);
            ColumnConstraints c = new ColumnConstraints();
            c.setHalignment(HPos.RIGHT);
            getColumnConstraints().add(c);
        }
    }

    /** Shows both runs' figures, and when each program ended (a dash while it runs on). */
    void show(KeyFigures fa, KeyFigures fb, String endOfA, String endOfB) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            a[i].setText(COLUMNS.get(i).value().apply(fa));
            b[i].setText(COLUMNS.get(i).value().apply(fb));
        }
        endA.setText(endOfA);
        endB.setText(endOfB);
    }

    private static String latency(KeyFigures f, long ns) { return f.latencies() == 0 ? "—" : TimeAxis.label(ns); }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("figures-heading");
        return l;
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("figure-value");
        return l;
    }
}
