package org.coproduction.readiness.service;

import org.coproduction.readiness.comparison.NotComparableException;
import org.coproduction.readiness.report.PdfReport;
import org.coproduction.readiness.report.Report;
import org.coproduction.readiness.report.WordReport;
import org.coproduction.readiness.store.StoreException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes the readiness report as a file: a PDF to print or send, or a Word document to edit and
 * paste from. The one home of this use case: the report screen and {@code report --out} both call it.
 */
public final class ExportReport {
    private ExportReport() {
    }

    /** What the file is, picked by its extension. */
    public enum Format {
        PDF("pdf", "PDF"),
        WORD("docx", "Word document");

        private final String extension;
        private final String name;

        Format(String extension, String name) {
            this.extension = extension;
            this.name = name;
        }

        /** "docx", without the dot. */
        public String extension() {
            return extension;
        }

        /** "Word document": the format as people call it. */
        public String displayName() {
            return name;
        }

        /** The format a file's name asks for, if it is one of them. */
        public static Optional<Format> of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(f -> name.endsWith("." + f.extension)).findFirst();
        }
    }

    /** The format of a file to write, or a refusal in plain words naming the ones there are. */
    public static Format formatOf(Path target) {
        return Format.of(target).orElseThrow(() -> new StoreException(StoreException.Kind.REJECTED, "The report is"
                + " written as a PDF (.pdf) or a Word document (.docx): end the file's name with one of them, not \""
                + target.getFileName() + "\"."));
    }

    /** Writes a report made already (the one on screen) in the given format, all or nothing. */
    public static void write(Report report, Format format, Path target) {
        try {
            switch (format) {
                case PDF -> PdfReport.write(report, target);
                case WORD -> WordReport.write(report, target);
            }
        } catch (IOException e) {
            throw ExportAssessment.notWritten(target, e);
        }
    }

    /**
     * Makes the report of a stored assessment, with the comparison to an earlier one when asked, and
     * writes it in the format its file's extension names.
     */
    public static void run(Workspace workspace, long assessmentId, Optional<Long> earlierId, LocalDate today,
                           Path target) throws NotComparableException {
        Format format = formatOf(target);
        write(workspace.report(assessmentId, earlierId, today), format, target);
    }
}
