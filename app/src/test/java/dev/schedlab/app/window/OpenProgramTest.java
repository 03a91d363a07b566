package dev.schedlab.app.window;

import dev.schedlab.views.board.BoardView;
import javafx.application.Application;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./schedlab PATH}: the window shows the program it was given (not the demo it opens first). */
class OpenProgramTest {
    private final FxRobot robot = new FxRobot();
    private Application app;
    @TempDir Path dir;

    private final String configDir = System.getProperty("schedlab.configDir");

    @AfterEach void closeIt() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        if (configDir == null) System.clearProperty("schedlab.configDir");
        else System.setProperty("schedlab.configDir", configDir);
    }

    @Test void theBoardShowsTheProgramGivenOnTheCommandLine() throws Exception {
        Path program = dir.resolve("main.go");
        Files.writeString(program, "package main\n\nfunc main() {\n\tch := make(chan int)\n\tgo func() { ch <- 1 }()\n\t<-ch\n}\n");
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SchedLabApp.class, program.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            BoardView board = robot.lookup("#board").queryAs(BoardView.class);
            return board.getSnapshot() != null && board.getSnapshot().processors().size() == 4;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("SchedLab — main.go");
    }

    /** The packaged app has its scenarios inside a jar, where no plain path reaches them: the window opens them by name. */
    @Test void aBuiltInScenarioGivenByNameOpensWithItsGomaxprocs() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SchedLabApp.class, "work-stealing");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "SchedLab — 05-work-stealing".equals(stage.getTitle()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            BoardView board = robot.lookup("#board").queryAs(BoardView.class);
            return board.getSnapshot() != null && board.getSnapshot().processors().size() == 4;
        });
    }

    @Test void theRecentMenuReopensTheProgramButDoesNotListBuiltInScenarios() throws Exception {
        System.setProperty("schedlab.configDir", dir.resolve("config").toString()); // a Recent list of its own
        Path program = dir.resolve("recent-demo.go");
        Files.writeString(program, "package main\n\nfunc main() {\n\tch := make(chan int)\n\tgo func() { ch <- 1 }()\n\t<-ch\n}\n");
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SchedLabApp.class, program.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "SchedLab — recent-demo.go".equals(stage.getTitle()));

        robot.clickOn("#library");
        robot.clickOn("Waking up after time.Sleep");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "SchedLab — 01-sleep-wakeup".equals(stage.getTitle()));

        MenuButton recent = robot.lookup("#recent").queryAs(MenuButton.class);
        assertThat(recent.getItems()).extracting(MenuItem::getText).noneMatch(t -> t.startsWith("01-sleep-wakeup"));
        assertThat(recent.getItems().get(0).getText()).startsWith("recent-demo.go");
        robot.clickOn("#recent");
        robot.clickOn(recent.getItems().get(0).getText());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "SchedLab — recent-demo.go".equals(stage.getTitle()));
    }
}
