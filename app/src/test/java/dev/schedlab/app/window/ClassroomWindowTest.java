package dev.schedlab.app.window;

import dev.schedlab.app.i18n.Messages;
import dev.schedlab.views.board.BoardView;
import dev.schedlab.views.timeline.TimelineView;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classroom features on the real window (headless): presentation mode, every shortcut pressed
 * as a key, the shortcuts overlay, and the digit keys on 07-mutex-starvation, whose chapters start
 * at 14 µs and 598 µs.
 */
class ClassroomWindowTest {
    private final FxRobot robot = new FxRobot();
    private final String configDir = System.getProperty("schedlab.configDir");
    private Stage stage;
    private Application app;
    @TempDir Path dir;

    @BeforeEach void openTheMutexScenario() throws Exception {
        System.setProperty("schedlab.configDir", dir.resolve("config").toString());
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SchedLabApp.class);
        // The Library menu: the scenarios may be inside a jar, which a command-line path cannot name.
        robot.clickOn("#library");
        robot.clickOn("A mutex enters starvation mode");
        waitFor(() -> "SchedLab — 07-mutex-starvation".equals(stage.getTitle()) && board().getSnapshot() != null
                && timeline().getData().endTime() > 600_000);
        robot.clickOn("#status-time"); // the window has the keyboard
    }

    @AfterEach void closeIt() throws Exception {
        robot.interact(() -> stage.setFullScreen(false)); // the primary stage outlives the test
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        if (configDir == null) System.clearProperty("schedlab.configDir");
        else System.setProperty("schedlab.configDir", configDir);
    }

    private BoardView board() { return robot.lookup("#board").queryAs(BoardView.class); }

    private TimelineView timeline() { return robot.lookup("#timeline").queryAs(TimelineView.class); }

    private LabWindow window() { return robot.lookup(".lab-window").queryAs(LabWindow.class); }

    private boolean present(String query) { return robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent(); }

    private long shownEvent() { return board().getSnapshot().eventIndex(); }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test void fTogglesPresentationModeWhichFillsTheScreenAndKeepsOnlyThePlayback() throws Exception {
        assertThat(present("#library")).isTrue();
        assertThat(present(".side-panel")).isTrue();

        robot.type(KeyCode.F);
        waitFor(() -> window().getStyleClass().contains(LabWindow.PRESENTATION));
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(present("#library")).as("opening programs is not a presenter's control").isFalse();
        assertThat(present("#open-file")).isFalse();
        assertThat(present("#machine-lanes")).isFalse();
        assertThat(present("#compare-mode")).isFalse();
        assertThat(present(".side-panel")).isFalse();
        assertThat(present("#play")).isTrue();
        assertThat(present("#step")).isTrue();
        assertThat(present("#speed")).isTrue();
        assertThat(present("#chapters")).isTrue();
        assertThat(robot.lookup("#narration").queryAs(Label.class).getFont().getSize())
                .as("presentation type is large").isGreaterThanOrEqualTo(28);

        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !window().getStyleClass().contains(LabWindow.PRESENTATION));
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(present("#library")).isTrue();
        assertThat(present(".side-panel")).isTrue();

        robot.type(KeyCode.F);
        waitFor(() -> window().presentationProperty().get());
        robot.type(KeyCode.F);
        waitFor(() -> !window().presentationProperty().get());
        assertThat(present("#open-file")).isTrue();
    }

    @Test void spaceArrowsAndHomeDriveThePlayback() throws Exception {
        long start = shownEvent();
        robot.type(KeyCode.RIGHT);
        waitFor(() -> shownEvent() == start + 1);
        robot.type(KeyCode.RIGHT);
        waitFor(() -> shownEvent() == start + 2);
        robot.type(KeyCode.LEFT);
        waitFor(() -> shownEvent() == start + 1);

        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        waitFor(() -> robot.lookup("#last-event").queryAs(Label.class).getText().contains("GoroutineExecuted"));

        long stepped = timeline().getPlayhead();
        robot.type(KeyCode.SPACE);
        waitFor(() -> timeline().getPlayhead() > stepped);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        long held = timeline().getPlayhead();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().getPlayhead()).as("paused again").isEqualTo(held);

        robot.type(KeyCode.HOME);
        waitFor(() -> timeline().getPlayhead() == 0 && board().getSnapshot().time() == 0);
    }

    @Test void bracketsMakeThePlaybackSlowerAndFaster() throws Exception {
        Slider speed = robot.lookup("#speed").queryAs(Slider.class);
        Label label = robot.lookup("#speed-label").queryAs(Label.class);
        double before = speed.getValue();
        String text = label.getText();

        robot.type(KeyCode.CLOSE_BRACKET);
        waitFor(() -> speed.getValue() > before);
        assertThat(speed.getValue()).isEqualTo(before + SpeedScale.KEY_STEP, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(label.getText()).isNotEqualTo(text);

        robot.type(KeyCode.OPEN_BRACKET);
        robot.type(KeyCode.OPEN_BRACKET);
        waitFor(() -> speed.getValue() < before);
        assertThat(speed.getValue()).isEqualTo(before - SpeedScale.KEY_STEP, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test void digitKeysJumpToTheChaptersAndTheChapterListNamesThem() throws Exception {
        robot.type(KeyCode.DIGIT2);
        waitFor(() -> timeline().getPlayhead() == 598_000);
        Label caption = robot.lookup("#narration").queryAs(Label.class);
        waitFor(() -> caption.isVisible() && caption.getText().startsWith("First Unlock"));

        robot.type(KeyCode.DIGIT1);
        waitFor(() -> timeline().getPlayhead() == 14_000);
        waitFor(() -> caption.getText().startsWith("The last goroutine created ran first"));

        javafx.scene.control.MenuButton chapters = robot.lookup("#chapters").queryAs(javafx.scene.control.MenuButton.class);
        assertThat(ticked(chapters)).as("the first chapter is being read").containsExactly(0);
        robot.clickOn("#chapters");
        robot.clickOn(chapters.getItems().get(1).getText());
        waitFor(() -> timeline().getPlayhead() == 598_000);
        assertThat(ticked(chapters)).containsExactly(1);
    }

    /** The indexes of the ticked chapters in the chapter list. */
    private static List<Integer> ticked(javafx.scene.control.MenuButton chapters) {
        return java.util.stream.IntStream.range(0, chapters.getItems().size())
                .filter(i -> ((javafx.scene.control.CheckMenuItem) chapters.getItems().get(i)).isSelected()).boxed().toList();
    }

    @Test void questionMarkListsTheShortcutsTheKeysUseAndEscClosesIt() throws Exception {
        robot.press(KeyCode.SHIFT).type(KeyCode.SLASH).release(KeyCode.SHIFT);
        waitFor(() -> present("#shortcuts-overlay"));

        List<String> keys = robot.lookup(".keycap").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(keys).containsExactlyElementsOf(Shortcuts.ALL.stream().map(Shortcuts.Shortcut::keys).toList());
        Messages messages = window().messages();
        for (Shortcuts.Shortcut s : Shortcuts.ALL) {
            assertThat(robot.lookup("#shortcuts-overlay").lookup(s.keys()).tryQuery())
                    .as("the overlay names %s", s.keys()).isPresent();
            assertThat(robot.lookup("#shortcuts-overlay").lookup(messages.get(s.descriptionKey())).tryQuery())
                    .as("the overlay says what %s does", s.keys()).isPresent();
        }

        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !present("#shortcuts-overlay"));
        assertThat(window().presentationProperty().get()).isFalse();
    }
}
