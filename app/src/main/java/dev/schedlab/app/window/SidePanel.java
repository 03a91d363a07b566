package dev.schedlab.app.window;

import dev.schedlab.app.playback.LabProgram;
import dev.schedlab.scenarios.scenario.Knob;

import dev.schedlab.app.playback.Frame;
import dev.schedlab.app.playback.Playback;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.VBox;

/** GOMAXPROCS, the last step's event, and the keys. */
final class SidePanel extends VBox {
    static final int MAX_PROCS = 64;

    private final Slider gomaxprocs = new Slider(1, MAX_PROCS, 2);
    private boolean showingFrame;

    SidePanel(Playback playback) {
        super(10);
        getStyleClass().add("side-panel");
        setPadding(new Insets(14));
        setPrefWidth(270);

        Label title = title("GOMAXPROCS");
        Label value = new Label();
        value.setId("gomaxprocs-value");
        value.getStyleClass().add("big-number");
        gomaxprocs.setId("gomaxprocs");
        gomaxprocs.setMajorTickUnit(8);
        gomaxprocs.setMinorTickCount(7);
        gomaxprocs.setSnapToTicks(true);
        gomaxprocs.setBlockIncrement(1);
        gomaxprocs.setShowTickMarks(true);
        gomaxprocs.setShowTickLabels(true);
        gomaxprocs.valueProperty().addListener((o, was, now) -> {
            value.setText(Integer.toString(now.intValue()));
            if (!gomaxprocs.isValueChanging()) apply(playback, now.intValue());
        });
        gomaxprocs.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) apply(playback, (int) gomaxprocs.getValue());
        });
        Label how = note("Applied at the playhead: the world stops, procresize adds or removes Ps, and the run "
                + "after the playhead is computed again. At time 0 the program simply starts with that many Ps.");

        Label stepTitle = title("Last step");
        Label lastEvent = note("Step with → and ← to see each event.");
        lastEvent.setId("last-event");
        lastEvent.getStyleClass().add("event-text");
        playback.frameProperty().addListener((o, was, f) -> {
            showFrame(f, value);
            if (f != null && f.byEvent()) lastEvent.setText(f.lastEvent());
        });

        Label keys = note("Space play/pause · → step · Shift+→ next scheduling decision · ← step back · Home restart. "
                + "Timeline: click or drag to scrub, wheel to zoom, right-drag to pan.");
        VBox load = new VBox(6);
        load.setId("knobs");
        playback.programProperty().addListener((o, was, p) -> showKnobs(load, playback, p));
        showKnobs(load, playback, playback.programProperty().get());
        getChildren().addAll(title, value, gomaxprocs, how, load, stepTitle, lastEvent, title("Keys"), keys);
    }

    /**
     * A scenario's load knobs, one slider each: a new value recompiles the program with that
     * const and re-runs it with the same seed up to the playhead.
     */
    private static void showKnobs(VBox box, Playback playback, LabProgram p) {
        box.getChildren().clear();
        if (p == null || p.knobs().knobs().isEmpty()) return;
        box.getChildren().add(title("Load"));
        for (Knob k : p.knobs().knobs()) {
            long current = p.knobs().value(k);
            Label label = new Label(k.label() + ": " + current);
            Slider slider = new Slider(k.min(), k.max(), current);
            slider.setId("knob-" + k.constName());
            slider.setBlockIncrement(Math.max(1, (k.max() - k.min()) / 20.0));
            slider.valueProperty().addListener((o, was, now) -> label.setText(k.label() + ": " + Math.round(now.doubleValue())));
            Runnable apply = () -> {
                long v = Math.round(slider.getValue());
                if (v == current) return;
                LabProgram.Loaded next = p.withKnob(k.constName(), v);
                if (next.ok()) playback.reload(next.program(), k.label() + ": " + v);
                else label.setText(k.label() + ": " + String.join("; ", next.problems()));
            };
            slider.valueChangingProperty().addListener((o, was, changing) -> { if (!changing) apply.run(); });
            slider.setOnKeyReleased(e -> apply.run());
            slider.setOnMouseReleased(e -> apply.run());
            box.getChildren().addAll(label, slider);
        }
    }

    /** Follows the number of Ps of the state shown, without applying it as a change. */
    private void showFrame(Frame f, Label value) {
        if (f == null || gomaxprocs.isValueChanging()) return;
        int n = f.snapshot().processors().size();
        showingFrame = true;
        gomaxprocs.setValue(n);
        showingFrame = false;
        value.setText(Integer.toString(n));
    }

    private void apply(Playback playback, int n) {
        if (showingFrame) return;
        Frame f = playback.frameProperty().get();
        if (f != null && f.snapshot().processors().size() == n) return;
        playback.changeGomaxprocs(n);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-title");
        return l;
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("panel-note");
        return l;
    }
}
