package dev.schedlab.app.compare;

import dev.schedlab.app.i18n.Messages;
import dev.schedlab.app.playback.Frame;
import dev.schedlab.app.playback.KeyFigures;
import dev.schedlab.app.playback.LabProgram;
import dev.schedlab.app.playback.Playback;
import dev.schedlab.app.playback.RunProgress;
import dev.schedlab.views.board.BoardView;
import dev.schedlab.views.timeline.TimeAxis;
import dev.schedlab.views.timeline.TimelineView;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;
import dev.schedlab.scenarios.scenario.Knob;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * A/B comparison: run A (the window's playback, shown by {@code aSide}) beside run B, the same
 * program at another GOMAXPROCS or seed, with one playhead and one speed, and their key figures
 * side by side. B is a second {@link Playback} on A's background thread; only A's clock moves
 * the shared playhead. {@link #close} unties B again. FX thread only.
 */
public final class CompareView extends BorderPane {
    public static final int MAX_PROCS = 64;

    private final Playback a;
    private final Playback b;
    private final Messages messages;
    private final BoardView boardB = new BoardView();
    private final TimelineView timelineB = new TimelineView();
    private final TimelineView timelineA;
    /** The span both timelines show while the user has not zoomed: the longer run, whole. */
    private double autoSpan;
    private final Spinner<Integer> procs;
    private final Spinner<Integer> seed;
    /** A load knob B sets to another value than A, or null for the same load. */
    private final ComboBox<Knob> knob = new ComboBox<>();
    private final Spinner<Integer> knobValue = spinner("compare-knob-value", 0, 0, 0);
    private final SplitPane sides;
    private final FiguresTable figures;
    private final Label headerA = header("compare-header-a"), headerB = header("compare-header-b");
    private final AnimationTimer animation = new AnimationTimer() {
        @Override public void handle(long now) { boardB.setAnimationTime(now / 1e9); }
    };
    private final ChangeListener<LabProgram> programOfA = (o, was, p) -> {
        if (was == null || p == null || !was.knobs().knobs().equals(p.knobs().knobs())) listKnobs(p); // another program
        reopenB();
    };
    private final InvalidationListener refresh = o -> refresh();
    private final InvalidationListener sameScale = o -> sameScale();
    /** What the headers and figures show, refreshed when any of it changes. */
    private final List<Observable> shown;

    /**
     * @param aSide     what shows run A (its board and timeline), placed left of run B
     * @param timelineA run A's timeline, whose visible time range B's timeline shares
     */
    public CompareView(Playback a, Messages messages, Node aSide, TimelineView timelineA) {
        this.a = a;
        this.timelineA = timelineA;
        this.b = a.sibling();
        this.messages = messages;
        setId("compare");
        getStyleClass().add("compare-view");
        LabProgram p = a.programProperty().get();
        int procsA = p == null ? 1 : p.gomaxprocs();
        procs = spinner("compare-gomaxprocs", 1, MAX_PROCS, procsA == 1 ? 4 : 1);
        seed = spinner("compare-seed", 1, Integer.MAX_VALUE, (int) Math.min(Integer.MAX_VALUE, a.seed()));
        procs.valueProperty().addListener((o, was, now) -> reopenB());
        seed.valueProperty().addListener((o, was, now) -> reopenB());
        knob.setId("compare-knob");
        knob.setConverter(new StringConverter<>() {
            @Override public String toString(Knob k) { return k == null ? messages.get("compare.sameLoad") : k.label(); }
            @Override public Knob fromString(String s) { return null; }
        });
        listKnobs(p);
        knob.valueProperty().addListener((o, was, k) -> knobChosen(k));
        knobValue.valueProperty().addListener((o, was, now) -> { if (knob.getValue() != null) reopenB(); });

        boardB.setId("board-b");
        timelineB.setId("timeline-b");
        timelineB.setMinWidth(0);
        b.frameProperty().addListener((o, was, f) -> boardB.setSnapshot(f == null ? null : f.snapshot()));
        b.progressProperty().addListener((o, was, r) -> timelineB.setData(r.timeline()));
        b.playheadProperty().bindBidirectional(a.playheadProperty());
        b.speedProperty().bind(a.speedProperty());
        timelineB.playheadProperty().bindBidirectional(b.playheadProperty());
        timelineB.visibleStartProperty().bindBidirectional(timelineA.visibleStartProperty());
        timelineB.visibleSpanProperty().bindBidirectional(timelineA.visibleSpanProperty());
        a.setCompanion(b);

        SplitPane sideB = new SplitPane(boardB, timelineB);
        sideB.setOrientation(Orientation.VERTICAL);
        sideB.setDividerPositions(0.7);
        sides = new SplitPane(column(headerA, aSide), column(headerB, sideB));
        sides.setId("compare-sides");
        figures = new FiguresTable(messages);
        setTop(bar());
        setCenter(sides);
        setBottom(figures);
        BorderPane.setMargin(figures, new Insets(8, 16, 8, 16));

        a.progressProperty().addListener(sameScale);
        b.progressProperty().addListener(sameScale);
        a.programProperty().addListener(programOfA);
        shown = List.of(a.playheadProperty(), a.figuresProperty(), b.figuresProperty(), a.frameProperty(), b.frameProperty(),
                a.progressProperty(), b.progressProperty(), messages.localeProperty());
        for (Observable o : shown) o.addListener(refresh);
        reopenB();
        animation.start();
    }

    /** Run B (tests follow it). */
    public Playback runB() { return b; }

    /** The split between A and B, whose divider the window remembers. */
    public SplitPane sides() { return sides; }

    /** Unties B from A: A plays alone again. */
    public void close() {
        animation.stop();
        a.setCompanion(null);
        a.programProperty().removeListener(programOfA);
        a.progressProperty().removeListener(sameScale);
        timelineB.visibleStartProperty().unbindBidirectional(timelineA.visibleStartProperty());
        timelineB.visibleSpanProperty().unbindBidirectional(timelineA.visibleSpanProperty());
        if (timelineA.visibleSpanProperty().get() == autoSpan) { // not zoomed since: A alone shows its whole run again
            timelineA.visibleStartProperty().set(0);
            timelineA.visibleSpanProperty().set(0);
        }
        for (Observable o : shown) o.removeListener(refresh);
        b.pause();
        b.speedProperty().unbind();
        b.playheadProperty().unbindBidirectional(a.playheadProperty());
        sides.getItems().clear(); // gives A's side back to the window
    }

    private void reopenB() {
        LabProgram p = a.programProperty().get();
        if (p == null) return;
        Knob k = knob.getValue();
        if (k != null) {
            LabProgram.Loaded other = p.withKnob(k.constName(), knobValue.getValue());
            if (!other.ok()) return; // a value in the knob's own range compiles; if not, B stays as it was
            p = other.program();
        }
        b.open(p.withGomaxprocs(procs.getValue()), seed.getValue(), a.playheadProperty().get());
    }

    /** The knobs of A's program to choose from, none chosen. */
    private void listKnobs(LabProgram p) {
        List<Knob> knobs = new ArrayList<>();
        knobs.add(null);
        if (p != null) knobs.addAll(p.knobs().knobs());
        knob.getItems().setAll(knobs);
        knob.setValue(null);
        knob.setDisable(knobs.size() == 1);
    }

    /** A knob chosen for B: its value starts at A's, within the knob's range. */
    private void knobChosen(Knob k) {
        LabProgram p = a.programProperty().get();
        knobValue.setDisable(k == null);
        if (k != null && p != null) {
            knobValue.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                    (int) k.min(), (int) Math.min(Integer.MAX_VALUE, k.max()), (int) p.knobs().value(k)));
        }
        reopenB();
    }

    /**
     * Both timelines on one time scale: unless the user zoomed, both show the longer run whole, so
     * the shorter one visibly ends first.
     */
    private void sameScale() {
        double span = timelineA.visibleSpanProperty().get();
        if (span != 0 && span != autoSpan) return; // zoomed or panned by hand
        long longer = 0;
        for (Playback p : List.of(a, b)) {
            RunProgress r = p.progressProperty().get();
            if (r != null) longer = Math.max(longer, r.endTime());
        }
        if (longer <= 0) return;
        autoSpan = longer;
        timelineA.visibleStartProperty().set(0);
        timelineA.visibleSpanProperty().set(longer);
    }

    private void refresh() {
        long t = a.playheadProperty().get();
        headerA.setText(messages.get("compare.header", "A", procsOf(a), a.seed()) + knobOf(a));
        headerB.setText(messages.get("compare.header", "B", procsOf(b), b.seed()) + knobOf(b));
        figures.show(figuresAt(a, t), figuresAt(b, t), end(a), end(b));
    }

    /** The chosen knob's value in {@code p}'s run ("  · Jobs 64"), or nothing when B has the same load. */
    private String knobOf(Playback p) {
        Knob k = knob.getValue();
        LabProgram program = p.programProperty().get();
        return k == null || program == null ? "" : " · " + k.label() + " " + program.knobs().value(k);
    }

    private static KeyFigures figuresAt(Playback p, long t) { return p.figuresProperty().get().at(t); }

    private static int procsOf(Playback p) {
        Frame f = p.frameProperty().get();
        if (f != null) return f.snapshot().processors().size();
        return p.programProperty().get() == null ? 0 : p.programProperty().get().gomaxprocs();
    }

    /** When the program ended, or a dash while it runs on. */
    private static String end(Playback p) {
        RunProgress r = p.progressProperty().get();
        return r != null && r.finished() ? TimeAxis.label(r.endTime()) : "—";
    }

    private HBox bar() {
        Label title = new Label();
        title.textProperty().bind(messages.text("compare.bar"));
        title.getStyleClass().add("compare-title");
        Label procsLabel = new Label();
        procsLabel.textProperty().bind(messages.text("compare.gomaxprocs"));
        Label seedLabel = new Label();
        seedLabel.textProperty().bind(messages.text("compare.seed"));
        Label knobLabel = new Label();
        knobLabel.textProperty().bind(messages.text("compare.knob"));
        knobValue.setDisable(true);
        HBox bar = new HBox(10, title, procsLabel, procs, seedLabel, seed, knobLabel, knob, knobValue);
        bar.setId("compare-bar");
        bar.getStyleClass().add("compare-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 16, 6, 16));
        return bar;
    }

    private static VBox column(Label header, Node content) {
        VBox box = new VBox(header, content);
        box.setMinWidth(0); // the divider, not the content, decides the widths
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    private static Label header(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("compare-header");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int initial) {
        Spinner<Integer> s = new Spinner<>(min, max, initial);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(110);
        return s;
    }
}
