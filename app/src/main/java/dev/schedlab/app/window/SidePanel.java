package dev.schedlab.app.window;

import dev.schedlab.app.i18n.Messages;
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

    SidePanel(Playback playback, Messages messages) {
        super(10);
        getStyleClass().add("side-panel");
        setPadding(new Insets(14));
        setPrefWidth(270);

        Label title = title(messages, "side.gomaxprocs");
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
        Label how = note(messages, "side.gomaxprocs.note");

        Label stepTitle = title(messages, "side.lastStep");
        // The hint until the first step; then the event itself, in the model's words (as the command line prints it).
        Label lastEvent = note(messages, "side.lastStep.hint");
        lastEvent.setId("last-event");
        lastEvent.getStyleClass().add("event-text");
        playback.frameProperty().addListener((o, was, f) -> {
            showFrame(f, value);
            if (f != null && f.byEvent()) {
                lastEvent.textProperty().unbind();
                lastEvent.setText(f.lastEvent());
            }
        });

        Label keys = note(messages, "side.keys.note");
        VBox load = new VBox(6);
        load.setId("knobs");
        playback.programProperty().addListener((o, was, p) -> showKnobs(load, playback, p, messages));
        messages.localeProperty().addListener((o, was, l) -> showKnobs(load, playback, playback.programProperty().get(), messages));
        showKnobs(load, playback, playback.programProperty().get(), messages);
        getChildren().addAll(title, value, gomaxprocs, how, load, stepTitle, lastEvent, title(messages, "side.keys"), keys);
    }

    /**
     * A scenario's load knobs, one slider each: a new value recompiles the program with that
     * const and re-runs it with the same seed up to the playhead.
     */
    private static void showKnobs(VBox box, Playback playback, LabProgram p, Messages messages) {
        box.getChildren().clear();
        if (p == null || p.knobs().knobs().isEmpty()) return;
        box.getChildren().add(title(messages, "side.load"));
        for (Knob k : p.knobs().knobs()) {
            long current = p.knobs().value(k);
            String name = k.label(messages.locale());
            Label label = new Label(messages.get("side.knob", name, Long.toString(current)));
            Slider slider = new Slider(k.min(), k.max(), current);
            slider.setId("knob-" + k.constName());
            slider.setBlockIncrement(Math.max(1, (k.max() - k.min()) / 20.0));
            slider.valueProperty().addListener((o, was, now) -> label.setText(messages.get("side.knob", name, Long.toString(Math.round(now.doubleValue())))));
            Runnable apply = () -> {
                long v = Math.round(slider.getValue());
                if (v == current) return;
                LabProgram.Loaded next = p.withKnob(k.constName(), v);
                if (next.ok()) playback.reload(next.program(), messages.get("side.knob", name, Long.toString(v)));
                else label.setText(messages.get("side.knob", name, String.join("; ", next.problems())));
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

    private static Label title(Messages messages, String key) {
        Label l = new Label();
        l.textProperty().bind(messages.text(key));
        l.getStyleClass().add("panel-title");
        return l;
    }

    private static Label note(Messages messages, String key) {
        Label l = new Label();
        l.textProperty().bind(messages.text(key));
        l.setWrapText(true);
        l.getStyleClass().add("panel-note");
        return l;
    }
}
