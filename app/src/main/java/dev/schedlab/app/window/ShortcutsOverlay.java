package dev.schedlab.app.window;

import dev.schedlab.app.i18n.Messages;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * The list of keyboard shortcuts, over the middle of the window: drawn from {@link Shortcuts#ALL},
 * the same table the key handler reads. {@code ?} or Esc closes it, as does a click elsewhere.
 */
final class ShortcutsOverlay {
    private final Popup popup = new Popup();
    private final VBox card = new VBox(12);

    ShortcutsOverlay(Messages messages) {
        card.setId("shortcuts-overlay");
        card.getStyleClass().add("shortcuts-overlay");
        card.getStylesheets().add(ShortcutsOverlay.class.getResource("lab.css").toExternalForm()); // a popup has its own scene
        Label title = new Label();
        title.textProperty().bind(messages.text("shortcuts.title"));
        title.getStyleClass().add("shortcuts-title");
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        int row = 0;
        for (Shortcuts.Shortcut s : Shortcuts.ALL) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("keycap");
            Label what = new Label();
            what.textProperty().bind(messages.text(s.descriptionKey()));
            grid.addRow(row++, keys, what);
        }
        Label hint = new Label();
        hint.textProperty().bind(messages.text("shortcuts.close"));
        hint.getStyleClass().add("panel-note");
        card.getChildren().addAll(title, grid, hint);
        popup.getContent().add(card);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || "?".equals(e.getText()) || (e.getCode() == KeyCode.SLASH && e.isShiftDown())) {
                popup.hide();
                e.consume();
            }
        });
    }

    boolean isShowing() { return popup.isShowing(); }

    void hide() { popup.hide(); }

    /** Shows it centred over {@code owner}, or hides it when it is showing. */
    void toggle(Node owner) {
        if (popup.isShowing()) {
            popup.hide();
            return;
        }
        if (owner.getScene() == null || owner.getScene().getWindow() == null) return;
        card.applyCss();
        card.autosize();
        Bounds b = owner.localToScreen(owner.getBoundsInLocal());
        double w = card.prefWidth(-1), h = card.prefHeight(w);
        popup.show(owner, b.getMinX() + (b.getWidth() - w) / 2, b.getMinY() + (b.getHeight() - h) / 2);
    }
}
