package dev.schedlab.views.paint;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.Control;
import javafx.scene.control.SkinBase;

/**
 * A skin that draws its control on one canvas the size of the control, through
 * {@link #paint(Painter, double, double)}: the same method draws an export's picture, so what
 * the window shows and what is exported cannot differ. Repaints when resized.
 */
public abstract class CanvasSkin<C extends Control> extends SkinBase<C> {
    protected final Canvas canvas = new Canvas();

    protected CanvasSkin(C control) {
        super(control);
        getChildren().add(canvas);
    }

    /** Paints the control as a view of this size shows it into {@code g}: the window's canvas, or an export's picture. */
    public abstract void paint(Painter g, double w, double h);

    /** Draws the control on its canvas again, from a cleared canvas. */
    protected void repaint() {
        Painter g = new CanvasPainter(canvas.getGraphicsContext2D());
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        paint(g, canvas.getWidth(), canvas.getHeight());
    }

    @Override protected void layoutChildren(double x, double y, double w, double h) {
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            repaint();
        }
        canvas.relocate(x, y);
    }
}
