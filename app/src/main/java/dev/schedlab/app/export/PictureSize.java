package dev.schedlab.app.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A picture's size in logical pixels (before the PNG scale), written WIDTHxHEIGHT. */
public record PictureSize(int width, int height) {
    public static final int MIN = 100, MAX = 8192;
    private static final Pattern FORM = Pattern.compile("(\\d{1,6})[xX](\\d{1,6})");

    public PictureSize {
        if (width < MIN || height < MIN || width > MAX || height > MAX) {
            throw new ExportFailure("bad size " + width + "x" + height + ": each side must be " + MIN + ".." + MAX + " pixels");
        }
    }

    public static PictureSize parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) throw new ExportFailure("bad size '" + text + "': write it WIDTHxHEIGHT, e.g. 1600x900");
        return new PictureSize(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Override public String toString() { return width + "x" + height; }
}
