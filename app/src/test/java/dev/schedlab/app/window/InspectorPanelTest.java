package dev.schedlab.app.window;

import dev.schedlab.views.board.BoardView;
import dev.schedlab.views.board.BoardViewSkin;
import dev.schedlab.views.board.Token;
import dev.schedlab.views.inspector.InspectorContent;
import dev.schedlab.model.inspect.ReportSection;
import dev.schedlab.views.inspector.InspectorView;
import javafx.application.Application;
import javafx.scene.control.TabPane;
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

/** The inspector tab of the real window (headless): it follows the board's selection and the steps. */
class InspectorPanelTest {
    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeEach void openTheLabOnTheInspector() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SchedLabApp.class);
        waitFor(() -> board().getSnapshot() != null);
        robot.interact(() -> robot.lookup(".side-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        assertThat(stage.isShowing()).isTrue();
    }

    @AfterEach void closeIt() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private BoardView board() { return robot.lookup("#board").queryAs(BoardView.class); }

    private InspectorView inspector() { return robot.lookup("#inspector").queryAs(InspectorView.class); }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean shows(String title) {
        return inspector().getContent().sections().stream().map(ReportSection::title).anyMatch(t -> t.startsWith(title));
    }

    @Test void clickingAGoroutineOnTheBoardShowsItInTheInspector() throws Exception {
        while (board().getSnapshot().eventIndex() < 30) { // into the run: goroutines on the board
            long at = board().getSnapshot().eventIndex();
            robot.clickOn("#step");
            waitFor(() -> board().getSnapshot().eventIndex() == at + 1);
        }
        BoardViewSkin skin = (BoardViewSkin) board().getSkin();
        waitFor(() -> skin.layout() != null && !skin.layout().tokens().isEmpty());
        Token token = skin.layout().tokens().get(skin.layout().tokens().size() - 1);

        robot.clickOn(board().localToScreen(token.x(), token.y()));
        waitFor(() -> shows("Goroutine g" + token.goid()));
        InspectorContent c = inspector().getContent();
        assertThat(c.heading()).startsWith("g" + token.goid() + " · event 30");
        assertThat(c.sections()).extracting(ReportSection::title)
                .contains("g.sched (gobuf)", "Call stack (innermost first)");

        // A step moves the inspection to the next event; clearing the selection shows the M of that event.
        robot.clickOn("#step");
        waitFor(() -> inspector().getContent().heading().contains("event 31"));
        robot.clickOn(board().localToScreen(3, 3));
        waitFor(() -> inspector().getContent().heading().startsWith("M"));
        assertThat(shows("Thread M")).isTrue();
    }
}
