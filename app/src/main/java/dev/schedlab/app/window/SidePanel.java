package dev.schedlab.app.window;

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

        Label keys = note("Space play/pause · → step · ← step back · Home restart. "
                + "Timeline: click or drag to scrub, wheel to zoom, right-drag to pan.");
        getChildren().addAll(title, value, gomaxprocs, how, stepTitle, lastEvent, title("Keys"), keys);
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
