package dev.schedlab.views.timeline;

import dev.schedlab.views.paint.CanvasSkin;
import dev.schedlab.views.paint.Painter;
import javafx.geometry.VPos;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * Paints a {@link TimelineView} on one Canvas. Per lane it walks only the segments in the visible
 * range and merges those narrower than a pixel, so a run of millions of segments draws in time
 * proportional to the width. Turns wheel, drag and click into zoom, pan and playhead moves.
 */
public class TimelineViewSkin extends CanvasSkin<TimelineView> {
    static final double LABEL_WIDTH = 48;
    static final double AXIS_HEIGHT = 24;
    private static final String FONT = "System";

    private double panFromX = Double.NaN;
    private double panFromStart;

    public TimelineViewSkin(TimelineView view) {
        super(view);
        registerChangeListener(view.dataProperty(), o -> repaint());
        registerChangeListener(view.playheadProperty(), o -> { follow(); repaint(); });
        registerChangeListener(view.visibleStartProperty(), o -> repaint());
        registerChangeListener(view.visibleSpanProperty(), o -> repaint());
        registerListChangeListener(view.getMarkers(), c -> repaint());
        registerChangeListener(view.showMachinesProperty(), o -> repaint());
        for (var colour : List.of(view.laneColorProperty(), view.syscallColorProperty(), view.stoppedColorProperty(),
                view.playheadColorProperty(), view.markerColorProperty(), view.schedulerColorProperty(), view.spinningColorProperty(), view.textColorProperty(), view.mutedTextColorProperty())) {
            registerChangeListener(colour, o -> repaint());
        }
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> panFromX = Double.NaN);
    }

    @Override protected double computePrefHeight(double width, double top, double right, double bottom, double left) { return 200; }

    @Override protected double computePrefWidth(double height, double top, double right, double bottom, double left) { return 900; }

    @Override protected double computeMinHeight(double width, double top, double right, double bottom, double left) { return 60; }

    /** The time (ns) under x in canvas coordinates, clamped to the run. */
    public long timeAt(double x) {
        TimelineView v = getSkinnable();
        double from = v.visibleFrom(), to = v.visibleEnd();
        double plot = Math.max(1, canvas.getWidth() - LABEL_WIDTH);
        double t = from + (x - LABEL_WIDTH) / plot * (to - from);
        return (long) Math.max(0, Math.min(v.getData().endTime(), t));
    }

    /** Where time {@code t} falls on a timeline {@code w} wide showing {@code from..to}. */
    private static double xOf(double t, double from, double to, double w) {
        return LABEL_WIDTH + (t - from) / (to - from) * (w - LABEL_WIDTH);
    }

    private static double timeOf(double x, double from, double to, double w) {
        return from + (x - LABEL_WIDTH) / (w - LABEL_WIDTH) * (to - from);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) getSkinnable().setPlayhead(timeAt(e.getX()));
        else startPan(e.getX());
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            getSkinnable().setPlayhead(timeAt(e.getX()));
        } else if (!Double.isNaN(panFromX)) {
            TimelineView v = getSkinnable();
            double nsPerPx = (v.visibleEnd() - v.visibleFrom()) / Math.max(1, canvas.getWidth() - LABEL_WIDTH);
            setWindow(panFromStart - (e.getX() - panFromX) * nsPerPx, v.visibleEnd() - v.visibleFrom());
        }
    }

    private void startPan(double x) {
        TimelineView v = getSkinnable();
        panFromX = x;
        panFromStart = v.visibleFrom();
    }

    private void scrolled(ScrollEvent e) {
        TimelineView v = getSkinnable();
        double from = v.visibleFrom(), span = v.visibleEnd() - from;
        if (e.getDeltaX() != 0 || e.isShiftDown()) { // horizontal scroll pans
            double d = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            setWindow(from - d / Math.max(1, canvas.getWidth() - LABEL_WIDTH) * span, span);
        } else if (e.getDeltaY() != 0) {
            double factor = Math.pow(1.2, -e.getDeltaY() / 40);
            double anchor = from + (e.getX() - LABEL_WIDTH) / Math.max(1, canvas.getWidth() - LABEL_WIDTH) * span;
            double newSpan = Math.max(100, span * factor);
            setWindow(anchor - (anchor - from) * newSpan / span, newSpan);
        }
        e.consume();
    }

    private void setWindow(double start, double span) {
        TimelineView v = getSkinnable();
        long end = Math.max(1, v.getData().endTime());
        if (span >= end) { // zoomed out to the whole run: back to "fit"
            v.visibleSpanProperty().set(0);
            v.visibleStartProperty().set(0);
            return;
        }
        v.visibleStartProperty().set(Math.max(0, Math.min(start, end - span)));
        v.visibleSpanProperty().set(span);
    }

    /** Keeps the playhead in view while zoomed: when it leaves the window, the window jumps after it. */
    private void follow() {
        TimelineView v = getSkinnable();
        double span = v.visibleSpanProperty().get();
        if (span <= 0) return;
        long t = v.getPlayhead();
        if (t < v.visibleFrom() || t > v.visibleEnd()) v.visibleStartProperty().set(Math.max(0, t - span * 0.1));
    }

    /**
     * Paints the timeline as a view of this size shows it (same lanes, zoom, markers and playhead)
     * into {@code g}: the window's canvas, or an export's picture.
     */
    @Override public void paint(Painter g, double w, double h) {
        TimelineView v = getSkinnable();
        if (w <= LABEL_WIDTH || h <= AXIS_HEIGHT) return;
        TimelineData data = v.getData();
        double from = v.visibleFrom(), to = v.visibleEnd();
        paintAxis(g, from, to, w);
        List<LaneSegments> machines = v.showMachinesProperty().get() ? data.machineLanes() : List.of();
        int pLanes = data.lanes().size();
        int lanes = pLanes + machines.size();
        if (lanes == 0) return;
        double laneH = Math.min(44, (h - AXIS_HEIGHT) / lanes);
        double gap = laneH >= 8 ? 2 : 0;
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < lanes; i++) {
            boolean machine = i >= pLanes;
            int id = machine ? i - pLanes : i;
            double y = AXIS_HEIGHT + i * laneH;
            g.setFill(v.laneColorProperty().get());
            g.fillRect(LABEL_WIDTH, y, w - LABEL_WIDTH, laneH - gap);
            if (laneH >= 10 || id % 8 == 0) {
                g.setFill(machine ? v.mutedTextColorProperty().get() : v.textColorProperty().get());
                g.setTextAlign(TextAlignment.LEFT);
                g.setFont(Font.font(FONT, FontWeight.BOLD, Math.min(14, Math.max(9, laneH * 0.55))));
                g.fillText((machine ? "M" : "P") + id, 6, y + laneH / 2);
            }
            paintLane(g, machine ? machines.get(id) : data.lanes().get(id), y, laneH - gap, from, to, w);
        }
        g.setFill(v.stoppedColorProperty().get());
        g.setGlobalAlpha(0.55);
        for (long[] stop : data.stops()) {
            if (stop[1] < from || stop[0] > to) continue;
            double x0 = xOf(stop[0], from, to, w), x1 = Math.max(x0 + 2, xOf(stop[1], from, to, w));
            g.fillRect(x0, AXIS_HEIGHT, x1 - x0, lanes * laneH);
        }
        g.setGlobalAlpha(1);
        paintMarkers(g, from, to, lanes * laneH, w);
        double px = xOf(v.getPlayhead(), from, to, w);
        if (px >= LABEL_WIDTH && px <= w) {
            g.setStroke(v.playheadColorProperty().get());
            g.setLineWidth(2.5);
            g.strokeLine(px, 0, px, AXIS_HEIGHT + lanes * laneH);
        }
    }

    /** Each change as a dashed line over the lanes, its label in a small tag at the top. */
    private void paintMarkers(Painter g, double from, double to, double lanesHeight, double w) {
        TimelineView v = getSkinnable();
        Paint colour = v.markerColorProperty().get();
        Font font = Font.font(FONT, FontWeight.BOLD, 12);
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (TimelineMarker m : v.getMarkers()) {
            if (m.time() < from || m.time() > to) continue;
            double x = xOf(m.time(), from, to, w);
            g.setStroke(colour);
            g.setLineWidth(2);
            g.setLineDashes(6, 4);
            g.strokeLine(x, AXIS_HEIGHT, x, AXIS_HEIGHT + lanesHeight);
            g.setLineDashes();
            Text measure = new Text(m.label());
            measure.setFont(font);
            double tagW = measure.getLayoutBounds().getWidth() + 10;
            double tagX = Math.min(x + 3, w - tagW);
            g.setFill(colour);
            g.fillRoundRect(tagX, AXIS_HEIGHT + 2, tagW, 18, 6, 6);
            g.setFill(Color.WHITE);
            g.fillText(m.label(), tagX + 5, AXIS_HEIGHT + 11);
        }
    }

    private void paintLane(Painter g, LaneSegments lane, double y, double laneH, double from, double to, double w) {
        TimelineView v = getSkinnable();
        double lastPx = -1;
        boolean labels = laneH >= 14;
        g.setFont(Font.font(FONT, FontWeight.BOLD, Math.min(13, laneH * 0.5)));
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = lane.firstEndingAfter((long) from); i < lane.size() && lane.start(i) <= to; i++) {
            double x0 = Math.max(LABEL_WIDTH, xOf(lane.start(i), from, to, w));
            double x1 = Math.min(w, xOf(lane.end(i), from, to, w));
            int skipTo = i;
            if (x1 - x0 < 1) { // sub-pixel: one mark per pixel column is enough
                double column = Math.floor(x0);
                // Jump over the rest of this column's segments by binary search, so a paint costs
                // O(width log n) and not O(n): a long run has millions of segments.
                skipTo = Math.max(i, lane.firstEndingAfter((long) timeOf(column + 1, from, to, w)) - 1);
                if (column == lastPx) {
                    i = skipTo;
                    continue;
                }
                x1 = x0 + 1;
            }
            lastPx = Math.floor(x1 - 1);
            SegmentKind kind = lane.kind(i);
            g.setFill(switch (kind) {
                case RUNNING -> goroutineColor(lane.goid(i));
                case SYSCALL -> v.syscallColorProperty().get();
                case SCHEDULER -> v.schedulerColorProperty().get();
                case SPINNING -> v.spinningColorProperty().get();
            });
            g.fillRect(x0, y, x1 - x0, laneH);
            if (labels && x1 - x0 > 34) {
                g.setFill(Color.WHITE);
                g.fillText(switch (kind) {
                    case RUNNING -> "g" + lane.goid(i);
                    case SYSCALL -> "sys g" + lane.goid(i);
                    case SCHEDULER -> "g0";
                    case SPINNING -> "spin";
                }, (x0 + x1) / 2, y + laneH / 2);
            }
            i = skipTo;
        }
    }

    /** A stable colour per goroutine, spread around the hue circle (golden angle) so neighbours differ. */
    static Color goroutineColor(int goid) {
        return Color.hsb((goid * 137.508) % 360, 0.62, 0.72);
    }

    private void paintAxis(Painter g, double from, double to, double w) {
        TimelineView v = getSkinnable();
        double plot = w - LABEL_WIDTH;
        long step = TimeAxis.step((to - from) / plot, 90);
        g.setFont(Font.font(FONT, 12));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(v.mutedTextColorProperty().get());
        g.setStroke(v.mutedTextColorProperty().get());
        g.setLineWidth(1);
        for (long t = (long) Math.ceil(from / step) * step; t <= to; t += step) {
            double x = xOf(t, from, to, w);
            g.strokeLine(x, AXIS_HEIGHT - 6, x, AXIS_HEIGHT);
            g.fillText(TimeAxis.label(t), x + 3, AXIS_HEIGHT / 2 - 2);
        }
    }
}
