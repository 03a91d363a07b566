package dev.schedlab.app.window;

import dev.schedlab.app.export.PictureFormat;
import dev.schedlab.views.board.BoardView;
import javafx.application.Application;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The toolbar's Export menu, in the real window (headless): its items write pictures and fill the clipboard. */
class WindowExportTest {
    private final FxRobot robot = new FxRobot();
    private Application app;
    @TempDir Path dir;

    @BeforeEach void openTheLab() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SchedLabApp.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> board().getSnapshot() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
    }

    @AfterEach void closeIt() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private BoardView board() { return robot.lookup("#board").queryAs(BoardView.class); }

    private ExportMenu menu() { return robot.lookup("#export").queryAs(ExportMenu.class); }

    /** The menu item with this id, in the Export menu or one of its submenus. */
    private MenuItem item(String id) {
        List<MenuItem> all = new ArrayList<>(menu().getItems());
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) instanceof Menu m) all.addAll(m.getItems());
        }
        return all.stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
    }

    @Test void boardAsPngAtTwiceTheScaleWritesTheChosenFile() throws Exception {
        Path file = dir.resolve("board.png");
        List<ExportMenu.Choice> asked = new ArrayList<>();
        robot.interact(() -> menu().askFileWith(c -> {
            asked.add(c);
            return Optional.of(file);
        }));
        robot.clickOn("#export");
        robot.interact(() -> item("export-board-png-2x").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).extracting(ExportMenu.Choice::format, ExportMenu.Choice::scale)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PictureFormat.PNG, 2));
        assertThat(asked.get(0).suggestedName("demo")).isEqualTo("demo-board@2x.png");
        BufferedImage png = ImageIO.read(file.toFile());
        assertThat(png.getWidth()).isEqualTo((int) Math.round(board().getWidth() * 2));
        assertThat(png.getHeight()).isEqualTo((int) Math.round(board().getHeight() * 2));
    }

    @Test void theWholeWindowAsSvgHoldsTheBoardAsText() throws Exception {
        Path file = dir.resolve("window.svg");
        robot.interact(() -> menu().askFileWith(c -> Optional.of(file)));
        robot.interact(() -> item("export-window-svg").fire());
        String svg = Files.readString(file);
        assertThat(svg).startsWith("<?xml").contains("<svg", ">P0</text>", "<image ").endsWith("</svg>\n");
    }

    @Test void aCancelledChooserWritesNothing() throws Exception {
        robot.interact(() -> menu().askFileWith(c -> Optional.empty()));
        robot.interact(() -> item("export-timeline-png-1x").fire());
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test void copyPutsTheBoardOnTheClipboardAsAnImage() throws Exception {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.interact(() -> item("export-copy-board").fire());
        Image copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getImage()).get();
        assertThat(copied).isNotNull();
        assertThat(copied.getWidth()).isEqualTo(Math.round(board().getWidth()));
    }

    @Test void theMenuOffersTheChartsTheProfileAndTheInspector() {
        for (String view : List.of("charts", "profile", "inspector")) {
            for (String id : List.of("export-" + view + "-png-1x", "export-" + view + "-png-3x", "export-" + view + "-svg", "export-copy-" + view)) {
                assertThat(item(id).getText()).as(id).isNotBlank();
            }
        }
        // The inspector's SVG is a snapshot, and its item says so.
        assertThat(item("export-inspector-svg").getText()).isNotEqualTo(item("export-profile-svg").getText());
    }

    @Test void theProfileFromTheMenuComesToTheFrontAndIsAVectorSvg() throws Exception {
        Path file = dir.resolve("profile.svg");
        robot.interact(() -> menu().askFileWith(c -> Optional.of(file)));
        robot.interact(() -> item("export-profile-svg").fire());
        assertThat(robot.lookup("#lower-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("tab-profile");
        String svg = Files.readString(file);
        assertThat(svg).contains("<text", "<rect").doesNotContain("<image");
    }

    @Test void theInspectorFromTheMenuWaitsForItsReplayAndIsAPngOfItsSize() throws Exception {
        Path first = dir.resolve("inspector.png"), again = dir.resolve("again.png");
        robot.interact(() -> {
            board().selectedGoroutineProperty().set(1);
            menu().askFileWith(c -> Optional.of(Files.exists(first) ? again : first));
        });
        robot.interact(() -> item("export-inspector-png-2x").fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(first));
        var inspector = robot.lookup("#inspector").queryAs(dev.schedlab.views.inspector.InspectorView.class);
        assertThat(inspector.isVisible() && inspector.getScene() != null).isTrue();
        BufferedImage png = ImageIO.read(first.toFile());
        assertThat(png.getWidth()).isEqualTo((int) Math.round(inspector.getWidth() * 2));
        assertThat(png.getHeight()).isEqualTo((int) Math.round(inspector.getHeight() * 2));
        // Exported again, now that the inspector is shown and answered: the same picture, so the first
        // one waited for the replay instead of catching the inspector busy.
        robot.interact(() -> item("export-inspector-png-2x").fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(again));
        BufferedImage second = ImageIO.read(again.toFile());
        assertThat(second.getWidth()).isEqualTo(png.getWidth());
        int differing = 0;
        for (int y = 0; y < png.getHeight(); y += 2) {
            for (int x = 0; x < png.getWidth(); x += 2) if (png.getRGB(x, y) != second.getRGB(x, y)) differing++;
        }
        assertThat(differing).isZero();
    }
}
