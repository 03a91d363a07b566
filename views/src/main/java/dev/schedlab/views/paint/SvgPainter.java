package dev.schedlab.views.paint;

import javafx.geometry.VPos;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Locale;

/**
 * A {@link Painter} that writes an SVG document: every call becomes one SVG element (rect, line,
 * ellipse, text), so text stays text and shapes stay shapes at any zoom. Text is placed on its
 * alphabetic baseline, worked out from the font's metrics the way the canvas does, so the picture
 * does not depend on a viewer's support of {@code dominant-baseline}. {@link #clearRect} draws
 * nothing: a vector picture starts empty. FX thread only (fonts are measured by JavaFX).
 */
public final class SvgPainter implements Painter {
    /** What JavaFX's logical "System" font is on the machines the lab runs on, then generic fallbacks. */
    static final String SANS = "'DejaVu Sans', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif";

    private final double width, height;
    private final StringBuilder body = new StringBuilder(64 * 1024);
    private final FontMetricsCache metrics = new FontMetricsCache();
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State();

    /** Attributes the canvas keeps between calls; {@code groups} counts the {@code <g>} a transform opened. */
    private static final class State implements Cloneable {
        Paint fill = Color.BLACK, stroke = Color.BLACK;
        double lineWidth = 1, alpha = 1;
        double[] dashes;
        Font font = Font.getDefault();
        TextAlignment align = TextAlignment.LEFT;
        VPos baseline = VPos.BASELINE;
        int groups;

        State copy() {
            try {
                State s = (State) clone();
                s.groups = 0;
                return s;
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    public SvgPainter(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** The whole document so far, with every open group closed. */
    public String document() {
        StringBuilder out = new StringBuilder(body.length() + 512);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" width=\"")
                .append(num(width)).append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ")
                .append(num(width)).append(' ').append(num(height)).append("\">\n")
                .append(body);
        int open = state.groups;
        for (State s : saved) open += s.groups;
        for (int i = 0; i < open; i++) out.append("</g>\n");
        return out.append("</svg>\n").toString();
    }

    @Override public void setFill(Paint paint) { state.fill = paint; }
    @Override public void setStroke(Paint paint) { state.stroke = paint; }
    @Override public void setLineWidth(double w) { state.lineWidth = w; }
    @Override public void setLineDashes(double... dashes) { state.dashes = dashes == null || dashes.length == 0 ? null : dashes.clone(); }
    @Override public void setGlobalAlpha(double alpha) { state.alpha = Math.max(0, Math.min(1, alpha)); }
    @Override public void setFont(Font font) { state.font = font; }
    @Override public void setTextAlign(TextAlignment align) { state.align = align; }
    @Override public void setTextBaseline(VPos baseline) { state.baseline = baseline; }

    @Override public void clearRect(double x, double y, double w, double h) {
        // Nothing to clear in a document that only grows: the views clear before painting anew.
    }

    @Override public void fillRect(double x, double y, double w, double h) {
        open("rect").attr("x", x).attr("y", y).attr("width", w).attr("height", h);
        fill().close();
    }

    @Override public void strokeRect(double x, double y, double w, double h) {
        open("rect").attr("x", x).attr("y", y).attr("width", w).attr("height", h);
        stroke().close();
    }

    @Override public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        open("rect").attr("x", x).attr("y", y).attr("width", w).attr("height", h).attr("rx", arcWidth / 2).attr("ry", arcHeight / 2);
        fill().close();
    }

    @Override public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        open("rect").attr("x", x).attr("y", y).attr("width", w).attr("height", h).attr("rx", arcWidth / 2).attr("ry", arcHeight / 2);
        stroke().close();
    }

    @Override public void strokeLine(double x1, double y1, double x2, double y2) {
        open("line").attr("x1", x1).attr("y1", y1).attr("x2", x2).attr("y2", y2);
        stroke().close();
    }

    @Override public void fillOval(double x, double y, double w, double h) {
        open("ellipse").attr("cx", x + w / 2).attr("cy", y + h / 2).attr("rx", w / 2).attr("ry", h / 2);
        fill().close();
    }

    @Override public void strokeOval(double x, double y, double w, double h) {
        open("ellipse").attr("cx", x + w / 2).attr("cy", y + h / 2).attr("rx", w / 2).attr("ry", h / 2);
        stroke().close();
    }

