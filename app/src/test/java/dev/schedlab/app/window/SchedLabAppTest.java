package dev.schedlab.app.window;

import dev.schedlab.app.Version;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens the real application (headless, on Monocle) with a program argument. */
class SchedLabAppTest {
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Application app;

    @BeforeEach void openTheLab() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SchedLabApp.class, "examples/pingpong.go");
    }

    @AfterEach void closeIt() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test void showsTheLabsNameAndVersion() {
        assertThat(stage.getTitle()).isEqualTo("SchedLab");
        assertThat(robot.lookup(".lab-name").queryAs(Label.class).getText()).isEqualTo("SchedLab");
        assertThat(robot.lookup("#version").queryAs(Label.class).getText()).isEqualTo("version " + Version.current());
        assertThat(robot.lookup("#program").queryAs(Label.class).getText()).isEqualTo("Program: pingpong.go");
    }
}
