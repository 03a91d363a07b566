package dev.schedlab.views.timeline;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import java.util.List;
import java.util.function.Function;

/**
 * One lane per P showing which goroutine ran when (coloured by goid), syscalls and stop-the-world
 * time, changes made during the run (markers), with the playhead. The wheel zooms around the pointer, a right or middle drag (or a
 * horizontal scroll) pans, and a click or a left drag moves the playhead. The view shows
 * {@link #dataProperty()} and follows {@link #playheadProperty()}; it owns no clock. FX thread only.
 */
public class TimelineView extends Control {
    private static final StyleablePropertyFactory<TimelineView> CSS = new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private final ObjectProperty<TimelineData> data = new SimpleObjectProperty<>(this, "data", TimelineData.EMPTY);
    private final LongProperty playhead = new SimpleLongProperty(this, "playhead");
    private final DoubleProperty visibleStart = new SimpleDoubleProperty(this, "visibleStart", 0);
    /** Visible span in ns; 0 or less shows the whole run. */
    private final DoubleProperty visibleSpan = new SimpleDoubleProperty(this, "visibleSpan", 0);
    private final ObservableList<TimelineMarker> markers = FXCollections.observableArrayList();
    private final BooleanProperty showMachines = new SimpleBooleanProperty(this, "showMachines", false);

    private final StyleableProperty<Paint> laneColor = paint("laneColor", "-timeline-lane-color", s -> s.laneColor, Color.web("#f6f8fa"));
    private final StyleableProperty<Paint> syscallColor = paint("syscallColor", "-timeline-syscall-color", s -> s.syscallColor, Color.web("#bc4c00"));
    private final StyleableProperty<Paint> stoppedColor = paint("stoppedColor", "-timeline-stopped-color", s -> s.stoppedColor, Color.web("#cf222e"));
    private final StyleableProperty<Paint> playheadColor = paint("playheadColor", "-timeline-playhead-color", s -> s.playheadColor, Color.web("#cf222e"));
    private final StyleableProperty<Paint> markerColor = paint("markerColor", "-timeline-marker-color", s -> s.markerColor, Color.web("#9a6700"));
    private final StyleableProperty<Paint> schedulerColor = paint("schedulerColor", "-timeline-scheduler-color", s -> s.schedulerColor, Color.web("#8c959f"));
    private final StyleableProperty<Paint> spinningColor = paint("spinningColor", "-timeline-spinning-color", s -> s.spinningColor, Color.web("#8250df"));
    private final StyleableProperty<Paint> textColor = paint("textColor", "-timeline-text-color", s -> s.textColor, Color.web("#1f2328"));
    private final StyleableProperty<Paint> mutedTextColor = paint("mutedTextColor", "-timeline-muted-text-color", s -> s.mutedTextColor, Color.web("#656d76"));

    public TimelineView() {
        getStyleClass().add("timeline-view");
    }

    private StyleableProperty<Paint> paint(String name, String css, Function<TimelineView, StyleableProperty<Paint>> get, Color initial) {
        return CSS.createStyleablePaintProperty(this, name, css, get, initial);
    }

    @Override protected Skin<?> createDefaultSkin() { return new TimelineViewSkin(this); }

    @Override public String getUserAgentStylesheet() {
        return TimelineView.class.getResource("timeline-view.css").toExternalForm();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() { return CSS.getCssMetaData(); }

    @Override public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() { return getClassCssMetaData(); }

    public final ObjectProperty<TimelineData> dataProperty() { return data; }
    public final TimelineData getData() { return data.get(); }
    public final void setData(TimelineData d) { data.set(d); }

    /** Simulated time (ns) of the moment shown; a click or a drag on the lanes sets it. */
    public final LongProperty playheadProperty() { return playhead; }
    public final long getPlayhead() { return playhead.get(); }
    public final void setPlayhead(long ns) { playhead.set(ns); }

    /** Changes made during the run, each drawn as a labelled line across the lanes. */
    public final ObservableList<TimelineMarker> getMarkers() { return markers; }

    /** Whether lanes per M follow the P lanes: what each thread ran, its scheduler (g0) time, its spinning. */
    public final BooleanProperty showMachinesProperty() { return showMachines; }

    public final DoubleProperty visibleStartProperty() { return visibleStart; }
    public final DoubleProperty visibleSpanProperty() { return visibleSpan; }

    @SuppressWarnings("unchecked")
    ObjectProperty<Paint> colour(StyleableProperty<Paint> p) { return (ObjectProperty<Paint>) p; }

    public final ObjectProperty<Paint> laneColorProperty() { return colour(laneColor); }
    public final ObjectProperty<Paint> syscallColorProperty() { return colour(syscallColor); }
    public final ObjectProperty<Paint> stoppedColorProperty() { return colour(stoppedColor); }
    public final ObjectProperty<Paint> playheadColorProperty() { return colour(playheadColor); }
    public final ObjectProperty<Paint> markerColorProperty() { return colour(markerColor); }
    public final ObjectProperty<Paint> schedulerColorProperty() { return colour(schedulerColor); }
    public final ObjectProperty<Paint> spinningColorProperty() { return colour(spinningColor); }
    public final ObjectProperty<Paint> textColorProperty() { return colour(textColor); }
    public final ObjectProperty<Paint> mutedTextColorProperty() { return colour(mutedTextColor); }

    /** The visible time range [start, end] in ns, the whole run when no zoom is set. */
    public final double visibleEnd() {
        double span = visibleSpan.get();
        return span > 0 ? visibleStart.get() + span : Math.max(1, getData().endTime());
    }

    public final double visibleFrom() { return visibleSpan.get() > 0 ? visibleStart.get() : 0; }
}
