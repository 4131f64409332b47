package org.coproduction.readiness.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.Side;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.scoring.Figures;
import org.coproduction.readiness.service.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDFs the program writes, checked by an independent validator (veraPDF, the PDF Association's
 * reference implementation) against PDF/UA-1 (accessible: tagged, every figure with alternative
 * text, fonts embedded, title shown) and PDF/A-2u (for archiving: colours defined, metadata,
 * text that maps to Unicode); and read back for figures that must never break over lines.
 * Made from the demo data: Riverside 2025 with its perspectives and the action plan raised in
 * 2024, alone and compared with 2024; Harbour Lane 2025; and the two paper forms.
 */
class PdfStandardsTest {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Map<String, Path> DOCUMENTS = new LinkedHashMap<>();
    private static Report plain;
    private static Report compared;

    @TempDir
    static Path folder;

    @BeforeAll
    static void writeTheDocuments() throws Exception {
        ExchangeReader reader = new ExchangeReader(LIBRARY);
        ExchangeReader.Reading reading2025 = reader.read(Path.of("seeds/riverside-2025.json"));
        try (Workspace workspace = Workspace.open(folder.resolve("assessments.db"), LIBRARY)) {
            long earlier = workspace.assessments().add(reader.read(Path.of("seeds/riverside-2024.json")).assessment());
            long later = workspace.assessments().add(reading2025.assessment());
            plain = workspace.report(later, Optional.empty(), TODAY);
            compared = workspace.report(later, Optional.of(earlier), TODAY);
        }
        write("report", plain);
        write("report-compared", compared);
        // Harbour Lane: a different organisation, where too few of one side answered to be shown.
        ExchangeReader.Reading harbour = reader.read(Path.of("seeds/harbour-lane-2025.json"));
        write("report-harbour-lane", ReportBuilder.build(harbour.assessment(), harbour.questionnaire(), TODAY));
        Assessment assessment = reading2025.assessment();
        for (Side side : Side.values()) {
            Path form = folder.resolve("form-" + side.name().toLowerCase() + ".pdf");
            PaperForm.write(assessment, reading2025.questionnaire(), side, form);
            DOCUMENTS.put("paper form, " + side.name().toLowerCase(), form);
        }
        // Kept in target for a person to look at (pdftoppm -r 60 -png): the tests only read them.
        Path kept = Files.createDirectories(Path.of("target", "pdf-standards"));
        for (Path file : DOCUMENTS.values()) {
            Files.copy(file, kept.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static void write(String name, Report report) throws IOException {
        Path file = folder.resolve(name + ".pdf");
        PdfReport.write(report, file);
        DOCUMENTS.put(name, file);
    }

    static Stream<Arguments> documentsAndStandards() {
        List<Arguments> cases = new ArrayList<>();
        for (String document : List.of("report", "report-compared", "report-harbour-lane", "paper form, organisation",
                "paper form, people")) {
            cases.add(Arguments.of(document, "PDFUA_1"));
            cases.add(Arguments.of(document, "PDFA_2_U"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} conforms to {1}")
    @MethodSource("documentsAndStandards")
    void conformsAsVeraPdfSeesIt(String document, String standard) throws Exception {
        PDFAFlavour flavour = standard.equals("PDFUA_1") ? PDFAFlavour.PDFUA_1 : PDFAFlavour.PDFA_2_U;
        Path file = DOCUMENTS.get(document);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(file.toFile(), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = failedRules(result);
            failed.forEach(rule -> System.out.println(document + ", " + standard + ": " + rule));
            assertThat(failed).as(document + " against " + standard + " (veraPDF's failed rules)").isEmpty();
            assertThat(result.isCompliant()).as(document + " compliant with " + standard).isTrue();
        }
    }

    /** Each failed rule once: its clause and test number, what it asks, how often it failed and one message. */
    private static List<String> failedRules(ValidationResult result) {
        Map<String, String> rules = new TreeMap<>();
        for (Map.Entry<RuleId, Integer> failed : result.getFailedChecks().entrySet()) {
            RuleId id = failed.getKey();
            Rule rule = result.getValidationProfile().getRuleByRuleId(id);
            String message = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED && a.getRuleId().equals(id))
                    .map(TestAssertion::getErrorMessage).filter(m -> m != null && !m.isBlank()).findFirst().orElse("");
            rules.put(id.getClause() + "-" + id.getTestNumber(), "clause " + id.getClause() + " test "
                    + id.getTestNumber() + " (" + failed.getValue() + " times): "
                    + (rule == null ? "" : rule.getDescription()) + (message.isEmpty() ? "" : " [" + message + "]"));
        }
        return new ArrayList<>(rules.values());
    }

    /** The alternative text of every Figure in the PDF's tags. */
    private static List<String> figureAlternatives(String document) throws IOException {
        List<String> alternatives = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(DOCUMENTS.get(document).toFile())) {
            collectFigures(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), alternatives);
        }
        return alternatives;
    }

    private static void collectFigures(List<Object> kids, List<String> alternatives) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    alternatives.add(element.getAlternateDescription());
                }
                collectFigures(element.getKids(), alternatives);
            }
        }
    }

    /** The charts' alternative text says every figure the chart draws, so no one misses them. */
    @Test
    void theChartsAlternativeTextStatesTheirFigures() throws Exception {
        List<String> plainFigures = figureAlternatives("report");
        assertThat(plainFigures).hasSize(1);
        String radar = plainFigures.get(0);
        assertThat(radar).startsWith("Radar chart of the 7 areas");
        for (int i = 0; i < plain.radar().size(); i++) {
            Report.RadarPoint point = plain.radar().get(i);
            assertThat(radar).contains((i + 1) + ". " + point.title() + " "
                    + point.score().map(Figures::show).orElse("no score"));
        }
        for (Report.SideView side : plain.perspectives().sides()) {
            if (side.shown()) {
                assertThat(radar).contains(side.name() + ", ");
                for (int i = 0; i < side.radar().size(); i++) {
                    side.radar().get(i).ifPresent(score -> assertThat(radar).contains(Figures.show(score)));
                }
            }
        }
        List<String> comparedFigures = figureAlternatives("report-compared");
        assertThat(comparedFigures).hasSize(2).contains(radar);
        String trend = comparedFigures.stream().filter(f -> !f.equals(radar)).findFirst().orElseThrow();
        assertThat(trend).startsWith("Line chart of overall readiness over time");
        for (Report.TrendPoint point : compared.comparison().orElseThrow().trend()) {
            assertThat(trend).contains(point.date() + " " + point.overall().map(Figures::show).orElse("no score"));
        }
    }

    /** The report's lines as PDFBox extracts them, in reading order. */
    private static List<String> lines(String document) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(DOCUMENTS.get(document).toFile())) {
            return new PDFTextStripper().getText(pdf).lines().map(String::strip).toList();
        }
    }

    /**
     * Every shown instance of each figure stands whole on one line: never "2025-" / "06-" / "30".
     * Each figure is looked for with any white space, line breaks too, allowed between its
     * characters; a match that holds a line break is a figure broken over lines. A figure counts
     * only where no other digit touches it ("62.5" is not in "162.55").
     */
    private static void assertWhole(List<String> lines, List<String> figures) {
        String text = String.join("\n", lines);
        for (String figure : figures) {
            StringBuilder pattern = new StringBuilder("(?<![0-9.])");
            String letters = figure.replaceAll("\\s+", "");
            for (int i = 0; i < letters.length(); i++) {
                pattern.append(i == 0 ? "" : "\\s*").append(Pattern.quote(letters.substring(i, i + 1)));
            }
            pattern.append("(?![0-9])");
            List<String> found = Pattern.compile(pattern.toString()).matcher(text).results().map(MatchResult::group)
                    .toList();
            assertThat(found).as("\"" + figure + "\" in the PDF's text").isNotEmpty();
            assertThat(found).as("\"" + figure + "\" broken over lines").noneMatch(f -> f.contains("\n"));
        }
    }

    @Test
    void datesScoresAndCoverageNeverBreakOverLines() throws Exception {
        for (String document : List.of("report", "report-compared")) {
            Report report = document.equals("report") ? plain : compared;
            List<String> lines = lines(document);
            assertThat(report.actions()).as("the plan raised in 2024").isNotEmpty();
            List<String> figures = new ArrayList<>();
            report.actions().stream().map(Report.PlannedAction::due).filter(d -> !d.isBlank()).forEach(figures::add);
            figures.add(report.header().assessedOn());
            report.sections().stream().map(Report.Section::coverage).filter(c -> c.contains("%")).forEach(figures::add);
            for (Report.AreaView area : report.perspectives().areas()) {
                figures.add(area.everyone());
                area.organisation().ifPresent(figures::add);
                area.people().ifPresent(figures::add);
                area.gap().ifPresent(figures::add);
            }
            report.comparison().ifPresent(c -> {
                figures.add(c.earlierDate());
                c.changes().forEach(change -> figures.addAll(List.of(change.before(), change.after(), change.change())));
            });
            assertWhole(lines, figures.stream().filter(f -> f.length() > 1).distinct().toList());
            // No line ends halfway through a date or a figure.
            Pattern broken = Pattern.compile("((?<![\\w/.-])(19|20)\\d{2}-(\\d{2}-?)?$)|(^\\d{2}-\\d{0,2}$)|(\\($)|(^\\d+(\\.\\d)?%\\)$)");
            for (String line : lines) {
                Matcher matcher = broken.matcher(line);
                assertThat(matcher.find()).as("a line broken inside a figure: \"" + line + "\"").isFalse();
            }
        }
    }
}
