package dev.schedlab.app.export;

import dev.schedlab.views.board.BoardView;
import dev.schedlab.views.charts.ChartsView;
import dev.schedlab.views.inspector.InspectorView;
import dev.schedlab.views.profile.FlameGraphView;
import dev.schedlab.views.timeline.TimelineView;
import javafx.scene.layout.Region;

/** The window and the views in it that a picture can show on their own. */
public record LabViews(Region window, BoardView board, TimelineView timeline, ChartsView charts,
                       FlameGraphView flameGraph, InspectorView inspector) {

    /** The node {@code view} draws. */
    public Region node(ExportView view) {
        return switch (view) {
            case BOARD -> board;
            case TIMELINE -> timeline;
            case CHARTS -> charts;
            case PROFILE -> flameGraph;
            case INSPECTOR -> inspector;
            case WINDOW -> window;
        };
    }
}
