package dev.schedlab.app.window;

import dev.schedlab.app.i18n.Messages;
import dev.schedlab.app.playback.Frame;
import dev.schedlab.app.playback.Playback;
import dev.schedlab.app.playback.RunProgress;
import dev.schedlab.model.record.GoroutineView;
import dev.schedlab.model.record.WorldSnapshot;
import dev.schedlab.views.timeline.TimeAxis;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

import java.text.NumberFormat;
import java.util.Locale;

/** Simulated time, events, GOMAXPROCS, goroutines by status, threads; and why a run stopped early. */
final class StatusBar extends HBox {
    private final NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ROOT);
    private final Label time = item("status-time");
    private final Label events = item("status-events");
    private final Label procs = item("status-gomaxprocs");
    private final Label goroutines = item("status-goroutines");
    private final Label threads = item("status-threads");
    private final Label failure = item("status-failure");

    private final Messages messages;

    StatusBar(Playback playback, Messages messages) {
        super(24);
        this.messages = messages;
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 14, 6, 14));
        failure.getStyleClass().add("danger");
        failure.textProperty().bind(playback.failureProperty());
        getChildren().addAll(time, events, procs, goroutines, threads, failure);
        playback.frameProperty().addListener((o, was, f) -> show(f, playback.progressProperty().get()));
        playback.progressProperty().addListener((o, was, p) -> show(playback.frameProperty().get(), p));
        messages.localeProperty().addListener((o, was, l) -> show(playback.frameProperty().get(), playback.progressProperty().get()));
    }

    private void show(Frame f, RunProgress p) {
        if (f == null) return;
        WorldSnapshot s = f.snapshot();
        time.setText(messages.get("status.time", TimeAxis.label(s.time())));
        events.setText(messages.get("status.events", numbers.format(s.eventIndex()),
                p == null ? "…" : numbers.format(p.eventCount()) + (p.finished() ? "" : "+")));
        procs.setText(messages.get("status.gomaxprocs", Integer.toString(s.processors().size())));
        int running = 0, runnable = 0, waiting = 0, syscall = 0;
        for (GoroutineView g : s.goroutines()) {
            switch (g.location()) {
                case RUNNING -> running++;
                case WAITING -> waiting++;
                case SYSCALL -> syscall++;
                default -> runnable++;
            }
        }
        goroutines.setText(messages.get("status.goroutines", numbers.format(s.goroutines().size()), numbers.format(running),
                numbers.format(runnable), numbers.format(waiting), numbers.format(syscall)));
        threads.setText(messages.get("status.threads", Integer.toString(s.machines().size())));
    }

    private static Label item(String id) {
        Label l = new Label();
        l.setId(id);
        return l;
    }
}
