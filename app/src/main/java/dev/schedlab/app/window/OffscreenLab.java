package dev.schedlab.app.window;

import dev.schedlab.app.export.ExportView;
import dev.schedlab.app.export.LabPicture;
import dev.schedlab.app.i18n.Messages;
import dev.schedlab.app.inspect.InspectionService;
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
        // The inspector's replay runs here too, when the steps are drained: the picture waits for it.
        window = new LabWindow(playback, new ProgramOpener(playback, () -> null, noRecent, messages), theme, messages,
                new InspectionService(simulation, simulation));
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

    /** Selects the lower tab named {@code name} (one of {@link WindowChoices#LOWER_TABS}); the next {@link #showAt} shows it. */
    public void showTab(String name) { window.lowerTabs().show(name); }

    /** Chooses GODEBUG=schedtrace in the console, as its menu does (the run is computed again). */
    public void schedtrace(int periodMs, boolean detail) {
        SchedTraceConsole console = window.lowerTabs().console();
        console.detail().setSelected(detail);
        console.period().setValue(periodMs);
        simulation.drain();
    }

    /** Shows the Inspector tab (with nothing selected, it inspects the Ms and Ps). */
    public void showInspector() { window.reveal(ExportView.INSPECTOR); }

    /** Selects goroutine {@code goid} and shows the Inspector tab; the next {@link #showAt} inspects it. */
    public void inspect(int goid) { window.inspect(goid); }

    /** Whether goroutine {@code goid} is alive at the moment shown. */
    public boolean hasGoroutine(int goid) {
        Frame f = playback.frameProperty().get();
        return f != null && f.snapshot().goroutine(goid).isPresent();
    }

    /** How far the run was computed, whether it finished, and why it stopped early if it did. */
    public RunProgress progress() { return playback.progressProperty().get(); }

    public String failure() { return playback.failureProperty().get(); }

    /** {@code view} as a picture of {@code width} x {@code height} (the window's own size for the window). */
    public LabPicture picture(ExportView view, double width, double height) {
        return new LabPicture(view, window.views(), width, height);
    }
}
