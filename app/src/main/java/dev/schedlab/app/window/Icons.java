package dev.schedlab.app.window;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icon buttons for the toolbar: an icon, a tooltip, an id tests and styles can find. */
final class Icons {
    private Icons() {}

    static <B extends ButtonBase> B decorate(B button, String id, Ikon icon, String tip) {
        button.setId(id);
        button.setGraphic(icon(icon));
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        return button;
    }

    /** The same, with a tooltip that follows the window's language. */
    static <B extends ButtonBase> B decorate(B button, String id, Ikon icon, ObservableValue<String> tip) {
        decorate(button, id, icon, "");
        button.getTooltip().textProperty().bind(tip);
        return button;
    }

    static FontIcon icon(Ikon icon) {
        FontIcon f = new FontIcon(icon);
        f.getStyleClass().add("lab-icon");
        return f;
    }
}
