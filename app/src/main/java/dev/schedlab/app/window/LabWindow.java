package dev.schedlab.app.window;

import dev.schedlab.app.i18n.Messages;
import dev.schedlab.app.playback.Playback;
import dev.schedlab.views.board.BoardView;
import dev.schedlab.views.text.ViewText;
import dev.schedlab.views.timeline.TimelineView;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.io.File;

/**
 * The lab's main window content: toolbar, board, timeline, side panel and status bar, wired to one
 * {@link Playback}. Accepts a dropped .go file or folder. FX thread only.
 */
final class LabWindow extends BorderPane {
    private final BoardView board = new BoardView();
    private final TimelineView timeline = new TimelineView();

    LabWindow(Playback playback, ProgramOpener opener, Theme theme, Messages messages) {
        getStyleClass().add("lab-window");
        board.setId("board");
        timeline.setId("timeline");
        playback.frameProperty().addListener((o, was, f) -> board.setSnapshot(f == null ? null : f.snapshot()));
        playback.progressProperty().addListener((o, was, p) -> timeline.setData(p.timeline()));
        timeline.playheadProperty().bindBidirectional(playback.playheadProperty());
        Bindings.bindContent(timeline.getMarkers(), playback.markers());

        SplitPane centre = new SplitPane(withNarration(board, playback), timeline);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.76);
        LabToolBar toolBar = new LabToolBar(playback, opener, theme, timeline.showMachinesProperty(), messages);
        toolBar.addFileMenu(new ExportMenu(this, board, timeline,
                () -> playback.programProperty().get() == null ? "schedlab" : playback.programProperty().get().name(), messages));
        setTop(toolBar);
        setCenter(centre);
        setRight(new SideTabs(new SidePanel(playback, messages), new InspectorPanel(playback, board, messages), messages));
        setBottom(new StatusBar(playback, messages));
        // The board's words and the narration follow the window's language.
        board.viewTextProperty().bind(messages.localeProperty().map(ViewText::of));
        playback.languageProperty().bind(messages.localeProperty());

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof javafx.scene.control.TextInputControl) return;
            switch (e.getCode()) {
                case SPACE -> playback.togglePlay();
                case RIGHT -> { if (e.isShiftDown()) playback.stepToNextDecision(); else playback.stepForward(); }
                case LEFT -> playback.stepBack();
                case HOME -> playback.restart();
                default -> { return; }
            }
            e.consume();
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        setOnDragDropped(e -> dropped(e, opener));
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

    BoardView board() { return board; }

    TimelineView timeline() { return timeline; }

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
