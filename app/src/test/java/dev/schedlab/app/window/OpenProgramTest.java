package dev.schedlab.app.window;

import dev.schedlab.views.board.BoardView;
import javafx.application.Application;
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

    @AfterEach void closeIt() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
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
}
