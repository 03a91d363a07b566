package dev.schedlab.app.export;

import dev.schedlab.views.board.BoardView;
import dev.schedlab.views.board.BoardViewSkin;
import dev.schedlab.views.paint.CanvasPainter;
import dev.schedlab.views.paint.Painter;
import dev.schedlab.views.paint.PngEncoding;
import dev.schedlab.views.paint.SvgPainter;
import dev.schedlab.views.timeline.TimelineView;
import dev.schedlab.views.timeline.TimelineViewSkin;
import javafx.geometry.Bounds;
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
 * One view of the lab drawn as a picture, on any {@link Painter}: the board or the timeline painted
 * by their skins at the picture's size, or the whole window, whose controls come as an image with
 * the board and timeline painted over it at their places. So the views are vectors in an SVG and
 * sharp at every PNG scale. The nodes must be laid out (shown, or in a scene that was laid out).
 * FX thread only.
 */
public final class LabPicture {
    /** The scale of the window's controls under the vectors of an SVG: sharp on a 2x screen. */
    static final int SVG_CHROME_SCALE = 2;

    private final ExportView view;
    private final Region window;
    private final BoardView board;
    private final TimelineView timeline;
    private final double width, height;

    /**
     * @param width  the picture's width; for the window it is the window's own
     * @param height the picture's height; for the window it is the window's own
     */
    public LabPicture(ExportView view, Region window, BoardView board, TimelineView timeline, double width, double height) {
        this.view = view;
        this.window = window;
        this.board = board;
        this.timeline = timeline;
        this.width = view == ExportView.WINDOW ? window.getWidth() : width;
        this.height = view == ExportView.WINDOW ? window.getHeight() : height;
    }

    /** The view at its size on screen (the window's export menu). */
    public static LabPicture asShown(ExportView view, Region window, BoardView board, TimelineView timeline) {
        Region node = view == ExportView.BOARD ? board : view == ExportView.TIMELINE ? timeline : window;
        return new LabPicture(view, window, board, timeline, node.getWidth(), node.getHeight());
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

    /** Paints the picture; {@code chromeScale} is the resolution of the window's controls when they are an image. */
    public void paint(Painter p, int chromeScale) {
        switch (view) {
            case BOARD -> paintBoard(p, width, height);
            case TIMELINE -> paintTimeline(p, width, height);
            case WINDOW -> paintWindow(p, chromeScale);
        }
    }

    private void paintWindow(Painter p, int chromeScale) {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(chromeScale, chromeScale));
        Image chrome = window.snapshot(params, null);
        p.drawImage(chrome, 0, 0, width, height);
        over(p, board, () -> paintBoard(p, board.getWidth(), board.getHeight()));
        over(p, timeline, () -> paintTimeline(p, timeline.getWidth(), timeline.getHeight()));
    }

    /** Paints {@code view} where it sits in the window, over its pixels. */
    private void over(Painter p, Region view, Runnable paint) {
        if (!view.isVisible() || view.getScene() == null) return;
        Bounds b = window.sceneToLocal(view.localToScene(view.getLayoutBounds()));
        p.save();
        p.translate(b.getMinX(), b.getMinY());
        paint.run();
        p.restore();
    }

    private void paintBoard(Painter p, double w, double h) {
        background(p, board, w, h);
        ((BoardViewSkin) board.getSkin()).paint(p, w, h);
    }

    private void paintTimeline(Painter p, double w, double h) {
        background(p, timeline, w, h);
        ((TimelineViewSkin) timeline.getSkin()).paint(p, w, h);
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
