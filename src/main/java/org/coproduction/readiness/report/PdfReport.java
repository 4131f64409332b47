package org.coproduction.readiness.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import org.coproduction.readiness.common.AtomicWrite;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes the report as an A4 PDF: selectable text in embedded fonts, the radar chart as vectors,
 * page numbers, a running header with the organisation and date, tagged for screen readers
 * (PDF/UA). Layout is XHTML and CSS rendered by openhtmltopdf.
 */
public final class PdfReport {
    static final String FONT = "DejaVu Sans";
    private static final String FONT_FOLDER = "fonts/";
    /** Held here: the logging system keeps only weak references, and a collected logger forgets its level. */
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    private PdfReport() {
    }

    /** Writes the PDF to a file, all or nothing. */
    public static void write(Report report, Path target) throws IOException {
        AtomicWrite.write(target, out -> write(report, out));
    }

    public static void write(Report report, OutputStream out) throws IOException {
        // The renderer logs every step to the console; the program reports its own errors.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
        BundledFontMapper.install();
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        Font chartFont = awtFont("DejaVuSans.ttf");
        drawers.registerDrawer(RadarDrawer.TYPE, new RadarDrawer(chartFont));
        drawers.registerDrawer(TrendDrawer.TYPE, new TrendDrawer(chartFont));
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useObjectDrawerFactory(drawers);
        // The report never loads anything from outside: no network, no files.
        builder.useExternalResourceAccessControl((uri, type) -> false,
                com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.withHtmlContent(ReportHtml.render(report), null);
        builder.withProducer("Co-production Readiness");
        builder.toStream(out);
        builder.run();
    }

    private static InputStream font(String name) {
        InputStream in = PdfReport.class.getResourceAsStream(FONT_FOLDER + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Missing built-in font " + name));
        }
        return in;
    }

    private static Font awtFont(String name) throws IOException {
        try (InputStream in = font(name)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (FontFormatException e) {
            throw new IOException("Unreadable built-in font " + name, e);
        }
    }
}
