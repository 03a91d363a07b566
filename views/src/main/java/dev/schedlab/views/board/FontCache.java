package dev.schedlab.views.board;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

import java.util.HashMap;
import java.util.Map;

/**
 * Fonts by size (to half a pixel) and weight, made once: looking a font up for each of hundreds of
 * labels per frame costs more than drawing them. FX thread only.
 */
final class FontCache {
    private static final String FAMILY = "System";
    private final Map<Integer, Font> fonts = new HashMap<>();

    Font regular(double size) { return get(size, false); }

    Font bold(double size) { return get(size, true); }

    private Font get(double size, boolean bold) {
        int key = (int) Math.round(size * 2) * 2 + (bold ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> bold ? Font.font(FAMILY, FontWeight.BOLD, (k / 2) / 2.0) : Font.font(FAMILY, (k / 2) / 2.0));
    }
}
