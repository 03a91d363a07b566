package dev.schedlab.app.window;

import dev.schedlab.views.board.BoardView;
import dev.schedlab.views.board.BoardViewSkin;
import dev.schedlab.views.board.Token;
import dev.schedlab.views.timeline.TimelineView;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the real window (headless, on Monocle) with the built-in demo. */
class SchedLabAppTest {
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Application app;

    @BeforeEach void openTheLab() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SchedLabApp.class);
        waitFor(() -> board().getSnapshot() != null && timeline().getData().endTime() > 0);
    }

    @AfterEach void closeIt() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private BoardView board() { return robot.lookup("#board").queryAs(BoardView.class); }

    private TimelineView timeline() { return robot.lookup("#timeline").queryAs(TimelineView.class); }

    private String text(String id) { return robot.lookup(id).queryAs(Label.class).getText(); }

    private long shownEvent() { return board().getSnapshot().eventIndex(); }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean); // generous: CI machines are shared
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int cards() {
        return ((BoardViewSkin) board().getSkin()).layout().cards().size();
    }

    @Test void opensTheDemoWithTwoPCards() throws Exception {
        assertThat(stage.getTitle()).isEqualTo("SchedLab — demo");
        waitFor(() -> cards() == 2);
        assertThat(text("#status-gomaxprocs")).isEqualTo("GOMAXPROCS 2");
        assertThat(timeline().getData().lanes()).hasSize(2);
    }

    @Test void playMovesThePlayheadAndPauseHoldsIt() throws Exception {
        robot.clickOn("#play");
        waitFor(() -> timeline().getPlayhead() > 0);
        robot.clickOn("#play");
        WaitForAsyncUtils.waitForFxEvents();
        long held = timeline().getPlayhead();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().getPlayhead()).isEqualTo(held);
        assertThat(text("#status-time")).isNotEqualTo("t = 0");
    }

    @Test void stepAndStepBackMoveOneEvent() throws Exception {
        long start = shownEvent();
        robot.clickOn("#step");
        waitFor(() -> shownEvent() == start + 1);
        robot.clickOn("#step");
        waitFor(() -> shownEvent() == start + 2);
        assertThat(text("#last-event")).isNotBlank().doesNotStartWith("Step with");
        robot.clickOn("#step-back");
        waitFor(() -> shownEvent() == start + 1);
    }

    @Test void theGomaxprocsSliderChangesTheNumberOfPCards() throws Exception {
        Slider slider = robot.lookup("#gomaxprocs").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(6));
        waitFor(() -> cards() == 6);
        assertThat(text("#status-gomaxprocs")).isEqualTo("GOMAXPROCS 6");
        assertThat(timeline().getData().lanes()).hasSize(6);
    }

    @Test void theLibraryMenuOpensABuiltInScenario() throws Exception {
        robot.clickOn("#library");
        robot.clickOn("Waking up after time.Sleep");
        waitFor(() -> stage.getTitle().equals("SchedLab — 01-sleep-wakeup"));
        // The scenario asks for one P.
        waitFor(() -> board().getSnapshot() != null && board().getSnapshot().processors().size() == 1);
    }

    @Test void aKnobSliderRecompilesTheScenarioWithTheNewValue() throws Exception {
        robot.clickOn("#library");
        robot.clickOn("Waking up after time.Sleep");
        waitFor(() -> stage.getTitle().equals("SchedLab — 01-sleep-wakeup"));
        waitFor(() -> robot.lookup("#knob-sleepMicros").tryQuery().isPresent());
        Slider knob = robot.lookup("#knob-sleepMicros").queryAs(Slider.class);
        assertThat(knob.getValue()).isEqualTo(200);
        robot.interact(() -> {
            knob.setValueChanging(true);
            knob.setValue(3000);
            knob.setValueChanging(false);
        });
        waitFor(() -> robot.lookup("#knob-sleepMicros").queryAs(Slider.class).getValue() == 3000
                && robot.lookup("#knob-sleepMicros").queryAs(Slider.class) != knob); // rebuilt for the new program
        // A 3 ms sleep: the run now lasts past 3 ms (it took about 1.1 ms with 200 µs).
        waitFor(() -> timeline().getData().endTime() > 3_000_000);
    }

    @Test void aScenarioChapterIsShownUnderTheBoardOnceThePlayheadReachesIt() throws Exception {
        robot.clickOn("#library");
        robot.clickOn("A mutex enters starvation mode");
        waitFor(() -> stage.getTitle().equals("SchedLab — 07-mutex-starvation"));
        Label caption = robot.lookup("#narration").queryAs(Label.class);
        assertThat(caption.isVisible()).as("no chapter at time 0").isFalse();

        robot.interact(() -> timeline().setPlayhead(600_000)); // its second chapter starts at 598 µs
        waitFor(() -> caption.isVisible() && caption.getText().startsWith("First Unlock"));
    }

    @Test void theMLanesButtonAddsALanePerThreadToTheTimeline() throws Exception {
        assertThat(timeline().showMachinesProperty().get()).isFalse();
        robot.clickOn("#machine-lanes");
        waitFor(() -> timeline().showMachinesProperty().get());
        assertThat(timeline().getData().machineLanes()).as("the demo's Ms").isNotEmpty();
    }

    @Test void clickingAGoroutineTokenSelectsItAndClickingEmptyBoardClearsTheSelection() throws Exception {
        BoardViewSkin skin = (BoardViewSkin) board().getSkin();
        waitFor(() -> skin.layout() != null && !skin.layout().tokens().isEmpty());
        Token token = skin.layout().tokens().get(0);

        robot.clickOn(board().localToScreen(token.x(), token.y()));
        waitFor(() -> board().selectedGoroutineProperty().get() == token.goid());

        robot.clickOn(board().localToScreen(3, 3)); // the board's margin: no token there
        waitFor(() -> board().selectedGoroutineProperty().get() == -1);
    }

    @Test void draggingThePlayheadBackShowsTheEarlierState() throws Exception {
        // The run is computed in the background: follow the timeline's end until the run is over.
        waitFor(() -> {
            long computed = timeline().getData().endTime();
            robot.interact(() -> timeline().setPlayhead(computed));
            return board().getSnapshot().finished();
        });
        long end = timeline().getData().endTime();

        Bounds b = timeline().localToScreen(timeline().getBoundsInLocal());
        double y = b.getMinY() + 40;
        robot.drag(b.getMinX() + b.getWidth() * 0.6, y, MouseButton.PRIMARY).moveTo(robot.point(b.getMinX() + b.getWidth() * 0.3, y)).release(MouseButton.PRIMARY);
        waitFor(() -> !board().getSnapshot().finished());
        assertThat(timeline().getPlayhead()).isLessThan(end / 2);
        assertThat(board().getSnapshot().time()).isLessThanOrEqualTo(timeline().getPlayhead());
    }
}
