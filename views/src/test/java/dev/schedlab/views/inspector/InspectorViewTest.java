package dev.schedlab.views.inspector;

import dev.schedlab.model.inspect.ReportSection;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The inspector control lays out what it is given: sections as titled panes, the marked line highlighted. */
@ExtendWith(ApplicationExtension.class)
class InspectorViewTest {
    private InspectorView view;

    @Start void show(Stage stage) {
        view = new InspectorView();
        view.placeholderProperty().set("Click a goroutine");
        stage.setScene(new Scene(view, 600, 400));
        stage.show();
    }

    private static final InspectorContent CONTENT = new InspectorContent("g5 · event 31", List.of(
            new ReportSection("Goroutine g5", "", List.of(), List.of(
                    new ReportSection.Row(List.of("status", "4  _Gwaiting"), false))),
            new ReportSection("Listing: runtime.gopark", "the goroutine waits", List.of(), List.of(
                    new ReportSection.Row(List.of("", "releasem(mp)", "m.locks--"), false),
                    new ReportSection.Row(List.of("", "mcall(park_m)", "switch to g0"), true)))));

    @Test void showsThePlaceholderUntilThereIsContent(FxRobot robot) {
        assertThat(robot.lookup("Click a goroutine").tryQuery()).isPresent();
        robot.interact(() -> view.setContent(CONTENT));
        assertThat(robot.lookup("Click a goroutine").tryQuery()).isEmpty();
        assertThat(robot.lookup(".inspector-section").queryAll()).extracting(n -> ((TitledPane) n).getText())
                .containsExactly("Goroutine g5", "Listing: runtime.gopark");
    }

    @Test void theMarkedLineIsHighlightedWithAnArrow(FxRobot robot) {
        robot.interact(() -> view.setContent(CONTENT));
        List<String> marked = robot.lookup(".marked").queryAll().stream().map(n -> ((Label) n).getText()).toList();
        assertThat(marked).containsExactly("=>", "", "mcall(park_m)", "switch to g0"); // the arrow, then the row (no address)
        Node note = robot.lookup("the goroutine waits").query();
        assertThat(note.getStyleClass()).contains("inspector-note");
    }

    @Test void aCollapsedSectionStaysCollapsedWhenTheContentChanges(FxRobot robot) {
        robot.interact(() -> view.setContent(CONTENT));
        robot.interact(() -> ((TitledPane) robot.lookup(".inspector-section").queryAll().iterator().next()).setExpanded(false));
        robot.interact(() -> view.setContent(new InspectorContent("g5 · event 32", CONTENT.sections())));
        TitledPane first = (TitledPane) robot.lookup(".inspector-section").queryAll().iterator().next();
        assertThat(first.isExpanded()).isFalse();
    }
}
