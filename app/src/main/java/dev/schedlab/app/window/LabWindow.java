package dev.schedlab.app.window;

import dev.schedlab.app.compare.CompareView;
import dev.schedlab.app.export.ExportView;
import dev.schedlab.app.export.LabViews;
import dev.schedlab.app.i18n.Messages;
import dev.schedlab.app.inspect.InspectionService;
import dev.schedlab.app.playback.Playback;
import dev.schedlab.views.board.BoardView;
import dev.schedlab.views.text.ViewText;
import dev.schedlab.views.timeline.TimelineView;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.io.File;

/**
 * The lab's main window content: toolbar, board, timeline, side panel and status bar, wired to one
 * {@link Playback}. Accepts a dropped .go file or folder. Every key goes through {@link Shortcuts}.
 * Presentation mode ({@code F}) fills the screen with the board in large type and only the playback
 * controls; Compare puts a second run beside this one. FX thread only.
 */
final class LabWindow extends BorderPane {
    static final String PRESENTATION = "presentation";

    private final BoardView board = new BoardView();
    private final TimelineView timeline = new TimelineView();
    private final SplitPane centre;
    private final SideTabs side;
    private final LabToolBar toolBar;
    private final Playback playback;
    private final Messages messages;
    private final ShortcutsOverlay shortcuts;
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final BooleanProperty comparing = new SimpleBooleanProperty(this, "comparing");
    private CompareView compare;
    /** Where the divider between runs A and B was last (kept across Compare off and on, and by the preferences). */
    private double[] compareDividers = {0.5};
    private boolean followingStage;
    private final LowerTabs lower;
    private final InspectorPanel inspector;

    LabWindow(Playback playback, ProgramOpener opener, Theme theme, Messages messages) {
        this(playback, opener, theme, messages, new InspectionService(Platform::runLater));
    }

    /** @param inspection where the inspector replays the run (an export without a display: on the FX thread) */
    LabWindow(Playback playback, ProgramOpener opener, Theme theme, Messages messages, InspectionService inspection) {
        this.playback = playback;
        this.messages = messages;
        getStyleClass().add("lab-window");
        board.setId("board");
        timeline.setId("timeline");
        timeline.setMinWidth(0); // its canvas would otherwise hold it at the widest it has been (Compare halves it)
        playback.frameProperty().addListener((o, was, f) -> board.setSnapshot(f == null ? null : f.snapshot()));
        playback.progressProperty().addListener((o, was, p) -> timeline.setData(p.timeline()));
        timeline.playheadProperty().bindBidirectional(playback.playheadProperty());
        Bindings.bindContent(timeline.getMarkers(), playback.markers());

        lower = new LowerTabs(timeline, playback, messages);
        centre = new SplitPane(withNarration(board, playback), lower);
        centre.setId("centre");
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.76);
        // charts, flame graph and console need more height than the timeline's lanes
        lower.getSelectionModel().selectedIndexProperty().addListener((o, was, now) ->
                centre.setDividerPositions(now.intValue() == 0 ? 0.76 : 0.45));
        toolBar = new LabToolBar(playback, opener, theme, timeline.showMachinesProperty(), messages);
        inspector = new InspectorPanel(playback, board, messages, inspection);
        toolBar.addFileMenu(new ExportMenu(views(), this::reveal,
                () -> playback.programProperty().get() == null ? "schedlab" : playback.programProperty().get().name(), messages));
        toolBar.addPlaybackItems(new ChapterMenu(playback, messages),
                toggle("presentation-mode", MaterialDesignP.PROJECTOR_SCREEN, "presentation.tooltip", presentation),
                button("show-shortcuts", MaterialDesignK.KEYBOARD, "shortcuts.tooltip", this::toggleShortcuts));
        toolBar.addTools(toggle("compare-mode", MaterialDesignC.COMPARE, "compare.tooltip", comparing));
        side = new SideTabs(new SidePanel(playback, messages), inspector, messages);
        shortcuts = new ShortcutsOverlay(messages);
        setTop(toolBar);
        setCenter(centre);
        setRight(side);
        setBottom(new StatusBar(playback, messages));
        // The board's words and the narration follow the window's language.
        board.viewTextProperty().bind(messages.localeProperty().map(ViewText::of));
        playback.languageProperty().bind(messages.localeProperty());

