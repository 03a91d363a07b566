package dev.schedlab.views.inspector;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The stack-frame, register and assembly inspector: shows an {@link InspectorContent} as titled,
 * collapsible sections of monospaced rows, a listing's current line highlighted. It holds no
 * scheduler logic: the app computes the content. Shows {@link #placeholderProperty()} when empty.
 */
public class InspectorView extends Control {
    private final ObjectProperty<InspectorContent> content = new SimpleObjectProperty<>(this, "content", InspectorContent.EMPTY);
    private final StringProperty placeholder = new SimpleStringProperty(this, "placeholder", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);

    public InspectorView() {
        getStyleClass().add("inspector-view");
    }

    public final ObjectProperty<InspectorContent> contentProperty() { return content; }

    public final InspectorContent getContent() { return content.get(); }

    public final void setContent(InspectorContent c) { content.set(c == null ? InspectorContent.EMPTY : c); }

    /** Text shown while there is nothing to inspect. */
    public final StringProperty placeholderProperty() { return placeholder; }

    /** True while the content is being computed: the old content is dimmed meanwhile. */
    public final BooleanProperty busyProperty() { return busy; }

    @Override protected Skin<?> createDefaultSkin() { return new InspectorViewSkin(this); }

    @Override public String getUserAgentStylesheet() {
        return InspectorView.class.getResource("inspector-view.css").toExternalForm();
    }
}
