package dev.schedlab.views.paint;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A JavaFX image as PNG bytes, through the JDK's own PNG writer (no Swing bridge needed). */
public final class PngEncoding {
    private PngEncoding() {}

    public static byte[] encode(Image image) {
        int w = (int) image.getWidth(), h = (int) image.getHeight();
        PixelReader pixels = image.getPixelReader();
        if (pixels == null) throw new IllegalArgumentException("the image has no readable pixels");
        int[] argb = new int[w * h];
        pixels.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(w * h);
        try {
            if (!ImageIO.write(out, "png", bytes)) throw new IllegalStateException("the JDK has no PNG writer");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail to write
        }
        return bytes.toByteArray();
    }
}