        presentation.addListener((o, was, now) -> present(now));
        comparing.addListener((o, was, now) -> compare(now));
        Shortcuts.Commands commands = new KeyCommands();
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof javafx.scene.control.TextInputControl) return;
            if (Shortcuts.handle(e, commands)) e.consume();
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        setOnDragDropped(e -> dropped(e, opener));
    }

    /** What the keys do in this window. */
    private final class KeyCommands implements Shortcuts.Commands {
        @Override public void togglePlay() { playback.togglePlay(); }
        @Override public void stepForward() { playback.stepForward(); }
        @Override public void stepToNextDecision() { playback.stepToNextDecision(); }
        @Override public void stepBack() { playback.stepBack(); }
        @Override public void restart() { playback.restart(); }
        @Override public void slower() { playback.speedProperty().set(SpeedScale.slower(playback.speedProperty().get())); }
        @Override public void faster() { playback.speedProperty().set(SpeedScale.faster(playback.speedProperty().get())); }
        @Override public void jumpToChapter(int n) { playback.jumpToChapter(n); }
        @Override public void togglePresentation() { presentation.set(!presentation.get()); }
        @Override public void toggleCompare() { comparing.set(!comparing.get()); }
        @Override public void toggleShortcuts() { LabWindow.this.toggleShortcuts(); }
        @Override public void leave() {
            if (shortcuts.isShowing()) shortcuts.hide();
            else presentation.set(false);
        }
    }

    /** The board with the scenario's current chapter as a caption below it, shown only while there is one. */
    private static VBox withNarration(BoardView board, Playback playback) {
        Label caption = new Label();
        caption.setId("narration");
        caption.getStyleClass().add("narration");
        caption.setWrapText(true);
        caption.setMaxWidth(Double.MAX_VALUE);
        caption.setMinHeight(Region.USE_PREF_SIZE); // the whole chapter, never cut off with an ellipsis
        caption.textProperty().bind(playback.narrationProperty());
        caption.visibleProperty().bind(playback.narrationProperty().isNotEmpty());
        caption.managedProperty().bind(caption.visibleProperty());
        VBox area = new VBox(board, caption);
        VBox.setVgrow(board, Priority.ALWAYS);
        return area;
    }

    /**
     * Presentation mode: full screen, large high-contrast type (the {@code presentation} style class,
     * see lab.css), the side panel gone and the toolbar down to the playback controls.
     */
    private void present(boolean on) {
        if (on) getStyleClass().add(PRESENTATION); else getStyleClass().remove(PRESENTATION);
        setRight(on || comparing.get() ? null : side);
        toolBar.showOnlyPlayback(on);
        if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
            if (!followingStage) { // leaving full screen by the window system's own means leaves presentation too
                followingStage = true;
                stage.fullScreenProperty().addListener((o, was, full) -> { if (!full) presentation.set(false); });
            }
            stage.setFullScreenExitHint(messages.get("presentation.exitHint"));
            stage.setFullScreen(on);
        }
    }

    /** Compare: run B beside this one, sharing the playhead; off gives the centre back to run A alone. */
    private void compare(boolean on) {
        if (on) {
            compare = new CompareView(playback, messages, centre, timeline);
            compare.sides().setDividerPositions(compareDividers);
            setCenter(compare);
            setRight(null); // room for two boards; the bar sets run B
        } else if (compare != null) {
            compareDividers = compare.sides().getDividerPositions();
            compare.close();
            compare = null;
            setCenter(centre);
            if (!presentation.get()) setRight(side);
        }
    }

    private void toggleShortcuts() { shortcuts.toggle(this); }

    BooleanProperty presentationProperty() { return presentation; }

    Messages messages() { return messages; }

    BooleanProperty comparingProperty() { return comparing; }

    /** The divider positions between runs A and B: of the comparison shown, else where they were last. */
    double[] compareDividers() { return compare != null ? compare.sides().getDividerPositions() : compareDividers.clone(); }

    void setCompareDividers(double[] positions) {
        if (positions.length != 1) return;
        compareDividers = positions.clone();
        if (compare != null) compare.sides().setDividerPositions(positions);
    }

    /** The comparison shown, or null. */
    CompareView comparison() { return compare; }

    BoardView board() { return board; }

    TimelineView timeline() { return timeline; }

    /** The board over the timeline, whose divider the preferences remember. */
    SplitPane centre() { return centre; }

    private ToggleButton toggle(String id, Ikon icon, String tipKey, BooleanProperty state) {
        ToggleButton b = Icons.decorate(new ToggleButton(), id, icon, "");
        b.getTooltip().textProperty().bind(messages.text(tipKey));
        b.selectedProperty().bindBidirectional(state);
        return b;
    }

    private Button button(String id, Ikon icon, String tipKey, Runnable action) {
        Button b = Icons.decorate(new Button(), id, icon, "");
        b.getTooltip().textProperty().bind(messages.text(tipKey));
        b.setOnAction(e -> action.run());
        return b;
    }

    LowerTabs lowerTabs() { return lower; }

    /** The window and the views a picture can show on their own. */
    LabViews views() {
        return new LabViews(this, board, timeline, lower.charts(), lower.flameGraph(), inspector.view());
    }

    /** Brings {@code view} into sight before it is exported: its lower tab, or the Inspector tab. */
    void reveal(ExportView view) {
        switch (view) {
            case TIMELINE, CHARTS, PROFILE -> lower.show(view.label());
            case INSPECTOR -> side.showInspector();
            default -> { }
        }
    }

    /** Shows the Inspector tab following goroutine {@code goid} (as if it were clicked on the board). */
    void inspect(int goid) {
        board.selectedGoroutineProperty().set(goid);
        side.showInspector();
    }

    private static void dropped(DragEvent e, ProgramOpener opener) {
        boolean ok = false;
        if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
            File f = e.getDragboard().getFiles().get(0);
            ok = opener.open(f.toPath());
        }
        e.setDropCompleted(ok);
        e.consume();
    }
}
