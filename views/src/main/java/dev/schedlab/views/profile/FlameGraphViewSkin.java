package dev.schedlab.views.profile;

import dev.schedlab.model.profile.StackProfile;
import dev.schedlab.views.charts.ChartTheme;
import dev.schedlab.views.charts.HistogramModel;
import dev.schedlab.views.paint.CanvasSkin;
import dev.schedlab.views.paint.Painter;
import javafx.geometry.VPos;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.Locale;

/** Paints a {@link FlameGraphView} through a {@link Painter}; clicks zoom, hovering names a box. */
public class FlameGraphViewSkin extends CanvasSkin<FlameGraphView> {
    static final double HEADER = 46;
    static final double ROW = 20;
    private static final String FONT = "System";

    private final Tooltip tip = new Tooltip();
    private FlameGraphModel.Graph graph;

    public FlameGraphViewSkin(FlameGraphView view) {
        super(view);
        registerChangeListener(view.profileProperty(), o -> repaint());
        registerChangeListener(view.textsProperty(), o -> repaint());
        registerListChangeListener(view.getFocus(), c -> repaint());
        for (var c : view.colourProperties()) registerChangeListener(c, o -> repaint());
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        Tooltip.install(canvas, tip);
    }

    @Override protected double computePrefHeight(double width, double top, double right, double bottom, double left) { return 260; }

    @Override protected double computePrefWidth(double height, double top, double right, double bottom, double left) { return 900; }

    private FlameGraphModel.Frame frameAt(double x, double y) {
        if (graph == null || y < HEADER) return null;
        return graph.at(x - 8, (int) ((y - HEADER) / ROW));
    }

    private void clicked(MouseEvent e) {
        FlameGraphModel.Frame f = frameAt(e.getX(), e.getY());
        if (f == null) return;
        List<String> focus = getSkinnable().getFocus();
        if (f.path().size() <= focus.size()) { // an ancestor row: zoom out to it
            getSkinnable().getFocus().setAll(f.path().subList(0, Math.max(0, f.path().size() - 1)));
        } else {
            getSkinnable().getFocus().setAll(f.path());
        }
    }

    private void hovered(MouseEvent e) {
        FlameGraphModel.Frame f = frameAt(e.getX(), e.getY());
        tip.setText(f == null ? "" : f.name() + "\n" + HistogramModel.duration(f.totalNs())
                + String.format(Locale.ROOT, " (%.1f%%)", 100 * f.share()));
    }

    /** Draws the flame graph into {@code p} at size w x h, over what is there (an export paints the background first). */
    public void paint(Painter p, double w, double h) {
        FlameGraphView v = getSkinnable();
        StackProfile profile = v.getProfile();
        p.setTextAlign(TextAlignment.LEFT);
        p.setTextBaseline(VPos.TOP);
        p.setFill(v.textColor());
        p.setFont(Font.font(FONT, FontWeight.BOLD, 13));
        long total = profile.totalNs();
        if (total == 0) {
            p.fillText(v.text("profile.empty"), 8, 8);
            graph = null;
            return;
        }
        p.fillText(String.format(v.text("profile.title"), HistogramModel.duration(total), profile.stacks().size()), 8, 6);
        p.setFont(Font.font(FONT, 12));
        p.fillText(String.format(v.text("profile.mcall"), percent(profile.cumulativeShare("runtime.mcall")),
                percent(userShare(profile)), percent(onGoroutineRuntimeShare(profile))), 8, 25);
        p.setFill(v.mutedTextColor());
        p.setTextAlign(TextAlignment.RIGHT);
        p.fillText(v.text("profile.hint"), w - 8, 25);
        graph = FlameGraphModel.layout(profile.tree(), v.getFocus(), w - 16);
        p.setTextAlign(TextAlignment.LEFT);
        p.setTextBaseline(VPos.CENTER);
        p.setFont(Font.font(FONT, 11));
        for (FlameGraphModel.Frame f : graph.frames()) {
            double y = HEADER + f.depth() * ROW;
            if (y + ROW > h) continue;
            p.setFill(colour(v, f.kind()));
            p.fillRect(8 + f.x(), y, Math.max(1, f.width() - 1), ROW - 1);
            if (f.width() > 36) {
                p.setFill(f.kind() == FlameGraphModel.Kind.ROOT ? v.textColor() : javafx.scene.paint.Color.WHITE);
                p.fillText(fit(f.name() + String.format(Locale.ROOT, " %.1f%%", 100 * f.share()), f.width() - 6), 8 + f.x() + 3, y + ROW / 2);
            }
        }
    }

    private static Paint colour(FlameGraphView v, FlameGraphModel.Kind k) {
        return switch (k) {
            case USER -> v.colour(ChartTheme.Hue.RUNNING);
            case RUNTIME -> v.colour(ChartTheme.Hue.RUNNABLE);
            case SCHEDULER -> v.colour(ChartTheme.Hue.SPINNING);
            case GC -> v.colour(ChartTheme.Hue.WAITING);
            case SYSCALL -> v.colour(ChartTheme.Hue.SYSCALL);
            case ROOT -> v.panelColor();
        };
    }

    /** Cuts {@code s} to about what fits in {@code px} (an estimate: 6.2 px per character at 11 px). */
    static String fit(String s, double px) {
        int n = (int) (px / 6.2);
        if (s.length() <= n) return s;
        return n <= 2 ? "" : s.substring(0, n - 1) + "…";
    }

    static double userShare(StackProfile p) {
        long user = 0;
        for (StackProfile.Stack s : p.stacks()) {
            String leaf = s.frames().get(s.frames().size() - 1);
            if (FlameGraphModel.kindOf(s.frames()) == FlameGraphModel.Kind.USER && !leaf.isEmpty()) user += s.ns();
        }
        return p.totalNs() == 0 ? 0 : (double) user / p.totalNs();
    }

    static double onGoroutineRuntimeShare(StackProfile p) {
        long rt = 0;
        for (StackProfile.Stack s : p.stacks()) if (FlameGraphModel.kindOf(s.frames()) == FlameGraphModel.Kind.RUNTIME) rt += s.ns();
        return p.totalNs() == 0 ? 0 : (double) rt / p.totalNs();
    }

    /** One decimal, or as many as a tiny but non-zero share needs to show it is not zero (0.002%). */
    static String percent(double share) {
        double pct = 100 * share;
        if (pct == 0 || pct >= 0.1) return String.format(Locale.ROOT, "%.1f%%", pct);
        return String.format(Locale.ROOT, "%.2g%%", pct);
    }
}
