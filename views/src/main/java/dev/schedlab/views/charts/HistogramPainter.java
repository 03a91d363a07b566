package dev.schedlab.views.charts;

import dev.schedlab.views.paint.Painter;
import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** Draws a {@link HistogramModel.View} as horizontal bars, one per power of two, through a Painter. */
final class HistogramPainter {
    private static final String FONT = "System";

    private HistogramPainter() {}

    static void paint(Painter p, ChartsView v, HistogramModel.View view, double x, double y, double w, double h) {
        p.setTextAlign(TextAlignment.LEFT);
        p.setTextBaseline(VPos.TOP);
        p.setFont(Font.font(FONT, FontWeight.BOLD, 12));
        p.setFill(v.textColor());
        p.fillText(v.text("charts.latency.title"), x, y + 1);
        p.setFont(Font.font(FONT, 12));
        if (view.count() == 0) {
            p.setFill(v.mutedTextColor());
            p.fillText(v.text("charts.latency.empty"), x, y + 24);
            return;
        }
        p.fillText(String.format(v.text("charts.latency.summary"), view.count(), HistogramModel.duration(view.p50Ns()),
                HistogramModel.duration(view.p90Ns()), HistogramModel.duration(view.p99Ns()),
                HistogramModel.duration(view.maxNs())), x, y + 20);
        double top = y + 42;
        double labelW = 56, countW = 64;
        double rowH = Math.min(22, (h - 44) / Math.max(1, view.bars().size()));
        double barW = Math.max(10, w - labelW - countW);
        p.setFont(Font.font(FONT, Math.min(12, Math.max(8, rowH - 4))));
        p.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < view.bars().size(); i++) {
            HistogramModel.Bar b = view.bars().get(i);
            double by = top + i * rowH;
            p.setTextAlign(TextAlignment.RIGHT);
            p.setFill(v.mutedTextColor());
            p.fillText(b.label(), x + labelW - 6, by + rowH / 2);
            p.setFill(v.panelColor());
            p.fillRect(x + labelW, by + 1, barW, rowH - 2);
            p.setFill(v.colour(ChartTheme.Hue.RUNNABLE));
            p.fillRect(x + labelW, by + 1, Math.max(b.count() > 0 ? 1 : 0, b.height() * barW), rowH - 2);
            p.setTextAlign(TextAlignment.LEFT);
            p.setFill(v.textColor());
            p.fillText(String.valueOf(b.count()), x + labelW + barW + 6, by + rowH / 2);
        }
    }
}
