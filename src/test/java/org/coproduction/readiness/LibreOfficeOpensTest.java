package org.coproduction.readiness;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.report.Report;
import org.coproduction.readiness.report.ReportBuilder;
import org.coproduction.readiness.report.ReportText;
import org.coproduction.readiness.report.WordReport;
import org.coproduction.readiness.workbook.AssessmentWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Word report and the workbook open in another office program, LibreOffice, which turns each
 * into a PDF: a file it had to repair or could not read would not convert. Runs where LibreOffice
 * is installed (soffice or libreoffice on the PATH), and is skipped, saying so, where it is not:
 * it is too large to install for every build.
 */
class LibreOfficeOpensTest {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());

    @TempDir
    Path folder;

    private static Optional<Path> office() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : List.of("soffice", "libreoffice")) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Converts a file to PDF with LibreOffice, in a profile of its own, and returns the PDF's pages. */
    private PDDocument converted(Path office, Path file) throws Exception {
        Path out = Files.createDirectories(folder.resolve("pdf"));
        Process process = new ProcessBuilder(office.toString(),
                "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", out.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished within 3 minutes").isTrue();
        String log = Files.readString(folder.resolve("soffice.log"));
        assertThat(process.exitValue()).as(log).isZero();
        String name = file.getFileName().toString();
        Path pdf = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        assertThat(pdf).as("the PDF LibreOffice made of " + name + "\n" + log).exists();
        return Loader.loadPDF(pdf.toFile());
    }

    @Test
    void theWordReportAndTheWorkbookOpenInLibreOffice() throws Exception {
        Optional<Path> office = office();
        Assumptions.assumeTrue(office.isPresent(), "LibreOffice (soffice or libreoffice) is not on the PATH, so the"
                + " Word report and the workbook were not opened in it. Install it to run this check, e.g."
                + " apt-get install -y --no-install-recommends libreoffice-writer libreoffice-calc");
        ExchangeReader.Reading reading = new ExchangeReader(LIBRARY).read(Path.of("seeds/riverside-2025.json"));
        LocalDate today = LocalDate.of(2026, 11, 30);

        Report report = ReportBuilder.build(reading.assessment(), reading.questionnaire(), today);
        Path word = folder.resolve("report.docx");
        WordReport.write(report, word);
        try (PDDocument pdf = converted(office.get(), word)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(ReportText.TITLE).contains(ReportText.overall(report.overall().orElseThrow()));
        }

        Path workbook = folder.resolve("data.xlsx");
        AssessmentWorkbook.write(reading.assessment(), reading.questionnaire(), List.of(), today, workbook);
        try (PDDocument pdf = converted(office.get(), workbook)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(0);
            assertThat(new PDFTextStripper().getText(pdf)).contains(ReportText.OVERALL_ROW);
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
