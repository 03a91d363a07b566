package dev.schedlab.app.window;

import dev.schedlab.app.i18n.Messages;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The window's right side: the controls (GOMAXPROCS, knobs, last step) and the inspector, as two
 * tabs. The inspector's tables need room, so the side widens while it is shown.
 */
final class SideTabs extends TabPane {
    static final double CONTROLS_WIDTH = 270;
    static final double INSPECTOR_WIDTH = 640;

    SideTabs(SidePanel controls, InspectorPanel inspector, Messages messages) {
        Tab side = new Tab();
        side.textProperty().bind(messages.text("inspector.tab.controls"));
        side.setContent(controls);
        side.setId("controls-tab");
        Tab inspect = new Tab();
        inspect.textProperty().bind(messages.text("inspector.tab.inspector"));
        inspect.setContent(inspector);
        inspect.setId("inspector-tab");
        getTabs().addAll(side, inspect);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getStyleClass().add("side-tabs");
        inspector.activeProperty().bind(inspect.selectedProperty());
        setPrefWidth(CONTROLS_WIDTH);
        inspect.selectedProperty().addListener((o, was, now) -> setPrefWidth(now ? INSPECTOR_WIDTH : CONTROLS_WIDTH));
    }

    void showInspector() { getSelectionModel().select(1); }
}