    @Override public void fillText(String text, double x, double y) {
        if (text == null || text.isEmpty()) return;
        Font f = state.font;
        FontMetricsCache.Metrics m = metrics.of(f);
        double baselineY = switch (state.baseline) {
            case TOP -> y + m.ascent();
            case CENTER -> y + (m.ascent() - m.descent()) / 2;
            case BOTTOM -> y - m.descent();
            case BASELINE -> y;
        };
        String anchor = switch (state.align) {
            case CENTER -> "middle";
            case RIGHT -> "end";
            case LEFT, JUSTIFY -> "start";
        };
        open("text").attr("x", x).attr("y", baselineY).attr("font-family", family(f)).attr("font-size", f.getSize());
        String style = f.getStyle().toLowerCase(Locale.ROOT);
        if (style.contains("bold")) attr("font-weight", "bold");
        if (style.contains("italic") || style.contains("oblique")) attr("font-style", "italic");
        if (!anchor.equals("start")) attr("text-anchor", anchor);
        paint("fill", state.fill);
        body.append("xml:space=\"preserve\">").append(escape(text)).append("</text>\n");
    }

    @Override public void drawImage(Image image, double x, double y, double w, double h) {
        open("image").attr("x", x).attr("y", y).attr("width", w).attr("height", h).attr("preserveAspectRatio", "none");
        if (state.alpha < 1) attr("opacity", state.alpha);
        attr("xlink:href", "data:image/png;base64," + Base64.getEncoder().encodeToString(PngEncoding.encode(image)));
        close();
    }

    @Override public void save() {
        saved.push(state);
        state = state.copy();
    }

    @Override public void restore() {
        if (saved.isEmpty()) return; // as the canvas: an unmatched restore does nothing
        for (int i = 0; i < state.groups; i++) body.append("</g>\n");
        state = saved.pop();
    }

    @Override public void translate(double x, double y) {
        body.append("<g transform=\"translate(").append(num(x)).append(' ').append(num(y)).append(")\">\n");
        state.groups++;
    }

    @Override public void scale(double x, double y) {
        body.append("<g transform=\"scale(").append(num(x)).append(' ').append(num(y)).append(")\">\n");
        state.groups++;
    }

    // ---- writing elements

    private SvgPainter open(String element) {
        body.append('<').append(element).append(' ');
        return this;
    }

    private void close() { body.append("/>\n"); }

    private SvgPainter attr(String name, double value) { return attr(name, num(value)); }

    private SvgPainter attr(String name, String value) {
        body.append(name).append("=\"").append(escape(value)).append("\" ");
        return this;
    }

    private SvgPainter fill() {
        paint("fill", state.fill);
        return this;
    }

    private SvgPainter stroke() {
        attr("fill", "none");
        paint("stroke", state.stroke);
        attr("stroke-width", state.lineWidth);
        if (state.dashes != null) {
            StringBuilder d = new StringBuilder();
            for (double v : state.dashes) d.append(d.length() == 0 ? "" : " ").append(num(v));
            attr("stroke-dasharray", d.toString());
        }
        return this;
    }

    /** A colour and its opacity (the colour's alpha times the global alpha); other paints as grey. */
    private void paint(String property, Paint paint) {
        Color c = paint instanceof Color col ? col : Color.GRAY;
        attr(property, String.format(Locale.ROOT, "#%02x%02x%02x",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255)));
        double opacity = c.getOpacity() * state.alpha;
        if (opacity < 1) attr(property + "-opacity", opacity);
    }

    private static String family(Font f) {
        String family = f.getFamily();
        return switch (family) {
            case "System", "SansSerif", "Sans Serif" -> SANS;
            case "Monospaced", "Monospace" -> "'DejaVu Sans Mono', monospace";
            default -> "'" + family.replace("'", "") + "', " + SANS;
        };
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String s = String.format(Locale.ROOT, "%.2f", v);
        // Trailing zeros only make the file longer.
        s = s.indexOf('.') >= 0 ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? "" : null; // XML 1.0 forbids the others
            };
            if (r != null && out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
            if (out != null) {
                if (r != null) out.append(r); else out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
