package org.coproduction.readiness.cli;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.coproduction.readiness.report.ReportText;
import org.coproduction.readiness.workbook.AssessmentWorkbook;
import org.coproduction.readiness.workbook.HistoryWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Word report and the workbooks from the command line: {@code report --out FILE.docx} (the
 * extension picks the format), {@code export --format xlsx}, {@code history --out FILE.xlsx}; and
 * what a mistake gets: its exit code, a message on stderr, no file.
 */
class OfficeFilesCommandLineTest {
    private static final String RIVERSIDE = "Riverside Community Wellbeing (fictional)";

    @TempDir
    Path temp;

    private Path database;
    private Map<String, String> environment;
    /** Ids of the demo assessments, in the order imported: Riverside 2024, then 2025. */
    private final List<String> ids = new ArrayList<>();

    @BeforeEach
    void setUp() {
        database = temp.resolve("readiness.db");
        environment = Cli.environment(temp.resolve("data"));
        for (String seed : List.of("riverside-2024.json", "riverside-2025.json")) {
            ids.add(ok(run("import", Path.of("seeds", seed).toString())).out().strip());
        }
    }

    private Cli.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", database.toString()));
        all.addAll(List.of(args));
        return Cli.run(environment, all.toArray(String[]::new));
    }

    private static Cli.Result ok(Cli.Result result) {
        assertThat(result.exit()).as(result.toString()).isEqualTo(CommandLine.OK);
        assertThat(result.err()).as(result.toString()).isEmpty();
        return result;
    }

    private static void refused(Cli.Result result, int exit, String says) {
        assertThat(result.exit()).as(result.toString()).isEqualTo(exit);
        assertThat(result.err()).as(result.toString()).contains(says);
        assertThat(result.out()).as(result.toString()).isEmpty();
    }

    private void noFilesLeft(String... endings) throws Exception {
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> Stream.of(endings).anyMatch(n::endsWith) || n.endsWith(".tmp"));
        }
    }

    private static List<String> headings(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            return document.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
        }
    }

    @Test
    void reportWritesAWordDocumentWhenTheFileEndsInDocxWithTheComparisonWhenAsked() throws Exception {
        Path word = temp.resolve("report.docx");
        assertThat(ok(run("report", ids.get(1), "--out", word.toString())).out()).isEqualTo("Wrote " + word
                + System.lineSeparator());
        assertThat(headings(word)).contains(ReportText.AREAS, ReportText.PERSPECTIVES, ReportText.PRIORITIES)
                .noneMatch(h -> h.startsWith("Changes since"));

        Path compared = temp.resolve("compared.DOCX");
        ok(run("report", ids.get(1), "--out", compared.toString(), "--compare", ids.get(0)));
        assertThat(headings(compared)).anyMatch(h -> h.startsWith("Changes since"));

        // The PDF is still made from a .pdf name.
        Path pdf = temp.resolve("report.pdf");
        ok(run("report", ids.get(1), "--out", pdf.toString()));
        assertThat(Files.readAllBytes(pdf)).startsWith('%', 'P', 'D', 'F');
    }

    @Test
    void reportRefusesAnUnknownFormatAndAnUnknownAssessmentAndLeavesNoFile() throws Exception {
        refused(run("report", ids.get(1), "--out", temp.resolve("report.txt").toString()), CommandLine.USAGE,
                "--out must end in .pdf (a PDF) or .docx (a Word document)");
        refused(run("report", "999", "--out", temp.resolve("missing.docx").toString()), CommandLine.BAD_INPUT,
                "There is no assessment with the id 999");
        noFilesLeft(".txt", ".docx");
    }

    @Test
    void exportWritesTheWorkbookWithFormatXlsx() throws Exception {
        Path file = temp.resolve("riverside.xlsx");
        ok(run("export", ids.get(1), "--format", "xlsx", "--out", file.toString()));
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            assertThat(workbook.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName)).containsExactly(
                    AssessmentWorkbook.SCORES, AssessmentWorkbook.ANSWERS, AssessmentWorkbook.PRIORITIES,
                    AssessmentWorkbook.ACTION_PLAN, AssessmentWorkbook.ABOUT);
        }
        refused(run("export", ids.get(1), "--format", "xls", "--out", temp.resolve("old.xls").toString()),
                CommandLine.USAGE, "--format must be json, csv or xlsx, not \"xls\"");
        refused(run("export", "999", "--format", "xlsx", "--out", temp.resolve("none.xlsx").toString()),
                CommandLine.BAD_INPUT, "There is no assessment with the id 999");
        noFilesLeft(".xls", "none.xlsx");
    }

    @Test
    void historyWritesTheOrganisationsAssessmentsAsOneWorkbook() throws Exception {
        Path file = temp.resolve("history.xlsx");
        ok(run("history", RIVERSIDE, "--out", file.toString()));
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
             var rows = workbook.findSheet(HistoryWorkbook.SCORES).orElseThrow().openStream()) {
            assertThat(rows.count()).isEqualTo(1 + ids.size());
        }
        refused(run("history", RIVERSIDE, "--out", temp.resolve("history.csv").toString()), CommandLine.USAGE,
                "end the file's name with .xlsx");
        refused(run("history", RIVERSIDE, "--json", "--out", temp.resolve("both.xlsx").toString()), CommandLine.USAGE,
                "give one of them");
        refused(run("history", "Nobody at all", "--out", temp.resolve("nobody.xlsx").toString()),
                CommandLine.BAD_INPUT, "There is no organisation with the id or name \"Nobody at all\"");
        noFilesLeft(".csv", "both.xlsx", "nobody.xlsx");
    }
}
