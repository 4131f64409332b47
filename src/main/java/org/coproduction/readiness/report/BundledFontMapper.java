package org.coproduction.readiness.report;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Answers PDFBox's requests for a stand-in font with the bundled DejaVu Sans. Without it, PDFBox
 * scans every font on the computer the first time a report is made (seconds, and a cache file in
 * the user's home). Our reports embed all their fonts, so the stand-in is never printed.
 */
final class BundledFontMapper implements FontMapper {
    private static boolean installed;

    private final TrueTypeFont font;

    private BundledFontMapper(TrueTypeFont font) {
        this.font = font;
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        try (InputStream in = BundledFontMapper.class.getResourceAsStream("fonts/DejaVuSans.ttf")) {
            if (in == null) {
                throw new IOException("Missing built-in font DejaVuSans.ttf");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            FontMappers.set(new BundledFontMapper(font));
            installed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, font, true);
    }
}
