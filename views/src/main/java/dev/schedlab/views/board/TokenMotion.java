package dev.schedlab.views.board;

/**
 * A token's glide from one place to another between times {@code t0} and {@code t1} (seconds of the
 * animation clock the view is given), eased in and out. Before {@code t0} it is at the start, after
 * {@code t1} at the end.
 */
public record TokenMotion(double t0, double t1, double fromX, double fromY, double fromSize,
                          double toX, double toY, double toSize) {
    /** A token standing still at a place. */
    public static TokenMotion at(Token t) {
        return new TokenMotion(0, 0, t.x(), t.y(), t.size(), t.x(), t.y(), t.size());
    }

    /** Progress in [0, 1] at time {@code t}, eased (cubic in-out). */
    public double progress(double t) {
        if (t >= t1 || t1 <= t0) return 1;
        if (t <= t0) return 0;
        double f = (t - t0) / (t1 - t0);
        return f < 0.5 ? 4 * f * f * f : 1 - Math.pow(-2 * f + 2, 3) / 2;
    }

    public double x(double t) { return lerp(fromX, toX, progress(t)); }

    public double y(double t) { return lerp(fromY, toY, progress(t)); }

    public double size(double t) { return lerp(fromSize, toSize, progress(t)); }

    public boolean finished(double t) { return progress(t) >= 1; }

    private static double lerp(double a, double b, double f) { return a + (b - a) * f; }
}
