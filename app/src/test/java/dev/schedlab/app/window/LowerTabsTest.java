package dev.schedlab.app.window;

import dev.schedlab.app.cli.RunRequest;
import dev.schedlab.app.run.SimulationRunner;
import dev.schedlab.model.config.Settings;
import dev.schedlab.views.charts.ChartsView;
import dev.schedlab.views.profile.FlameGraphModel;
import dev.schedlab.views.profile.FlameGraphView;
import dev.schedlab.views.timeline.TimelineView;
import javafx.application.Application;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The lower area's tabs on the real window (headless), with the built-in demo at GOMAXPROCS=2. */
class LowerTabsTest {
    private static final Pattern SCHED_LINE = Pattern.compile(
            "SCHED \\d+ms: gomaxprocs=\\d+ idleprocs=\\d+ threads=\\d+ spinningthreads=\\d+ needspinning=[01] "
                    + "idlethreads=\\d+ runqueue=\\d+ gcwaiting=(true|false) nmidlelocked=\\d+ stopwait=\\d+ sysmonwait=(true|false)");
    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeEach void openTheLab() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SchedLabApp.class);
        waitFor(() -> timeline().getData().endTime() > 0);
    }

    @AfterEach void closeIt() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private TimelineView timeline() { return robot.lookup("#timeline").queryAs(TimelineView.class); }

    private TabPane tabs() { return robot.lookup("#lower-tabs").queryAs(TabPane.class); }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void seek(long ns) {
        robot.interact(() -> timeline().setPlayhead(ns));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test void theTimelineIsTheDefaultOfFourTabs() {
        assertThat(tabs().getTabs()).extracting(t -> t.getText()).containsExactly("Timeline", "Charts", "Profile", "schedtrace");
        assertThat(tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-timeline");
        assertThat(timeline().isVisible()).isTrue();
    }

    @Test void theChartsAndTheFlameGraphShowTheRunUpToThePlayhead() throws Exception {
        long end = timeline().getData().endTime();
        robot.clickOn("Charts");
        ChartsView charts = robot.lookup("#charts").queryAs(ChartsView.class);
        seek(end);
        waitFor(() -> charts.isVisible() && charts.getData().endTime() > 0 && charts.getLatency().count() > 0);
        long allWaits = charts.getLatency().count();
        assertThat(charts.getPlayhead()).isEqualTo(end);
        seek(end / 4);
        waitFor(() -> charts.getLatency().count() < allWaits);
        assertThat(charts.getPlayhead()).isEqualTo(end / 4);

        robot.clickOn("Profile");
        FlameGraphView flame = robot.lookup("#flame-graph").queryAs(FlameGraphView.class);
        waitFor(() -> flame.isVisible() && flame.getProfile().totalNs() > 0);
        long early = flame.getProfile().totalNs();
        seek(end);
        waitFor(() -> flame.getProfile().totalNs() > early);
        assertThat(flame.getProfile().cumulativeNs("runtime.mcall")).isPositive();
    }

    @Test void clickingABoxOfTheFlameGraphZoomsIntoItAndTheTopRowZoomsOut() throws Exception {
        seek(timeline().getData().endTime());
        robot.clickOn("Profile");
        FlameGraphView flame = robot.lookup("#flame-graph").queryAs(FlameGraphView.class);
        waitFor(() -> flame.getProfile().cumulativeNs("runtime.mcall") > 0);
        FlameGraphModel.Graph g = FlameGraphModel.layout(flame.getProfile().tree(), List.of(), flame.getWidth() - 16);
        FlameGraphModel.Frame mcall = g.frames().stream().filter(f -> f.name().equals("runtime.mcall")).findFirst().orElseThrow();
        javafx.geometry.Point2D origin = flame.localToScreen(0, 0);
        robot.clickOn(origin.getX() + 8 + mcall.x() + mcall.width() / 2, origin.getY() + 46 + 20 * mcall.depth() + 10);
        waitFor(() -> flame.getFocus().equals(List.of("runtime.mcall")));
        robot.clickOn(origin.getX() + 20, origin.getY() + 46 + 20 * mcall.depth() + 10); // now full width: zoom out
        waitFor(() -> flame.getFocus().isEmpty());
    }

    @Test void theSchedtraceConsoleShowsWhatRunSchedtracePrintsUpToThePlayhead(@TempDir Path dir) throws Exception {
        String expected = cliSchedtrace(dir);
        assertThat(expected.lines().filter(l -> l.startsWith("SCHED ")))
                .hasSizeGreaterThanOrEqualTo(2).allMatch(l -> SCHED_LINE.matcher(l).matches());

        robot.clickOn("schedtrace");
        SchedTraceConsole console = robot.lookup("#schedtrace-console").queryAs(SchedTraceConsole.class);
        robot.interact(() -> {
            console.period().setValue(1);
            console.detail().setSelected(true);
        });
        seek(10_000_000_000L);
        TextArea text = robot.lookup("#schedtrace-text").queryAs(TextArea.class);
        waitFor(() -> text.getText().equals(expected));

        // at 0.5 ms only the first report (SCHED 0ms) has been printed
        seek(500_000);
        waitFor(() -> text.getText().startsWith("SCHED 0ms:") && !text.getText().contains("SCHED 1ms:"));
        assertThat(expected).startsWith(text.getText());
    }

    /** What {@code ./schedlab run demo.go --gomaxprocs 2 --schedtrace 1ms --godebug scheddetail=1} prints to stderr. */
    private static String cliSchedtrace(Path dir) throws Exception {
        Path demo = dir.resolve("demo.go");
        try (InputStream in = LowerTabsTest.class.getResourceAsStream("/dev/schedlab/app/playback/demo.go")) {
            Files.write(demo, in.readAllBytes());
        }
        Settings settings = Settings.of(2).withSeed(1).withGodebug(Map.of("schedtrace", "1", "scheddetail", "1"));
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status = new SimulationRunner().run(new RunRequest(demo, settings, 0, null, false),
                new PrintWriter(out), new PrintWriter(err));
        assertThat(status).isZero();
        return err.toString();
    }
}
