package dev.schedlab.app.window;

import dev.schedlab.app.i18n.Messages;
import dev.schedlab.app.inspect.InspectionService;
import dev.schedlab.app.inspect.InspectorContents;
import dev.schedlab.app.playback.Frame;
import dev.schedlab.app.playback.Playback;
import dev.schedlab.model.inspect.ReplayPlan;
import dev.schedlab.views.board.BoardView;
import dev.schedlab.views.inspector.InspectorContent;
import dev.schedlab.views.inspector.InspectorView;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The inspector beside the board: follows the board's selected goroutine and the playhead, and
 * while it is shown and the run is paused, asks the {@link InspectionService} for that moment.
 */
final class InspectorPanel extends VBox {
    private final InspectorView view = new InspectorView();
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final InspectionService service;
    private final Playback playback;
    private final BoardView board;
    private final InspectorContents.Heading heading;

    InspectorPanel(Playback playback, BoardView board, Messages messages) {
        this(playback, board, messages, new InspectionService(Platform::runLater));
    }

    InspectorPanel(Playback playback, BoardView board, Messages messages, InspectionService service) {
        this.service = service;
        this.playback = playback;
        this.board = board;
        this.heading = new InspectorContents.Heading() {
            @Override public String of(String subject, long events, String lastEvent) {
                // the count as digits: MessageFormat would group them by the locale
                return messages.get("inspector.heading", subject, Long.toString(events), lastEvent);
            }

            @Override public String gone(String goroutine) { return messages.get("inspector.gone", goroutine); }
        };
        getStyleClass().add("inspector-panel");
        view.setId("inspector");
        VBox.setVgrow(view, Priority.ALWAYS);
        getChildren().add(view);
        playback.frameProperty().addListener((o, was, f) -> refresh());
        playback.playingProperty().addListener((o, was, playing) -> refresh());
        board.selectedGoroutineProperty().addListener((o, was, g) -> refresh());
        active.addListener((o, was, now) -> refresh());
        view.placeholderProperty().bind(messages.text("inspector.placeholder"));
        messages.localeProperty().addListener((o, was, now) -> refresh());
    }

    /** Whether the panel is shown: it computes nothing while hidden. */
    BooleanProperty activeProperty() { return active; }

    InspectorView view() { return view; }

    private void refresh() {
        Frame f = playback.frameProperty().get();
        ReplayPlan plan = playback.replayPlan();
        if (!active.get() || f == null || plan == null) return;
        if (playback.playingProperty().get()) { // a replay per frame would only fall behind: wait for a pause
            view.busyProperty().set(true);
            return;
        }
        int goid = board.selectedGoroutineProperty().get();
        view.busyProperty().set(true);
        service.request(new InspectionService.Query(plan, f.snapshot().eventIndex(), goid), in -> {
            view.setContent(in == null ? InspectorContent.EMPTY : InspectorContents.of(in, goid, heading));
            view.busyProperty().set(false); // after the content: whoever waits for the answer (an export) finds it there
        });
    }
}
