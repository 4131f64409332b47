package org.coproduction.readiness.service;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.Side;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.report.PaperForm;
import org.coproduction.readiness.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Paper forms of the demo assessment (bank 2.0.0), read back with PDFBox. */
class PaperFormsTest {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());
    private static final Path RIVERSIDE_2025 = Path.of("seeds/riverside-2025.json");

    @TempDir
    Path folder;

    private Workspace workspace;
    private long id;
    private Assessment assessment;
    private Questionnaire bank;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("forms.db"), LIBRARY);
        id = ImportAssessments.run(workspace, List.of(RIVERSIDE_2025)).get(0);
        assessment = workspace.loadExisting(id);
        bank = workspace.questionnaireOf(assessment.questionnaire());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** The text of a PDF and the smallest font size on it. */
    private static final class Reader extends PDFTextStripper {
        float smallest = Float.MAX_VALUE;

        Reader() throws IOException {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition position : positions) {
                if (!position.getUnicode().isBlank()) {
                    smallest = Math.min(smallest, position.getFontSizeInPt());
                }
            }
            super.writeString(text, positions);
        }
    }

    private static String normal(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private record Read(String text, float smallest, boolean a4, boolean embedded, boolean tagged) {
    }

    private Read write(Side side) throws IOException {
        Path target = folder.resolve(side.code() + ".pdf");
        PaperForms.write(workspace, id, side, target);
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            Reader reader = new Reader();
            String text = reader.getText(document);
            boolean a4 = true;
            boolean embedded = true;
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                a4 &= Math.abs(box.getWidth() - PDRectangle.A4.getWidth()) < 1
                        && Math.abs(box.getHeight() - PDRectangle.A4.getHeight()) < 1;
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    embedded &= font.isEmbedded();
                }
            }
            boolean tagged = document.getDocumentCatalog().getStructureTreeRoot() != null;
            // The running page number and footer are taken out so that a sentence running on to the
            // next page still reads whole.
            String body = text.replaceAll("Page \\d+ of \\d+", " ").replace(PaperForm.footer(assessment), " ")
                    .replace('\u00a0', ' ');
            return new Read(normal(body) + " " + PaperForm.footer(assessment), reader.smallest, a4, embedded, tagged);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    void thePeoplesFormAsksOnlyThePeoplesQuestionsInTheirWords() throws IOException {
        assertThat(bank.version()).isEqualTo("2.0.0");
        Read form = write(Side.PEOPLE);
        List<Question> asked = PaperForm.questionsFor(bank, Side.PEOPLE);
        assertThat(asked).isNotEmpty().hasSizeLessThan(bank.questions().size());
        List<String> missing = new ArrayList<>();
        for (Question question : asked) {
            if (!form.text().contains(normal(question.wording(true).text()))) {
                missing.add(question.id());
            }
            for (String level : question.wording(true).levels()) {
                assertThat(form.text()).contains(normal(level));
            }
        }
        assertThat(missing).isEmpty();
        for (Question question : bank.questions()) {
            if (!question.askedOfPeople()) {
                assertThat(form.text()).doesNotContain(normal(question.text()));
            }
        }
        assertThat(form.text()).contains(assessment.uid()).contains("Form for assessment " + assessment.uid())
                .contains(PaperForm.DONT_KNOW).contains("Your role").contains("Your first name (optional)")
                .contains("Carer").contains(assessment.organisation().name());
        assertThat(count(form.text(), PaperForm.NOT_APPLICABLE))
                .isEqualTo((int) asked.stream().filter(Question::allowNotApplicable).count());
        assertThat(form.smallest()).isGreaterThanOrEqualTo(12f);
        assertThat(form.a4()).isTrue();
        assertThat(form.embedded()).isTrue();
        assertThat(form.tagged()).isTrue();
    }

    @Test
    void theOrganisationsFormAsksEveryQuestionInTheOrganisationsWords() throws IOException {
        Read form = write(Side.ORGANISATION);
        for (Question question : bank.questions()) {
            assertThat(form.text()).contains(normal(question.text()));
        }
        assertThat(count(form.text(), PaperForm.NOT_APPLICABLE))
                .isEqualTo((int) bank.questions().stream().filter(Question::allowNotApplicable).count());
        assertThat(form.text()).contains("Trustee").contains("Volunteer").doesNotContain("Carer")
                .contains(assessment.uid());
        assertThat(form.smallest()).isGreaterThanOrEqualTo(12f);
        assertThat(form.a4() && form.embedded() && form.tagged()).isTrue();
    }

    /** A question is never cut in two by a page: every page after the first begins with a question or an area. */
    @Test
    void noQuestionIsSplitAcrossPages() throws IOException {
        for (Side side : Side.values()) {
            Path target = folder.resolve("whole-" + side.code() + ".pdf");
            PaperForms.write(workspace, id, side, target);
            try (PDDocument document = Loader.loadPDF(target.toFile())) {
                for (int page = 2; page <= document.getNumberOfPages(); page++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    String first = stripper.getText(document).lines().map(String::strip)
                            .filter(l -> !l.isEmpty() && !l.startsWith("Page ") && !l.startsWith("Form for assessment"))
                            .findFirst().orElse("");
                    boolean area = bank.dimensions().stream().anyMatch(d -> d.title().equals(first));
                    assertThat(first.matches("\\d+\\. .*") || area || first.startsWith("Thank you"))
                            .as(side + " page " + page + " begins with: " + first).isTrue();
                }
            }
        }
    }

    @Test
    void anUnknownAssessmentIsRefusedAndNothingIsWritten() {
        Path target = folder.resolve("none.pdf");
        assertThatThrownBy(() -> PaperForms.write(workspace, id + 99, Side.PEOPLE, target))
                .isInstanceOf(StoreException.class);
        assertThat(target).doesNotExist();
    }
}
