package dev.schedlab.views.charts;

import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.control.Control;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import java.util.List;
import java.util.function.Function;

/**
 * The colours the charts and the flame graph paint with, set from CSS (charts.css maps them to the
 * theme's semantic colours, the same ones the board and the timeline use), so both light and dark
 * themes read well. Subclasses repaint when any of them changes.
 */
public abstract class ChartTheme extends Control {
    private static final StyleablePropertyFactory<ChartTheme> CSS = new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private final StyleableProperty<Paint> text = paint("chartText", "-chart-text-color", c -> c.text, "#1f2328");
    private final StyleableProperty<Paint> mutedText = paint("chartMutedText", "-chart-muted-text-color", c -> c.mutedText, "#656d76");
    private final StyleableProperty<Paint> grid = paint("chartGrid", "-chart-grid-color", c -> c.grid, "#d0d7de");
    private final StyleableProperty<Paint> panel = paint("chartPanel", "-chart-panel-color", c -> c.panel, "#f6f8fa");
    private final StyleableProperty<Paint> playhead = paint("chartPlayhead", "-chart-playhead-color", c -> c.playhead, "#0969da");
    private final StyleableProperty<Paint> running = paint("chartRunning", "-chart-running-color", c -> c.running, "#1a7f37");
    private final StyleableProperty<Paint> runnable = paint("chartRunnable", "-chart-runnable-color", c -> c.runnable, "#0969da");
    private final StyleableProperty<Paint> waiting = paint("chartWaiting", "-chart-waiting-color", c -> c.waiting, "#9a6700");
    private final StyleableProperty<Paint> syscall = paint("chartSyscall", "-chart-syscall-color", c -> c.syscall, "#cf222e");
    private final StyleableProperty<Paint> spinning = paint("chartSpinning", "-chart-spinning-color", c -> c.spinning, "#8250df");
    private final StyleableProperty<Paint> neutral = paint("chartNeutral", "-chart-neutral-color", c -> c.neutral, "#6e7781");
    private final StyleableProperty<Paint> stopped = paint("chartStopped", "-chart-stopped-color", c -> c.stopped, "#ffebe9");

    protected ChartTheme() {
        getStyleClass().add("chart-theme");
    }

    private StyleableProperty<Paint> paint(String name, String css, Function<ChartTheme, StyleableProperty<Paint>> get, String initial) {
        return CSS.createStyleablePaintProperty(this, name, css, get, Color.web(initial));
    }

    @Override public String getUserAgentStylesheet() {
        return ChartTheme.class.getResource("charts.css").toExternalForm();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() { return CSS.getCssMetaData(); }

    @Override public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() { return getClassCssMetaData(); }

    /** Every colour property, for skins that repaint on a theme change. */
    public List<javafx.beans.value.ObservableValue<?>> colourProperties() {
        return List.of(obs(text), obs(mutedText), obs(grid), obs(panel), obs(playhead), obs(running), obs(runnable),
                obs(waiting), obs(syscall), obs(spinning), obs(neutral), obs(stopped));
    }

    private static javafx.beans.value.ObservableValue<?> obs(StyleableProperty<Paint> p) {
        return (javafx.beans.value.ObservableValue<?>) p;
    }

    public Paint textColor() { return text.getValue(); }
    public Paint mutedTextColor() { return mutedText.getValue(); }
    public Paint gridColor() { return grid.getValue(); }
    public Paint panelColor() { return panel.getValue(); }
    public Paint playheadColor() { return playhead.getValue(); }
    public Paint stoppedColor() { return stopped.getValue(); }

    /** The colour for a {@link Hue}. */
    public Paint colour(Hue hue) {
        return switch (hue) {
            case RUNNING -> running.getValue();
            case RUNNABLE -> runnable.getValue();
            case WAITING -> waiting.getValue();
            case SYSCALL -> syscall.getValue();
            case SPINNING -> spinning.getValue();
            case NEUTRAL -> neutral.getValue();
        };
    }

    /** The colours a view-model may ask for; the skin maps them to the theme. */
    public enum Hue { RUNNING, RUNNABLE, WAITING, SYSCALL, SPINNING, NEUTRAL }
}
