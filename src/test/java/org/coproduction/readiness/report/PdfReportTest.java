package org.coproduction.readiness.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.questionnaire.Reference;
import org.coproduction.readiness.scoring.Figures;
import org.coproduction.readiness.scoring.Priority;
import org.coproduction.readiness.scoring.ScoreCard;
import org.coproduction.readiness.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The PDF report, read back with PDFBox: what it says, its fonts, its pages, its tags. */
class PdfReportTest {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());
    private static final Questionnaire BANK = LIBRARY.find("coproduction-readiness", "1.0.0").orElseThrow();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path folder;

    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    /**
     * The PDF's text without any white space, so that text wrapped at any space or after a hyphen
     * still matches; compare with {@link #flat} of the expected text.
     */
    private static String text(PDDocument document) throws IOException {
        return flat(new PDFTextStripper().getText(document));
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    private PDDocument render(Assessment assessment, String name) throws IOException {
        Path file = folder.resolve(name + ".pdf");
        PdfReport.write(ReportBuilder.build(assessment, BANK, TODAY), file);
        return Loader.loadPDF(file.toFile());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theDemoReportsSayWhatTheScoringEngineComputes(Path seed) throws Exception {
        Assessment assessment = new ExchangeReader(LIBRARY).read(seed).assessment();
        ScoreCard card = Scorer.score(BANK, assessment.answers());
        try (PDDocument pdf = render(assessment, "seed")) {
            String text = text(pdf);
            assertThat(text).contains(flat(assessment.organisation().name())).contains(flat(assessment.title()))
                    .contains(assessment.assessedOn().toString());
            for (int i = 0; i < BANK.dimensions().size(); i++) {
                Dimension dimension = BANK.dimensions().get(i);
                var score = card.dimension(dimension.id()).orElseThrow();
                String shown = score.score().isPresent() ? Figures.show(score.score().getAsDouble()) : "–";
                String kind = dimension.kind().code().equals("capability") ? "Capability" : "Barrier";
                // In the table beside the radar chart, and in the dimension's own section.
                assertThat(text).as(dimension.id()).contains(flat((i + 1) + dimension.title() + kind + shown + score.band()));
                assertThat(text).as(dimension.id()).contains(flat("Score: " + shown + " Band: " + score.band()));
            }
            card.overall().ifPresent(o -> assertThat(text).contains(flat("Overall readiness: " + Figures.show(o.score())
                    + " out of 100 — " + o.band())));
            for (Priority priority : card.priorities()) {
                Question question = BANK.question(priority.questionId()).orElseThrow();
                assertThat(text).contains(flat(question.text()));
                question.actions().forEach(action -> assertThat(text).contains(flat(action)));
            }
            for (Reference reference : BANK.references()) {
                assertThat(text).contains(flat(reference.citation()));
            }
            for (String findOut : card.findOut()) {
                assertThat(text).contains(flat(BANK.question(findOut).orElseThrow().text()));
            }
            assertA4WithEmbeddedFontsAndTags(pdf);
        }
    }

    private static void assertA4WithEmbeddedFontsAndTags(PDDocument pdf) throws IOException {
        assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
        List<String> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, within(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, within(1f));
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
        }
        assertThat(fonts).anyMatch(f -> f.contains(flat("DejaVuSans")));
        assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Co-production readiness report");
    }

    private static Assessment assessment(List<Respondent> respondents, List<Answer> answers) {
        return new Assessment(0, new org.coproduction.readiness.assessment.Organisation(0, "Edge Case Trust", "", ""),
                new org.coproduction.readiness.assessment.QuestionnaireRef(BANK.id(), BANK.version()), "Edge case",
                LocalDate.of(2026, 5, 1), org.coproduction.readiness.assessment.AssessmentStatus.DRAFT, java.util.Map.of(),
                respondents, answers);
    }

    @Test
    void anAssessmentWithNoAnswersAtAllGivesASoundReport() throws Exception {
        try (PDDocument pdf = render(assessment(List.of(), List.of()), "empty")) {
            String text = text(pdf);
            assertThat(text).contains(flat("No overall score yet")).contains(flat("No one is recorded"))
                    .contains(flat("No question has a level yet, so there are no priorities"))
                    .contains(flat("No one answered \"don't know\""));
            assertThat(text).contains(flat("Insufficient evidence"));
            assertA4WithEmbeddedFontsAndTags(pdf);
        }
    }

    @Test
    void insufficientEvidenceIsMarkedAndTheOverallIsProvisional() throws Exception {
        List<Answer> answers = new ArrayList<>();
        for (Question question : BANK.questions()) {
            // Every section but the last fully answered; the last has only one answer.
            boolean last = question.dimension().equals(BANK.dimensions().get(6).id());
            if (!last || question.id().equals(BANK.questionsOf(question.dimension()).get(0).id())) {
                answers.add(Answer.of("r1", question.id(), Response.level(2)));
            }
        }
        try (PDDocument pdf = render(assessment(List.of(new Respondent("r1", Role.MANAGER, "")), answers), "thin")) {
            String text = text(pdf);
            // Every answered question is at level 2, so each of the six counted sections scores
            // 100 × 2 / 4 = 50, and any weighted mean of 50s is 50.0; the seventh is left out.
            assertThat(text).contains(flat("Overall readiness: 50.0 out of 100")).contains(flat("Provisional: "
                    + BANK.dimensions().get(6).title() + " (too few answers) is left out of the overall score"));
            assertThat(text).contains(flat("does not count towards overall readiness"));
        }
    }

    @Test
    void severalRespondentsAndVeryLongNotesGiveASoundReport() throws Exception {
        List<Respondent> respondents = List.of(new Respondent("a", Role.MANAGER, "Pat"),
                new Respondent("b", Role.SERVICE_USER, "Robin"), new Respondent("c", Role.CARER, ""));
        String longNote = "We talked about this at length. ".repeat(300);
        String unbroken = "x".repeat(3000);
        Question first = BANK.questions().get(0);
        List<Answer> answers = new ArrayList<>();
        for (Question question : BANK.questions()) {
            answers.add(Answer.of("a", question.id(), Response.level(3)));
            answers.add(Answer.of("b", question.id(), Response.level(1)));
            answers.add(Answer.of("c", question.id(), Response.dontKnow()));
        }
        answers.set(0, Answer.of("a", first.id(), Response.level(3)).withNote(longNote));
        answers.set(1, Answer.of("b", first.id(), Response.level(1)).withNote(unbroken + " <b>&amp; \u0007 'quoted'"));
        try (PDDocument pdf = render(assessment(respondents, answers), "long")) {
            String text = text(pdf);
            assertThat(text).contains(flat("3: Pat (manager); Robin (person who uses the services); Carer"));
            assertThat(text).contains(flat("We talked about this at length. We talked about this at length."));
            assertThat(text).contains("x".repeat(500)).contains(flat("<b>&amp;'quoted'"));
            // The mean of 3 and 1 is 2 for every question: every section scores 50.
            assertThat(text).contains(flat("Overall readiness: 50.0 out of 100"));
            assertThat(text).contains(flat("asked by Carer"));
        }
    }

    /**
     * DejaVu Sans holds ligature glyphs (fi, ff, fl, ffi, ...) whose Unicode is U+FB00 to U+FB06; if
     * they were drawn, copying, searching and screen readers would meet those instead of letters.
     */
    @Test
    void textWithFfFiFlAndFfiWordsIsExtractedAsPlainLetters() throws Exception {
        List<String> words = List.of("Fictional", "staff", "office", "fieldwork", "flourish", "efficient", "baffled",
                "difficult", "affluent", "firefly");
        List<Respondent> respondents = List.of(new Respondent("a", Role.MANAGER, "Effie Fletcher"));
        Question first = BANK.questions().get(0);
        List<Answer> answers = new ArrayList<>();
        answers.add(Answer.of("a", first.id(), Response.level(2)).withNote(String.join(" ", words)));
        Assessment assessment = new Assessment(0, new org.coproduction.readiness.assessment.Organisation(0,
                "Fictional Staff Office Trust", "", ""),
                new org.coproduction.readiness.assessment.QuestionnaireRef(BANK.id(), BANK.version()),
                "Difficult fieldwork", LocalDate.of(2026, 5, 1),
                org.coproduction.readiness.assessment.AssessmentStatus.DRAFT, java.util.Map.of(), respondents, answers);
        try (PDDocument pdf = render(assessment, "ligatures")) {
            // PDFTextStripper folds ligatures back into letters when it writes its text, so it would
            // not see them; what each glyph stands for (its ToUnicode entry, which search, copy,
            // pdftotext and screen readers use) is checked before that folding.
            List<String> glyphs = new ArrayList<>();
            PDFTextStripper eachGlyph = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    positions.forEach(position -> glyphs.add(position.getUnicode()));
                }
            };
            eachGlyph.getText(pdf);
            assertThat(glyphs).as("glyphs drawn").isNotEmpty();
            assertThat(String.join("", glyphs).codePoints().filter(c -> c >= 0xFB00 && c <= 0xFB06)
                    .mapToObj(Character::toString).toList()).as("glyphs that stand for a ligature").isEmpty();
            String raw = new PDFTextStripper().getText(pdf);
            String text = flat(raw);
            for (String word : words) {
                assertThat(text).as(word).contains(word);
            }
            assertThat(text).contains(flat("Fictional Staff Office Trust")).contains(flat("Effie Fletcher"));
            assertA4WithEmbeddedFontsAndTags(pdf);
        }
    }

    @Test
    void theRadarDataMatchesTheScores() throws Exception {
        Assessment assessment = new ExchangeReader(LIBRARY).read(Path.of("seeds/riverside-2025.json")).assessment();
        Report report = ReportBuilder.build(assessment, BANK, TODAY);
        ScoreCard card = Scorer.score(BANK, assessment.answers());
        assertThat(report.radar()).hasSize(7);
        for (Report.RadarPoint point : report.radar()) {
            assertThat(point.score()).isEqualTo(Optional.of(card.dimension(point.dimensionId()).orElseThrow()
                    .score().getAsDouble()));
        }
        RadarGeometry.Point top = RadarGeometry.at(0, 7, 100, 50, 50, 40);
        assertThat(top.x()).isCloseTo(50, within(1e-9));
        assertThat(top.y()).isCloseTo(10, within(1e-9));
        assertThat(RadarGeometry.at(3, 7, 0, 50, 50, 40)).isEqualTo(new RadarGeometry.Point(50, 50));
    }
}
