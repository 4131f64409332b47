package org.coproduction.readiness.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import org.coproduction.readiness.common.AtomicWrite;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Font;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
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

    /**
     * The sRGB colour profile that comes with Java (java.desktop, which the program needs anyway
     * and whose profiles jlink copies into the installer's runtime): nothing to bundle.
     */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfReport() {
    }

    /** Writes the PDF to a file, all or nothing. */
    public static void write(Report report, Path target) throws IOException {
        AtomicWrite.write(target, out -> write(report, out));
    }

    public static void write(Report report, OutputStream out) throws IOException {
        render(ReportHtml.render(report), drawers -> {
            Font chartFont = awtFont("DejaVuSans.ttf");
            drawers.registerDrawer(RadarDrawer.TYPE, new RadarDrawer(chartFont));
            drawers.registerDrawer(TrendDrawer.TYPE, new TrendDrawer(chartFont));
        }, out);
    }

    /** Adds the drawers a document needs for its embedded objects. */
    @FunctionalInterface
    interface Drawers {
        void register(DefaultObjectDrawerFactory drawers) throws IOException;
    }

    /**
     * Renders XHTML to an A4 PDF the way every document of the program is made: the bundled fonts
     * embedded (without glyph substitution), tagged for screen readers (PDF/UA), nothing loaded
     * from outside. Shared by the report and the paper forms.
     */
    static void render(String xhtml, Drawers drawers, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument();
             TrueTypeFont regular = lettersOnly("DejaVuSans.ttf");
             TrueTypeFont bold = lettersOnly("DejaVuSans-Bold.ttf")) {
            render(xhtml, drawers, document, regular, bold, out);
        }
    }

    private static void render(String xhtml, Drawers objectDrawers, PDDocument document, TrueTypeFont regular,
                               TrueTypeFont bold, OutputStream out) throws IOException {
        // The renderer logs every step to the console; the program reports its own errors.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
        BundledFontMapper.install();
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        objectDrawers.register(drawers);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        // PDF/A-2u as well, so that charities can archive the report: the renderer then writes the
        // XMP metadata (title, PDF/A identification) and an output intent with this colour profile,
        // which says what the RGB colours of the text and the charts mean.
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.useColorProfile(SRGB.clone());
        // The fonts are loaded here rather than by the renderer so that glyph substitution can be
        // switched off (see lettersOnly); subset embedding keeps the file small.
        builder.usePDDocument(document);
        builder.useFont(new PDFontSupplier(PDType0Font.load(document, regular, true)), FONT, 400,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(new PDFontSupplier(PDType0Font.load(document, bold, true)), FONT, 700,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useObjectDrawerFactory(drawers);
        // The documents never load anything from outside: no network, no files.
        builder.useExternalResourceAccessControl((uri, type) -> false,
                com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.withHtmlContent(xhtml, null);
        builder.withProducer("Co-production Readiness");
        builder.toStream(out);
        builder.run();
    }

    /**
     * A bundled font with OpenType glyph substitution (GSUB) switched off. PDFBox 3 applies a
     * font's "liga" substitutions when it writes text, and DejaVu's ligature glyphs (fi, ff, fl,
     * ffi, ...) carry the Unicode U+FB00 to U+FB06: text copied, searched or read aloud from the
     * PDF would then hold those instead of plain letters. Each letter keeps its own glyph; English
     * text needs no other substitution from these fonts.
     */
    private static TrueTypeFont lettersOnly(String name) throws IOException {
        try (InputStream in = font(name)) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            font.setEnableGsub(false);
            return font;
        }
    }

    private static InputStream font(String name) {
        InputStream in = PdfReport.class.getResourceAsStream(FONT_FOLDER + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Missing built-in font " + name));
        }
        return in;
    }

    static Font awtFont(String name) throws IOException {
        try (InputStream in = font(name)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (FontFormatException e) {
            throw new IOException("Unreadable built-in font " + name, e);
        }
    }
}
