package dev.schedlab.app.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IllegalFormatException;
import java.util.regex.Pattern;

/**
 * The files of a frame sequence: a pattern with one number in it ({@code frames/board-%04d.png}),
 * or a folder, which gets {@code VIEW-0000.png}, {@code VIEW-0001.png}, ...
 */
public record FrameNames(String pattern) {
    private static final Pattern ONE_NUMBER = Pattern.compile("[^%]*(%%[^%]*)*%0?\\d*d([^%]*(%%[^%]*)*)*");

    public static FrameNames of(String out, ExportView view) {
        Path given = Path.of(out);
        if (out.endsWith("/") || Files.isDirectory(given)) {
            return new FrameNames(given.resolve(view.label() + "-%04d.png").toString());
        }
        if (!ONE_NUMBER.matcher(out).matches()) {
            throw new ExportFailure("a frame sequence needs --out FOLDER or a pattern with one number, e.g. frames/"
                    + view.label() + "-%04d.png; got " + out);
        }
        if (PictureFormat.of(given) != PictureFormat.PNG) throw new ExportFailure("frames are written as PNG: name them .png");
        return new FrameNames(out);
    }

    public Path frame(int index) {
        try {
            return Path.of(String.format(pattern, index));
        } catch (IllegalFormatException e) {
            throw new ExportFailure("bad frame pattern " + pattern + ": " + e.getMessage());
        }
    }
}
