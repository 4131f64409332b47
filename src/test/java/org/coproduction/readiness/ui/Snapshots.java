package org.coproduction.readiness.ui;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Pictures of screens for people to look at: when a test is run with {@code -Dscreenshots=FOLDER},
 * {@link #save} writes the scene as a PNG there; otherwise it does nothing. Call it on the JavaFX
 * thread.
 */
final class Snapshots {
    private Snapshots() {
    }

    static void save(Scene scene, String name) {
        String folder = System.getProperty("screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        WritableImage image = scene.snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(Path.of(folder));
            ImageIO.write(picture, "png", Path.of(folder, name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
