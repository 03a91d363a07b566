package dev.schedlab.views.charts;

import dev.schedlab.model.record.ChartData;
import dev.schedlab.views.paint.CanvasSkin;
import dev.schedlab.views.paint.Painter;
import javafx.geometry.VPos;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * Paints a {@link ChartsView} on one Canvas through a {@link Painter}: three stacked time panels on
 * the left (sharing the time axis and the playhead line), the latency histogram on the right.
 * {@link #paint(Painter, double, double)} draws into any Painter, so the charts can be exported.
 */
public class ChartsViewSkin extends CanvasSkin<ChartsView> {
    static final double AXIS_LEFT = 44;
    static final double TITLE = 18;
    static final double GAP = 10;
    static final double TIME_AXIS = 20;
    private static final String FONT = "System";


    public ChartsViewSkin(ChartsView view) {
        super(view);
        registerChangeListener(view.dataProperty(), o -> repaint());
        registerChangeListener(view.latencyProperty(), o -> repaint());
        registerChangeListener(view.playheadProperty(), o -> repaint());
        registerChangeListener(view.processorsProperty(), o -> repaint());
        registerChangeListener(view.textsProperty(), o -> repaint());
        for (var c : view.colourProperties()) registerChangeListener(c, o -> repaint());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::seek);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::seek);
    }

    @Override protected double computePrefHeight(double width, double top, double right, double bottom, double left) { return 260; }

    @Override protected double computePrefWidth(double height, double top, double right, double bottom, double left) { return 900; }

    double timeSeriesWidth(double w) { return Math.max(200, w * 0.66); }

    private void seek(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return;
        double plotW = timeSeriesWidth(canvas.getWidth()) - AXIS_LEFT;
        if (e.getX() < AXIS_LEFT || e.getX() > AXIS_LEFT + plotW) return;
        long end = Math.max(1, getSkinnable().getData().endTime());
        getSkinnable().setPlayhead(Math.max(0, Math.min(end, Math.round((e.getX() - AXIS_LEFT) / plotW * end))));
    }

    /** Draws everything into {@code p} at size w x h, over what is there (an export paints the background first). */
    @Override public void paint(Painter p, double w, double h) {
        ChartsView v = getSkinnable();
        if (w < 50 || h < 50) return;
        double left = timeSeriesWidth(w);
        ChartData data = v.getData();
        long end = Math.max(1, data.endTime());
        List<PanelSpec> panels = List.of(PanelSpec.runQueues(v.getProcessors()), PanelSpec.goroutines(), PanelSpec.threadsAndSteals());
        double panelH = (h - TIME_AXIS - GAP * panels.size()) / panels.size();
        double plotW = left - AXIS_LEFT - GAP;
        List<TimeSeriesModel.Plot> plots = plots(data, panels, end, plotW);
        double y = GAP / 2;
        for (int i = 0; i < panels.size(); i++) {
            drawPanel(p, v, panels.get(i), plots.get(i), data, AXIS_LEFT, y, plotW, panelH);
            y += panelH + GAP;
        }
        drawTimeAxis(p, v, AXIS_LEFT, y - GAP / 2, plotW, end);
        HistogramPainter.paint(p, v, HistogramModel.of(v.getLatency()), left + GAP, GAP / 2, w - left - 2 * GAP, h - GAP - 18);
        p.setFont(Font.font(FONT, 11));
        p.setFill(v.mutedTextColor());
        p.setTextAlign(TextAlignment.LEFT);
        p.setTextBaseline(VPos.BOTTOM);
        p.fillText(v.text("charts.note"), left + GAP, h - 4);
    }

    /** Items a frame may draw for the series; past it, columns widen (many Ps, a very busy run). */
    static final int ITEM_BUDGET = 1500;

    static List<TimeSeriesModel.Plot> plots(ChartData data, List<PanelSpec> panels, long end, double plotW) {
        double columnPx = TimeSeriesModel.COLUMN_PX;
        while (true) {
            List<TimeSeriesModel.Plot> plots = new java.util.ArrayList<>();
            int items = 0;
            for (PanelSpec spec : panels) {
                TimeSeriesModel.Plot plot = TimeSeriesModel.plot(data, spec, 0, end, plotW, columnPx);
                plots.add(plot);
                items += plot.itemCount();
            }
            if (items <= ITEM_BUDGET || plotW / columnPx < 50) return plots;
            columnPx *= 2;
        }
    }

    private void drawPanel(Painter p, ChartsView v, PanelSpec spec, TimeSeriesModel.Plot plot, ChartData data,
                           double x, double y, double w, double h) {
        double top = y + TITLE, plotH = Math.max(10, h - TITLE);
        p.setFill(v.panelColor());
        p.fillRect(x, top, w, plotH);
        // GC phases and stop-the-world pauses behind the data
        long span = Math.max(1, plot.to() - plot.from());
        for (ChartData.Span s : data.spans()) {
            long sEnd = s.end() < 0 ? data.endTime() : s.end();
            double x0 = x + (double) (s.start() - plot.from()) / span * w;
            double x1 = x + (double) (sEnd - plot.from()) / span * w;
            p.setFill(s.label().startsWith("stw") ? v.stoppedColor() : v.gridColor());
            p.fillRect(x0, top, Math.max(1, x1 - x0), plotH);
        }
        p.setStroke(v.gridColor());
        p.setLineWidth(1);
        p.setFont(Font.font(FONT, 11));
        p.setTextAlign(TextAlignment.RIGHT);
        p.setTextBaseline(VPos.CENTER);
        for (int tick : plot.ticks()) {
            double ty = top + plotH - (double) tick / plot.yMax() * plotH;
            p.strokeLine(x, ty, x + w, ty);
            p.setFill(v.mutedTextColor());
            p.fillText(String.valueOf(tick), x - 4, ty);
        }
        double colW = w / plot.columns();
        int playCol = plot.columnOf(v.getPlayhead());
        for (TimeSeriesModel.Line line : plot.lines()) {
            p.setStroke(v.colour(line.spec().hue()));
            p.setFill(v.colour(line.spec().hue()));
            p.setLineWidth(line.spec().key().startsWith("runq.p") || line.spec().key().startsWith("g.") ? 2 : 1.5);
            int prev = -1;
            for (TimeSeriesModel.Run r : line.runs()) {
                // the future (after the playhead) faded: the chart follows the playhead
                p.setGlobalAlpha(r.first() > playCol ? 0.3 : 1);
                double x0 = x + r.first() * colW, x1 = x + (r.last() + 1) * colW;
                double ry = top + plotH - (double) r.value() / plot.yMax() * plotH;
                if (line.spec().bars()) {
                    if (r.value() > 0) p.fillRect(x0, ry, x1 - x0, top + plotH - ry);
                } else {
                    if (prev >= 0) p.strokeLine(x0, top + plotH - (double) prev / plot.yMax() * plotH, x0, ry);
                    p.strokeLine(x0, ry, x1, ry);
                    prev = r.value();
                }
            }
            p.setGlobalAlpha(1);
        }
        // playhead
        double px = x + (double) (v.getPlayhead() - plot.from()) / span * w;
        p.setStroke(v.playheadColor());
        p.setLineWidth(2);
        p.strokeLine(px, top, px, top + plotH);
        // title and legend
        p.setTextAlign(TextAlignment.LEFT);
        p.setTextBaseline(VPos.TOP);
        p.setFont(Font.font(FONT, FontWeight.BOLD, 12));
        p.setFill(v.textColor());
        p.fillText(v.text(spec.titleKey()), x, y + 1);
        double lx = x + 12 + textWidth(v.text(spec.titleKey()), Font.font(FONT, FontWeight.BOLD, 12));
        Font legend = Font.font(FONT, 11);
        p.setFont(legend);
        for (TimeSeriesModel.Line line : plot.lines()) {
            String label = v.text(line.spec().labelKey());
            double lw = textWidth(label, legend);
            if (lx + 14 + lw > x + w) break;
            p.setFill(v.colour(line.spec().hue()));
            p.fillRect(lx, y + 4, 10, 8);
            p.setFill(v.mutedTextColor());
            p.fillText(label, lx + 13, y + 2);
            lx += 24 + lw;
        }
        if (data.spans().isEmpty()) return;
        // the shading behind the lines: GC phases and stop-the-world pauses
        for (String key : new String[] {"charts.gc", "charts.stw"}) {
            String label = v.text(key);
            double lw = textWidth(label, legend);
            if (lx + 14 + lw > x + w) break;
            p.setFill(key.equals("charts.gc") ? v.gridColor() : v.stoppedColor());
            p.fillRect(lx, y + 3, 10, 10);
            p.setFill(v.mutedTextColor());
            p.fillText(label, lx + 13, y + 2);
            lx += 24 + lw;
        }
    }

    private final javafx.scene.text.Text measure = new javafx.scene.text.Text();

    private double textWidth(String s, Font f) {
        measure.setFont(f);
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }

    private void drawTimeAxis(Painter p, ChartsView v, double x, double y, double w, long end) {
        p.setFont(Font.font(FONT, 11));
        p.setFill(v.mutedTextColor());
        p.setTextBaseline(VPos.TOP);
        for (int i = 0; i <= 4; i++) {
            p.setTextAlign(i == 0 ? TextAlignment.LEFT : i == 4 ? TextAlignment.RIGHT : TextAlignment.CENTER);
            p.fillText(HistogramModel.duration(end * i / 4), x + w * i / 4, y + 3);
        }
    }
}
