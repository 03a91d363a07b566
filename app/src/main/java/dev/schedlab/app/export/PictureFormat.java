package dev.schedlab.app.export;

import java.nio.file.Path;
import java.util.Locale;

/** PNG (pixels, at a scale) or SVG (vectors: text stays text), chosen by the file's extension. */
public enum PictureFormat {
    PNG, SVG;

    public String extension() { return name().toLowerCase(Locale.ROOT); }

    public static PictureFormat of(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) return PNG;
        if (name.endsWith(".svg")) return SVG;
        throw new ExportFailure("cannot tell the picture's format from '" + file.getFileName() + "': name it .png or .svg");
    }
}
