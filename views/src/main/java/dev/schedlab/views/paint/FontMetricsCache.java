package dev.schedlab.views.paint;

import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.HashMap;
import java.util.Map;

/** A font's ascent and descent as JavaFX lays text out, measured once per font. FX thread only. */
final class FontMetricsCache {
    record Metrics(double ascent, double descent) {}

    private final Map<Font, Metrics> known = new HashMap<>();
    private final Text probe = new Text("Hg");

    Metrics of(Font font) {
        return known.computeIfAbsent(font, f -> {
            probe.setFont(f);
            probe.setTextOrigin(VPos.BASELINE);
            Bounds b = probe.getLayoutBounds(); // the line's box, from the baseline: -ascent .. descent
            return new Metrics(-b.getMinY(), b.getMaxY());
        });
    }
}
