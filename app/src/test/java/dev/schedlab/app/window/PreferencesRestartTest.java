package dev.schedlab.app.window;

import dev.schedlab.app.i18n.Messages;
import javafx.application.Application;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Preferences written by one run of the window are what the next run starts with. */
class PreferencesRestartTest {
    private final FxRobot robot = new FxRobot();
    private final String configDir = System.getProperty("schedlab.configDir");
    private Stage stage;
    private Application app;
    @TempDir Path dir;

    private double width, height;

    @BeforeEach void ownConfigFolder() throws Exception {
        System.setProperty("schedlab.configDir", dir.resolve("config").toString());
        Stage primary = FxToolkit.registerPrimaryStage();
        width = primary.getWidth();
        height = primary.getHeight();
    }

    @AfterEach void closeIt() throws Exception {
        if (app != null) {
            ToggleButton dark = themeToggle();
            robot.interact(() -> dark.setSelected(false)); // the theme is the whole toolkit's: the next tests expect light
            FxToolkit.cleanupApplication(app);
        }
        Stage primary = FxToolkit.registerPrimaryStage(); // it outlives the test: give the next one its size back
        if (width > 0 && height > 0) {
            robot.interact(() -> {
                primary.setWidth(width);
                primary.setHeight(height);
            });
        }
        FxToolkit.cleanupStages();
        if (configDir == null) System.clearProperty("schedlab.configDir");
        else System.setProperty("schedlab.configDir", configDir);
    }

    private void start(String... args) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SchedLabApp.class, args);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#board").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The theme switch, also when a narrow window has moved it into the toolbar's overflow menu. */
    private ToggleButton themeToggle() {
        return robot.lookup(".tool-bar").queryAs(javafx.scene.control.ToolBar.class).getItems().stream()
                .filter(n -> "theme".equals(n.getId())).map(ToggleButton.class::cast).findFirst().orElseThrow();
    }

    private LabWindow window() { return robot.lookup(".lab-window").queryAs(LabWindow.class); }

    @Test void themeLanguageSpeedLastFolderWindowSizeAndDividerSurviveARestart() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("programs"));
        Path program = folder.resolve("p.go");
        Files.writeString(program, "package main\n\nfunc main() {}\n");
        start(program.toString()); // opening a program from a folder makes it the open dialogs' folder
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getTitle().endsWith("p.go"));
        robot.interact(() -> themeToggle().fire());
        robot.clickOn("#status-time");
        robot.type(KeyCode.CLOSE_BRACKET);
        double speed = robot.lookup("#speed").queryAs(Slider.class).getValue();
        assertThat(speed).isNotEqualTo(5);
        robot.interact(() -> {
            window().messages().localeProperty().set(Messages.CHINESE);
            window().centre().setDividerPositions(0.55);
            window().setCompareDividers(new double[] {0.4});
            stage.setWidth(1270);
            stage.setHeight(780);
        });
        FxToolkit.cleanupApplication(app); // stop() saves

        Path saved = dir.resolve("config").resolve(LabPreferences.FILE);
        assertThat(saved).exists();
        start();
        assertThat(themeToggle().isSelected()).isTrue();
        assertThat(window().messages().localeProperty().get()).isEqualTo(Messages.CHINESE);
        assertThat(robot.lookup("#speed").queryAs(Slider.class).getValue()).isCloseTo(speed, within(1e-9));
        assertThat(window().centre().getDividerPositions()[0]).isCloseTo(0.55, within(0.01));
        robot.clickOn("#compare-mode");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window().comparison() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window().comparison().sides().getDividerPositions()[0]).isCloseTo(0.4, within(0.01));
        assertThat(stage.getWidth()).isEqualTo(1270);
        assertThat(stage.getHeight()).isEqualTo(780);
        assertThat(new LabPreferences(saved, w -> {}).lastFolder()).contains(folder.toAbsolutePath());
    }

    @Test void aDamagedPreferencesFileStartsTheLabWithItsDefaults() throws Exception {
        Path saved = Files.createDirectories(dir.resolve("config")).resolve(LabPreferences.FILE);
        Files.write(saved, new byte[] {'t', 'h', 'e', 'm', 'e', '=', (byte) 0xff, '\n', 's', 'p', 'e', 'e', 'd', '=', '?', '\n'});
        start();
        assertThat(themeToggle().isSelected()).isFalse();
        assertThat(window().messages().localeProperty().get()).isEqualTo(Messages.ENGLISH);
        assertThat(robot.lookup("#speed").queryAs(Slider.class).getValue()).isCloseTo(5, within(1e-9)); // 100 µs/s
    }
}
