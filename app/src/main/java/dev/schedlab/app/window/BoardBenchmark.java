package dev.schedlab.app.window;

import atlantafx.base.theme.PrimerLight;
import dev.schedlab.model.record.WorldSnapshot;
import dev.schedlab.views.board.BoardView;
import dev.schedlab.views.board.SyntheticWorld;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * How long the board takes per frame: a {@link BoardView} in an unshown 1600x900 scene, given a new
 * snapshot and rendered to an image ({@code Scene.snapshot}) frame after frame, on the software
 * pipeline. The time covers layout, painting, rasterising and reading the pixels back.
 * Needs a display (use xvfb-run on a server).
 */
public final class BoardBenchmark {
    static final double WIDTH = 1600, HEIGHT = 900;

    /** One case: a world of this size, the frame times measured. */
    public record Case(int gomaxprocs, int goroutines, double medianMs, double p90Ms, double paintMedianMs, int tokensDrawn) {}

    private BoardBenchmark() {}

    /** Runs the two cases of the brief; starts the toolkit (call once per process). */
    public static List<Case> run(int frames) throws Exception {
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        try {
            return List.of(measure(64, 100_000, frames), measure(4, 100, frames));
        } finally {
            Platform.exit();
        }
    }

    private static Case measure(int gomaxprocs, int goroutines, int frames) throws Exception {
        CompletableFuture<Case> result = new CompletableFuture<>();
        // Two different worlds alternate, so that every frame lays out and paints anew.
        WorldSnapshot a = SyntheticWorld.busy(gomaxprocs, goroutines);
        WorldSnapshot b = SyntheticWorld.busy(gomaxprocs, goroutines - 1);
        Platform.runLater(() -> {
            try {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                BoardView board = new BoardView();
                board.setGlideDuration(0);
                Scene scene = new Scene(new StackPane(board), WIDTH, HEIGHT);
                WritableImage image = new WritableImage((int) WIDTH, (int) HEIGHT);
                int warmup = 10;
                double[] ms = new double[frames];
                double[] paint = new double[frames];
                for (int i = -warmup; i < frames; i++) {
                    long t0 = System.nanoTime();
                    board.setSnapshot(i % 2 == 0 ? a : b); // lays out and paints the Canvas at once
                    long t1 = System.nanoTime();
                    scene.snapshot(image);
                    if (i >= 0) {
                        ms[i] = (System.nanoTime() - t0) / 1e6;
                        paint[i] = (t1 - t0) / 1e6;
                    }
                }
                Arrays.sort(ms);
                Arrays.sort(paint);
                int drawn = ((dev.schedlab.views.board.BoardViewSkin) board.getSkin()).layout().tokens().size();
                result.complete(new Case(gomaxprocs, goroutines, ms[frames / 2], ms[(int) (frames * 0.9)], paint[frames / 2], drawn));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(5, TimeUnit.MINUTES);
    }

    public static void print(List<Case> cases, PrintWriter out) {
        for (Case c : cases) {
            String key = "board_p" + c.gomaxprocs() + "_g" + c.goroutines();
            out.printf("%s_tokens_drawn: %d%n%s_frame_median_ms: %.2f%n%s_frame_p90_ms: %.2f%n%s_layout_and_paint_median_ms: %.2f%n",
                    key, c.tokensDrawn(), key, c.medianMs(), key, c.p90Ms(), key, c.paintMedianMs());
        }
        out.flush();
    }
}
