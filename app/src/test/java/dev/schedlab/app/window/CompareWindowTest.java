package dev.schedlab.app.window;

import dev.schedlab.app.playback.Playback;
import dev.schedlab.views.board.BoardView;
import dev.schedlab.views.timeline.TimelineView;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A/B comparison on the real window (headless): 05-work-stealing opens at GOMAXPROCS 4 and Compare
 * puts the same program at GOMAXPROCS 1 beside it.
 */
class CompareWindowTest {
    private final FxRobot robot = new FxRobot();
    private final String configDir = System.getProperty("schedlab.configDir");
    private Stage stage;
    private Application app;
    @TempDir Path dir;

    @BeforeEach void openWorkStealingAndCompare() throws Exception {
        System.setProperty("schedlab.configDir", dir.resolve("config").toString());
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SchedLabApp.class);
        // The Library menu: the scenarios may be inside a jar, which a command-line path cannot name.
        robot.clickOn("#library");
        robot.clickOn("Work stealing from a spawn burst");
        waitFor(() -> "SchedLab — 05-work-stealing".equals(stage.getTitle()) && board().getSnapshot() != null
                && board().getSnapshot().processors().size() == 4);
        robot.clickOn("#compare-mode");
        waitFor(() -> present("#board-b") && boardB().getSnapshot() != null);
    }

    @AfterEach void closeIt() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        if (configDir == null) System.clearProperty("schedlab.configDir");
        else System.setProperty("schedlab.configDir", configDir);
    }

    private BoardView board() { return robot.lookup("#board").queryAs(BoardView.class); }

    private BoardView boardB() { return robot.lookup("#board-b").queryAs(BoardView.class); }

    private TimelineView timeline() { return robot.lookup("#timeline").queryAs(TimelineView.class); }

    private TimelineView timelineB() { return robot.lookup("#timeline-b").queryAs(TimelineView.class); }

    private Playback runB() { return robot.lookup(".lab-window").queryAs(LabWindow.class).comparison().runB(); }

    private String text(String id) { return robot.lookup(id).queryAs(Label.class).getText(); }

    private boolean present(String query) { return robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent(); }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test void runBIsTheSameProgramAtAnotherGomaxprocsBesideRunA() throws Exception {
        waitFor(() -> boardB().getSnapshot().processors().size() == 1);
        assertThat(board().getSnapshot().processors()).hasSize(4);
        assertThat(text("#compare-header-a")).contains("GOMAXPROCS 4");
        assertThat(text("#compare-header-b")).contains("GOMAXPROCS 1");
        assertThat(present(".side-panel")).as("room for two boards").isFalse();
    }

    @Test void movingThePlayheadMovesBothRunsEitherWay() throws Exception {
        robot.interact(() -> timeline().setPlayhead(400_000));
        waitFor(() -> timelineB().getPlayhead() == 400_000 && boardB().getSnapshot().time() > 300_000);
        assertThat(boardB().getSnapshot().time()).isLessThanOrEqualTo(400_000);
        assertThat(board().getSnapshot().time()).isLessThanOrEqualTo(400_000).isGreaterThan(300_000);

        robot.interact(() -> timelineB().setPlayhead(100_000));
        waitFor(() -> timeline().getPlayhead() == 100_000 && board().getSnapshot().time() <= 100_000);
        waitFor(() -> boardB().getSnapshot().time() <= 100_000);

        robot.clickOn("#status-time");
        long before = timeline().getPlayhead();
        robot.type(KeyCode.SPACE); // one clock, one speed: playing moves both
        waitFor(() -> boardB().getSnapshot().time() > before + 20_000);
        robot.type(KeyCode.SPACE);

        javafx.scene.control.Slider speed = robot.lookup("#speed").queryAs(javafx.scene.control.Slider.class);
        double slower = SpeedScale.slower(SpeedScale.speedOf(speed.getValue()));
        robot.type(KeyCode.OPEN_BRACKET);
        waitFor(() -> Math.abs(runB().speedProperty().get() - slower) < 1e-6 * slower);
    }

    @Test void theFiguresShowOneProcessorStealingNothingAndFinishingLater() throws Exception {
        waitFor(() -> runB().progressProperty().get() != null && runB().progressProperty().get().finished()
                && boardB().getSnapshot().processors().size() == 1);
        long end = Math.max(timeline().getData().endTime(), timelineB().getData().endTime());
        robot.interact(() -> timeline().setPlayhead(end));
        waitFor(() -> !text("#figure-b-end").equals("—") && !text("#figure-a-end").equals("—"));

        assertThat(text("#figure-b-steals")).isEqualTo("0 (0 G)");
        assertThat(text("#figure-a-steals")).isNotEqualTo("0 (0 G)");
        assertThat(timelineB().getData().endTime()).as("one P runs the same work longer")
                .isGreaterThan(timeline().getData().endTime() * 2);
        assertThat(text("#figure-b-end")).isNotEqualTo(text("#figure-a-end"));
        assertThat(text("#figure-a-switches")).isNotEmpty();
        assertThat(text("#figure-b-latency-p90")).as("goroutines wait longer for one P")
                .isNotEqualTo(text("#figure-a-latency-p90"));
    }

    @Test void aNewGomaxprocsSeedOrKnobValueForBRerunsBAndCompareOffGivesTheWindowBack() throws Exception {
        @SuppressWarnings("unchecked")
        Spinner<Integer> procs = robot.lookup("#compare-gomaxprocs").queryAs(Spinner.class);
        robot.interact(() -> procs.getValueFactory().setValue(3));
        waitFor(() -> boardB().getSnapshot().processors().size() == 3);
        assertThat(text("#compare-header-b")).contains("GOMAXPROCS 3");
        @SuppressWarnings("unchecked")
        Spinner<Integer> seed = robot.lookup("#compare-seed").queryAs(Spinner.class);
        robot.interact(() -> seed.getValueFactory().setValue(7));
        waitFor(() -> runB().seed() == 7);

        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<dev.schedlab.scenarios.scenario.Knob> knob =
                robot.lookup("#compare-knob").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(knob.getItems()).extracting(k -> k == null ? "" : k.constName()).containsExactly("", "jobs", "workMicros");
        robot.interact(() -> knob.setValue(knob.getItems().get(1)));
        @SuppressWarnings("unchecked")
        Spinner<Integer> jobs = robot.lookup("#compare-knob-value").queryAs(Spinner.class);
        assertThat(jobs.getValue()).as("B starts with A's load").isEqualTo(32);
        robot.interact(() -> jobs.getValueFactory().setValue(4));
        waitFor(() -> runB().programProperty().get().knobs().values().getOrDefault("jobs", 0L) == 4
                && runB().progressProperty().get() != null && runB().progressProperty().get().finished());
        assertThat(text("#compare-header-b")).endsWith("Jobs 4");
        assertThat(text("#compare-header-a")).endsWith("Jobs 32");
        assertThat(timelineB().getData().endTime()).as("4 jobs on 3 Ps end long before 32 on 4")
                .isLessThan(timeline().getData().endTime());
        assertThat(runB().seed()).isEqualTo(7);
        assertThat(boardB().getSnapshot().processors()).hasSize(3);

        robot.clickOn("#compare-mode");
        waitFor(() -> !present("#board-b"));
        assertThat(present(".side-panel")).isTrue();
        assertThat(present("#board")).isTrue();
        long t = 200_000;
        robot.interact(() -> timeline().setPlayhead(t));
        waitFor(() -> board().getSnapshot().time() <= t && board().getSnapshot().time() > t / 2);
    }
}
