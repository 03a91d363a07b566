package dev.schedlab.views.paint;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** A {@link Painter} that draws on a JavaFX canvas: what the window shows. */
public final class CanvasPainter implements Painter {
    private final GraphicsContext g;

    public CanvasPainter(GraphicsContext g) {
        this.g = g;
    }

    @Override public void setFill(Paint paint) { g.setFill(paint); }
    @Override public void setStroke(Paint paint) { g.setStroke(paint); }
    @Override public void setLineWidth(double width) { g.setLineWidth(width); }
    @Override public void setLineDashes(double... dashes) { g.setLineDashes(dashes); }
    @Override public void setGlobalAlpha(double alpha) { g.setGlobalAlpha(alpha); }
    @Override public void setFont(Font font) { g.setFont(font); }
    @Override public void setTextAlign(TextAlignment align) { g.setTextAlign(align); }
    @Override public void setTextBaseline(VPos baseline) { g.setTextBaseline(baseline); }
    @Override public void clearRect(double x, double y, double w, double h) { g.clearRect(x, y, w, h); }
    @Override public void fillRect(double x, double y, double w, double h) { g.fillRect(x, y, w, h); }
    @Override public void strokeRect(double x, double y, double w, double h) { g.strokeRect(x, y, w, h); }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        g.fillRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        g.strokeRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    @Override public void strokeLine(double x1, double y1, double x2, double y2) { g.strokeLine(x1, y1, x2, y2); }
    @Override public void fillOval(double x, double y, double w, double h) { g.fillOval(x, y, w, h); }
    @Override public void strokeOval(double x, double y, double w, double h) { g.strokeOval(x, y, w, h); }
    @Override public void fillText(String text, double x, double y) { g.fillText(text, x, y); }
    @Override public void drawImage(Image image, double x, double y, double w, double h) { g.drawImage(image, x, y, w, h); }
    @Override public void save() { g.save(); }
    @Override public void restore() { g.restore(); }
    @Override public void translate(double x, double y) { g.translate(x, y); }
    @Override public void scale(double x, double y) { g.scale(x, y); }
}
