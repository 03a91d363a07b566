package dev.schedlab.views.paint;

import javafx.geometry.VPos;
import javafx.scene.image.Image;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The drawing calls the lab's views make, named as {@link javafx.scene.canvas.GraphicsContext}
 * names them, so one paint method can draw on a canvas for the window and into a vector file
 * for export. Paints are expected to be plain colours (the views' CSS colours); a vector
 * target may draw any other paint as a neutral grey.
 */
public interface Painter {
    void setFill(Paint paint);

    void setStroke(Paint paint);

    void setLineWidth(double width);

    /** No arguments (or null) for a solid line. */
    void setLineDashes(double... dashes);

    void setGlobalAlpha(double alpha);

    void setFont(Font font);

    void setTextAlign(TextAlignment align);

    void setTextBaseline(VPos baseline);

    void clearRect(double x, double y, double w, double h);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void fillText(String text, double x, double y);

    /** Draws {@code image} scaled into the rectangle (a window's controls under the views' vectors, say). */
    void drawImage(Image image, double x, double y, double w, double h);

    /** Remembers the attributes and the transform, for {@link #restore}. */
    void save();

    /** Back to the attributes and the transform of the matching {@link #save}. */
    void restore();

    void translate(double x, double y);

    void scale(double x, double y);
}
