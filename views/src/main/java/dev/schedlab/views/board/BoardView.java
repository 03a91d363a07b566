package dev.schedlab.views.board;

import dev.schedlab.model.record.WorldSnapshot;
import dev.schedlab.views.text.ViewText;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import java.util.List;

/**
 * The G/M/P board: draws one {@link WorldSnapshot} (one card per P, the global queue, the Ms, the
 * syscall lane, the wait lanes). Tokens glide when the snapshot changes by a small step; the glide is
 * evaluated at {@link #animationTimeProperty()}, which the owner advances (the board has no clock).
 * Colours come from CSS ({@code board-view.css}). FX thread only.
 */
public class BoardView extends Control {
    private static final StyleablePropertyFactory<BoardView> CSS = new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private final ObjectProperty<WorldSnapshot> snapshot = new SimpleObjectProperty<>(this, "snapshot");
    private final DoubleProperty animationTime = new SimpleDoubleProperty(this, "animationTime");
    private final DoubleProperty glideDuration = new SimpleDoubleProperty(this, "glideDuration", 0.35);
    private final IntegerProperty selectedGoroutine = new SimpleIntegerProperty(this, "selectedGoroutine", -1);
    private final ObjectProperty<ViewText> viewText = new SimpleObjectProperty<>(this, "viewText", ViewText.ENGLISH);

    private final StyleableObjectProperty<Paint> runningColor = paint("runningColor", "-board-running-color", s -> s.runningColor, Color.web("#1a7f37"));
    private final StyleableObjectProperty<Paint> runnableColor = paint("runnableColor", "-board-runnable-color", s -> s.runnableColor, Color.web("#0969da"));
    private final StyleableObjectProperty<Paint> waitingColor = paint("waitingColor", "-board-waiting-color", s -> s.waitingColor, Color.web("#9a6700"));
    private final StyleableObjectProperty<Paint> syscallColor = paint("syscallColor", "-board-syscall-color", s -> s.syscallColor, Color.web("#bc4c00"));
    private final StyleableObjectProperty<Paint> spinningColor = paint("spinningColor", "-board-spinning-color", s -> s.spinningColor, Color.web("#8250df"));
    private final StyleableObjectProperty<Paint> stoppedColor = paint("stoppedColor", "-board-stopped-color", s -> s.stoppedColor, Color.web("#cf222e"));
    private final StyleableObjectProperty<Paint> idleColor = paint("idleColor", "-board-idle-color", s -> s.idleColor, Color.web("#8c959f"));
    private final StyleableObjectProperty<Paint> cardColor = paint("cardColor", "-board-card-color", s -> s.cardColor, Color.web("#f6f8fa"));
    private final StyleableObjectProperty<Paint> slotColor = paint("slotColor", "-board-slot-color", s -> s.slotColor, Color.web("#d0d7de"));
    private final StyleableObjectProperty<Paint> textColor = paint("textColor", "-board-text-color", s -> s.textColor, Color.web("#1f2328"));
    private final StyleableObjectProperty<Paint> mutedTextColor = paint("mutedTextColor", "-board-muted-text-color", s -> s.mutedTextColor, Color.web("#656d76"));
    private final StyleableObjectProperty<Paint> tokenTextColor = paint("tokenTextColor", "-board-token-text-color", s -> s.tokenTextColor, Color.WHITE);

    public BoardView() {
        getStyleClass().add("board-view");
        setFocusTraversable(false);
    }

    private StyleableObjectProperty<Paint> paint(String name, String css, java.util.function.Function<BoardView, javafx.css.StyleableProperty<Paint>> get, Color initial) {
        return (StyleableObjectProperty<Paint>) CSS.createStyleablePaintProperty(this, name, css, get, initial);
    }

    @Override protected Skin<?> createDefaultSkin() { return new BoardViewSkin(this); }

    /**
     * The goid of the goroutine selected by a click on its token, -1 for none (a click on empty
     * board clears it). Other views (the inspector) follow it; the board rings the selected token.
     */
    public final IntegerProperty selectedGoroutineProperty() { return selectedGoroutine; }

    @Override public String getUserAgentStylesheet() {
        return BoardView.class.getResource("board-view.css").toExternalForm();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() { return CSS.getCssMetaData(); }

    @Override public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() { return getClassCssMetaData(); }

    /** The words the board draws (lane titles, legend, banner, tooltips): English unless the owner sets another language. */
    public final ObjectProperty<ViewText> viewTextProperty() { return viewText; }
    public final ViewText getViewText() { return viewText.get(); }
    public final void setViewText(ViewText t) { viewText.set(t); }

    /** The state drawn; null draws an empty board. */
    public final ObjectProperty<WorldSnapshot> snapshotProperty() { return snapshot; }
    public final WorldSnapshot getSnapshot() { return snapshot.get(); }
    public final void setSnapshot(WorldSnapshot s) { snapshot.set(s); }

    /** The owner's animation clock, in seconds; glides are evaluated at it. */
    public final DoubleProperty animationTimeProperty() { return animationTime; }
    public final double getAnimationTime() { return animationTime.get(); }
    public final void setAnimationTime(double t) { animationTime.set(t); }

    /** How long a token glides to its new place, in seconds of the animation clock; 0 jumps. */
    public final DoubleProperty glideDurationProperty() { return glideDuration; }
    public final double getGlideDuration() { return glideDuration.get(); }
    public final void setGlideDuration(double d) { glideDuration.set(d); }

    public final ObjectProperty<Paint> runningColorProperty() { return runningColor; }
    public final ObjectProperty<Paint> runnableColorProperty() { return runnableColor; }
    public final ObjectProperty<Paint> waitingColorProperty() { return waitingColor; }
    public final ObjectProperty<Paint> syscallColorProperty() { return syscallColor; }
    public final ObjectProperty<Paint> spinningColorProperty() { return spinningColor; }
    public final ObjectProperty<Paint> stoppedColorProperty() { return stoppedColor; }
    public final ObjectProperty<Paint> idleColorProperty() { return idleColor; }
    public final ObjectProperty<Paint> cardColorProperty() { return cardColor; }
    public final ObjectProperty<Paint> slotColorProperty() { return slotColor; }
    public final ObjectProperty<Paint> textColorProperty() { return textColor; }
    public final ObjectProperty<Paint> mutedTextColorProperty() { return mutedTextColor; }
    public final ObjectProperty<Paint> tokenTextColorProperty() { return tokenTextColor; }
}
