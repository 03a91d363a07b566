package dev.schedlab.app.window;

import dev.schedlab.app.export.ExportView;
import dev.schedlab.app.export.LabPicture;
import dev.schedlab.app.i18n.Messages;
import dev.schedlab.app.playback.Frame;
import dev.schedlab.app.playback.LabProgram;
import dev.schedlab.app.playback.Playback;
import dev.schedlab.app.playback.RunProgress;
import javafx.scene.Scene;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * The lab's window in a scene that is never shown, for pictures without a display: the same
 * {@link LabWindow} and {@link Playback} as on screen, but the simulation runs on the FX thread
 * when asked ({@link #showAt}), so a moment is fully computed and drawn before it is exported.
 * FX thread only.
 */
public final class OffscreenLab {
    private final Steps simulation = new Steps();
    private final Playback playback = new Playback(simulation, Runnable::run);
    private final LabWindow window;

    /** Runs the playback's background work only when drained, on the calling thread. */
    private static final class Steps implements Executor {
        private final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override public void execute(Runnable task) { tasks.add(task); }

        void drain() {
            for (Runnable t; (t = tasks.poll()) != null; ) t.run();
        }
    }

    public OffscreenLab(LabProgram program, long seed, boolean dark, double width, double height) {
        Theme theme = new Theme(dark);
        // Never written: an export opens nothing from a file chooser.
        RecentFiles noRecent = new RecentFiles(Path.of(System.getProperty("java.io.tmpdir"), "schedlab-export-no-recent-files"));
        Messages messages = new Messages(Messages.ENGLISH);
        window = new LabWindow(playback, new ProgramOpener(playback, () -> null, noRecent, messages), theme, messages);
        window.board().setGlideDuration(0); // no clock here: tokens stand where they belong
        Scene scene = new Scene(window, width, height);
        scene.getStylesheets().add(SchedLabApp.class.getResource("lab.css").toExternalForm());
        playback.setSeed(seed);
        playback.open(program);
        simulation.drain();
    }

    /** Moves the playhead to {@code time}, computes what the window would have by then, and lays the window out. */
    public Frame showAt(long time) {
        playback.seek(time);
        simulation.drain();
        for (int pass = 0; pass < 2; pass++) { // a second pass settles the split pane and the wrapped narration
            window.applyCss();
            window.layout();
        }
        return playback.frameProperty().get();
    }

    /** How far the run was computed, whether it finished, and why it stopped early if it did. */
    public RunProgress progress() { return playback.progressProperty().get(); }

    public String failure() { return playback.failureProperty().get(); }

    /** {@code view} as a picture of {@code width} x {@code height} (the window's own size for the window). */
    public LabPicture picture(ExportView view, double width, double height) {
        return new LabPicture(view, window, window.board(), window.timeline(), width, height);
    }
}
