package dev.schedlab.app.export;

import dev.schedlab.views.board.BoardViewSkin;
import dev.schedlab.views.charts.ChartsViewSkin;
import dev.schedlab.views.paint.CanvasPainter;
import dev.schedlab.views.paint.Painter;
import dev.schedlab.views.paint.PngEncoding;
import dev.schedlab.views.paint.SvgPainter;
import dev.schedlab.views.profile.FlameGraphViewSkin;
import dev.schedlab.views.timeline.TimelineViewSkin;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Control;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Transform;

import java.nio.charset.StandardCharsets;

/**
 * One view of the lab drawn as a picture, on any {@link Painter}: the board, the timeline, the charts
 * or the flame graph painted by their skins at the picture's size; the inspector (a tree of controls)
 * as a snapshot; or the whole window, whose controls come as an image with the painted views drawn
 * over it where they are shown. So those views are vectors in an SVG and sharp at every PNG scale.
 * The nodes must be laid out (shown, or in a scene that was laid out). FX thread only.
 */
public final class LabPicture {
    /** The scale of the window's controls under the vectors of an SVG: sharp on a 2x screen. */
    static final int SVG_CHROME_SCALE = 2;

    private final ExportView view;
    private final LabViews views;
    private final double width, height;

    /**
     * @param width  the picture's width; for the window it is the window's own
     * @param height the picture's height; for the window it is the window's own
     */
    public LabPicture(ExportView view, LabViews views, double width, double height) {
        this.view = view;
        this.views = views;
        this.width = view == ExportView.WINDOW ? views.window().getWidth() : width;
        this.height = view == ExportView.WINDOW ? views.window().getHeight() : height;
    }

    /** The view at its size on screen (the window's export menu). */
    public static LabPicture asShown(ExportView view, LabViews views) {
        Region node = views.node(view);
        return new LabPicture(view, views, node.getWidth(), node.getHeight());
    }

    public double width() { return width; }

    public double height() { return height; }

    /** The picture in pixels, {@code scale} device pixels per logical pixel. */
    public WritableImage image(int scale) {
        Canvas canvas = new Canvas(Math.round(width * scale), Math.round(height * scale));
        Painter p = new CanvasPainter(canvas.getGraphicsContext2D());
        p.scale(scale, scale);
        paint(p, scale);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        return canvas.snapshot(params, null);
    }

    public byte[] png(int scale) { return PngEncoding.encode(image(scale)); }

    public byte[] svg() {
        SvgPainter p = new SvgPainter(width, height);
        paint(p, SVG_CHROME_SCALE);
        return p.document().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] encode(PictureFormat format, int scale) { return format == PictureFormat.SVG ? svg() : png(scale); }

    /** Paints the picture; {@code chromeScale} is the resolution of the controls drawn as an image. */
    public void paint(Painter p, int chromeScale) {
        switch (view) {
            case BOARD -> paintBoard(p, width, height);
            case TIMELINE -> paintTimeline(p, width, height);
            case CHARTS -> paintCharts(p, width, height);
            case PROFILE -> paintProfile(p, width, height);
            case INSPECTOR -> paintInspector(p, chromeScale);
            case WINDOW -> paintWindow(p, chromeScale);
        }
    }

    private void paintWindow(Painter p, int chromeScale) {
        Region window = views.window();
        p.drawImage(snapshot(window, chromeScale), 0, 0, width, height);
        over(p, views.board(), () -> paintBoard(p, views.board().getWidth(), views.board().getHeight()));
        over(p, views.timeline(), () -> paintTimeline(p, views.timeline().getWidth(), views.timeline().getHeight()));
        over(p, views.charts(), () -> paintCharts(p, views.charts().getWidth(), views.charts().getHeight()));
        over(p, views.flameGraph(), () -> paintProfile(p, views.flameGraph().getWidth(), views.flameGraph().getHeight()));
    }

    /** The inspector at the picture's size: laid out at that size for the snapshot, then given back its own. */
    private void paintInspector(Painter p, int chromeScale) {
        Region inspector = views.inspector();
        double ownWidth = inspector.getWidth(), ownHeight = inspector.getHeight();
        boolean resized = ownWidth != width || ownHeight != height;
        if (resized) {
            inspector.resize(width, height);
            inspector.layout();
        }
        p.drawImage(snapshot(inspector, chromeScale), 0, 0, width, height);
        if (resized) {
            inspector.resize(ownWidth, ownHeight);
            inspector.layout();
        }
    }

    private static Image snapshot(Region node, int scale) {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        return node.snapshot(params, null);
    }

    /** Paints {@code view} where it sits in the window, over its pixels, if it is shown (not in a hidden tab). */
    private void over(Painter p, Region view, Runnable paint) {
        if (!shown(view)) return;
        Bounds b = views.window().sceneToLocal(view.localToScene(view.getLayoutBounds()));
        p.save();
        p.translate(b.getMinX(), b.getMinY());
        paint.run();
        p.restore();
    }

    /** Whether {@code node} and all its parents up to the window are visible. */
    private boolean shown(Node node) {
        if (node.getScene() == null) return false;
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) return false;
            if (n == views.window()) return true;
        }
        return false; // not inside the window (the comparison took it out)
    }

    private void paintBoard(Painter p, double w, double h) {
        background(p, views.board(), w, h);
        ((BoardViewSkin) views.board().getSkin()).paint(p, w, h);
    }

    private void paintTimeline(Painter p, double w, double h) {
        background(p, views.timeline(), w, h);
        ((TimelineViewSkin) views.timeline().getSkin()).paint(p, w, h);
    }

    private void paintCharts(Painter p, double w, double h) {
        background(p, views.charts(), w, h);
        ((ChartsViewSkin) views.charts().getSkin()).paint(p, w, h);
    }

    private void paintProfile(Painter p, double w, double h) {
        background(p, views.flameGraph(), w, h);
        ((FlameGraphViewSkin) views.flameGraph().getSkin()).paint(p, w, h);
    }

    /** The control's own background (its CSS fill), which the skin does not paint. */
    private static void background(Painter p, Control c, double w, double h) {
        Background bg = c.getBackground();
        Paint fill = bg == null || bg.getFills().isEmpty() ? Color.WHITE : bg.getFills().get(0).getFill();
        p.setGlobalAlpha(1);
        p.setFill(fill);
        p.fillRect(0, 0, w, h);
    }
}
