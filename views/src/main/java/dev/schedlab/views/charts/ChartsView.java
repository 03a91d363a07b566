package dev.schedlab.views.charts;

import dev.schedlab.model.record.ChartData;
import dev.schedlab.model.record.LatencyHistogram;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Skin;

import java.util.function.UnaryOperator;

/**
 * Charts of a run over simulated time (run queues, goroutines by status, threads with steals and
 * retakes, GC phases shaded) beside the scheduling-latency histogram. The part of the run after the
 * playhead is drawn faded; a click moves the playhead. Text comes through {@link #textsProperty()}
 * (a key such as {@code charts.panel.goroutines} to the words to show) so the window can translate it.
 */
public class ChartsView extends ChartTheme {
    private final ObjectProperty<ChartData> data = new SimpleObjectProperty<>(this, "data", ChartData.EMPTY);
    private final ObjectProperty<LatencyHistogram> latency = new SimpleObjectProperty<>(this, "latency", LatencyHistogram.EMPTY);
    private final LongProperty playhead = new SimpleLongProperty(this, "playhead");
    private final IntegerProperty processors = new SimpleIntegerProperty(this, "processors", 1);
    private final ObjectProperty<UnaryOperator<String>> texts = new SimpleObjectProperty<>(this, "texts", ChartTexts::english);

    public ChartsView() {
        getStyleClass().add("charts-view");
    }

    @Override protected Skin<?> createDefaultSkin() { return new ChartsViewSkin(this); }

    public final ObjectProperty<ChartData> dataProperty() { return data; }
    public final ChartData getData() { return data.get(); }
    public final void setData(ChartData d) { data.set(d == null ? ChartData.EMPTY : d); }

    /** The latency histogram to show: the waits up to the playhead. */
    public final ObjectProperty<LatencyHistogram> latencyProperty() { return latency; }
    public final LatencyHistogram getLatency() { return latency.get(); }
    public final void setLatency(LatencyHistogram h) { latency.set(h == null ? LatencyHistogram.EMPTY : h); }

    public final LongProperty playheadProperty() { return playhead; }
    public final long getPlayhead() { return playhead.get(); }
    public final void setPlayhead(long ns) { playhead.set(ns); }

    /** How many Ps' local queues to chart (the most the run had). */
    public final IntegerProperty processorsProperty() { return processors; }
    public final int getProcessors() { return processors.get(); }
    public final void setProcessors(int n) { processors.set(Math.max(1, n)); }

    public final ObjectProperty<UnaryOperator<String>> textsProperty() { return texts; }
    public final String text(String key) { return texts.get().apply(key); }
    public final void setTexts(UnaryOperator<String> t) { texts.set(t == null ? ChartTexts::english : t); }
}
