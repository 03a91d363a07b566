package dev.schedlab.app.window;

import dev.schedlab.app.i18n.Messages;
import dev.schedlab.app.playback.LabProgram;
import dev.schedlab.app.playback.Playback;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The lab's window: the board, the timeline and the controls for one program (the built-in demo
 * when none is given). The simulation runs on one background thread; the FX thread only shows
 * the immutable snapshots it hands over.
 */
public final class SchedLabApp extends Application {
    private ExecutorService simulationThread;
    private LabClock clock;

    @Override public void start(Stage stage) {
        simulationThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "schedlab-simulation");
            t.setDaemon(true);
            return t;
        });
        Theme theme = new Theme(false);
        Messages messages = new Messages(Messages.initial());
        Playback playback = new Playback(simulationThread, Platform::runLater);
        ProgramOpener opener = new ProgramOpener(playback, () -> stage, RecentFiles.inUserConfig(), messages);
        LabWindow window = new LabWindow(playback, opener, theme, messages);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds(); // never larger than the screen
        Scene scene = new Scene(window, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(SchedLabApp.class.getResource("lab.css").toExternalForm());
        stage.titleProperty().bind(Bindings.createStringBinding(() -> playback.programProperty().get() == null
                ? messages.get("window.title") : messages.get("window.titleWithProgram", playback.programProperty().get().name()),
                playback.programProperty(), messages.localeProperty()));
        stage.setScene(scene);
        stage.show();

        playback.open(LabProgram.demo());
        List<String> raw = getParameters().getRaw();
        if (!raw.isEmpty()) opener.openArgument(raw.get(0));
        clock = new LabClock(playback, window.board());
        clock.start();
    }

    @Override public void stop() {
        if (clock != null) clock.stop();
        if (simulationThread != null) simulationThread.shutdownNow();
    }
}
