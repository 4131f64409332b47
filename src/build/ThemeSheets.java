import javafx.css.Stylesheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Build step (pom.xml, process-classes): writes each theme of the program as one stylesheet, the
 * AtlantaFX Primer theme it starts from followed by our layers (themes/common.css, then the theme's
 * own), and beside it the same in JavaFX's binary form (.bss), which JavaFX reads instead of the
 * text when it finds one. A theme is the program's user-agent stylesheet (ui/Appearance); read from
 * text it cost 40 to 75 ms of every start (StartupBenchmark), from binary it costs what Primer alone
 * did.
 *
 * <p>Run as {@code java -cp CLASSPATH src/build/ThemeSheets.java LAYERS_FOLDER OUTPUT_FOLDER}; the
 * class path holds AtlantaFX and JavaFX. Needs no display.
 */
public final class ThemeSheets {
    /** Each theme of ui/Appearance and the Primer theme under it. */
    private static final Map<String, String> PRIMER = Map.of(
            "light", "atlantafx/base/theme/primer-light.css",
            "dark", "atlantafx/base/theme/primer-dark.css",
            "high-contrast", "atlantafx/base/theme/primer-dark.css");

    public static void main(String[] args) throws IOException {
        Path layers = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Files.createDirectories(output);
        String common = Files.readString(layers.resolve("common.css"), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> theme : PRIMER.entrySet()) {
            String css = primer(theme.getValue()) + "\n" + common + "\n"
                    + Files.readString(layers.resolve(theme.getKey() + ".css"), StandardCharsets.UTF_8);
            Path text = output.resolve(theme.getKey() + "-theme.css");
            Files.writeString(text, css, StandardCharsets.UTF_8);
            Stylesheet.convertToBinary(text.toFile(), output.resolve(theme.getKey() + "-theme.bss").toFile());
        }
    }

    private static String primer(String resource) throws IOException {
        try (InputStream in = ThemeSheets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the class path: AtlantaFX is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
