package dev.schedlab.views.profile;

import dev.schedlab.model.profile.StackProfile;
import dev.schedlab.views.charts.ChartTexts;
import dev.schedlab.views.charts.ChartTheme;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Skin;

import java.util.function.UnaryOperator;

/**
 * The simulated CPU profile as a flame graph: each row a stack depth, each box a function as wide as
 * its share of the CPU time, coloured by kind (the program's code, runtime work on the goroutine's
 * stack, the scheduler on g0, GC, system calls). A headline gives runtime.mcall's share. A click
 * zooms into a box; a click on the top row zooms out.
 */
public class FlameGraphView extends ChartTheme {
    private final ObjectProperty<StackProfile> profile = new SimpleObjectProperty<>(this, "profile", StackProfile.EMPTY);
    private final ObservableList<String> focus = FXCollections.observableArrayList();
    private final ObjectProperty<UnaryOperator<String>> texts = new SimpleObjectProperty<>(this, "texts", ChartTexts::english);

    public FlameGraphView() {
        getStyleClass().add("flame-graph-view");
    }

    @Override protected Skin<?> createDefaultSkin() { return new FlameGraphViewSkin(this); }

    public final ObjectProperty<StackProfile> profileProperty() { return profile; }
    public final StackProfile getProfile() { return profile.get(); }
    public final void setProfile(StackProfile p) { profile.set(p == null ? StackProfile.EMPTY : p); }

    /** The zoom: function names from the root down to the focused box (empty: the whole profile). */
    public final ObservableList<String> getFocus() { return focus; }

    public final ObjectProperty<UnaryOperator<String>> textsProperty() { return texts; }
    public final String text(String key) { return texts.get().apply(key); }
    public final void setTexts(UnaryOperator<String> t) { texts.set(t == null ? ChartTexts::english : t); }
}
