package org.coproduction.readiness.report;

import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.assessment.Side;
import org.coproduction.readiness.common.AtomicWrite;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A blank paper form (PRODUCT.md, section 5): the questionnaire for one person of one side, in that
 * side's words, to be filled in with a pen and typed in afterwards. Large type (nothing under
 * 12 pt), tick boxes drawn as squares, a few ruled lines for a note, no question split across
 * pages, and the assessment's uid on every page so that the answers find their way back.
 */
public final class PaperForm {
    /** Written on the form wherever a person can say they are not sure. */
    public static final String DONT_KNOW = "Don't know";
    /** Written on the form only for the questions that allow it. */
    public static final String NOT_APPLICABLE = "Not applicable";

    /*
     * The renderer does not keep a question holding tables whole on its own, so the form cuts the
     * pages itself, from each question's height worked out from its words: the room on an A4 page
     * inside the margins (with some to spare), a line of 13 pt type at 1.3 spacing, and how many
     * characters fit on a line of the level column.
     */
    private static final double PAGE_MM = 220;
    private static final double LINE_MM = 6.0;
    private static final int TEXT_CHARACTERS = 62;
    private static final int LEVEL_CHARACTERS = 68;
    /** The organisation's form, with longer words, is set a point smaller (still at least 12 pt). */
    private static final double SMALLER = 12.0 / 13.0;
    private static final double BOX_ROW_MM = 9.8;
    private static final double AREA_TITLE_MM = 16;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static final String STYLE = """
            @page {
              size: A4;
              margin: 20mm 17mm 22mm 17mm;
              @top-right { content: "Page " counter(page) " of " counter(pages); font-size: 12pt; color: #333333;
                font-family: 'DejaVu Sans'; }
              @bottom-left { content: "FOOTER"; font-size: 12pt; color: #333333; font-family: 'DejaVu Sans'; }
            }
            * { font-family: 'DejaVu Sans'; }
            body { font-size: BODYpt; line-height: 1.3; color: #000000; }
            h1 { font-size: 22pt; margin: 0 0 3mm 0; }
            h2 { font-size: 17pt; margin: 4mm 0 2mm 0; padding-bottom: 1mm; border-bottom: 1.5pt solid #000000;
              page-break-after: avoid; }
            p { margin: 0 0 2.5mm 0; }
            .about td { padding: 0.5mm 4mm 0.5mm 0; vertical-align: top; }
            .about td.label { font-weight: bold; width: 42mm; }
            .you { border: 1.5pt solid #000000; padding: 4mm 5mm; margin: 5mm 0; page-break-inside: avoid; }
            .you h2 { margin-top: 0; border-bottom: none; }
            .intro { margin: 4mm 0; }
            .intro p { margin-bottom: 2mm; }
            table { border-collapse: collapse; width: 100%; }
            .question {  margin: 0 0 3mm 0; padding: 2mm 0 0 0; border-top: 0.8pt solid #888888; }
            .newpage { page-break-before: always; }
            .question .text { font-weight: bold; margin-bottom: 3mm; }
            .choices td { padding: 0.8mm 0; vertical-align: top; }
            .choices td.tick { width: 12mm; }
            .choices td.number { width: 8mm; color: #333333; padding-top: 2mm; }
            .choices td.words { padding-top: 2mm; }
            .box { display: block; width: 8mm; height: 8mm; border: 1.5pt solid #000000; }
            .others { margin-top: 3mm; }
            .note { margin-top: 2mm; }
            .line { height: 8mm; border-bottom: 0.8pt solid #555555; }
            .name { margin-top: 4mm; }
            """;

    private PaperForm() {
    }

    /** Writes the form to a file, all or nothing. */
    public static void write(Assessment assessment, Questionnaire bank, Side side, Path target) throws IOException {
        AtomicWrite.write(target, out -> write(assessment, bank, side, out));
    }

    public static void write(Assessment assessment, Questionnaire bank, Side side, OutputStream out) throws IOException {
        PdfReport.render(html(assessment, bank, side), drawers -> { }, out);
    }

    /** The questions one side is asked, in the order of the bank. */
    public static List<Question> questionsFor(Questionnaire bank, Side side) {
        return bank.questions().stream().filter(q -> side == Side.ORGANISATION || q.askedOfPeople()).toList();
    }

    /** The roles whose tick boxes the form shows. */
    static List<Role> roles(Side side) {
        return Arrays.stream(Role.values()).filter(r -> r.side().filter(s -> s == side).isPresent()).toList();
    }

    /** What is printed at the foot of every page: the assessment the form belongs to. */
    public static String footer(Assessment assessment) {
        return assessment.uid().isBlank() ? "Form for assessment " + assessment.id()
                : "Form for assessment " + assessment.uid();
    }

    static String html(Assessment assessment, Questionnaire bank, Side side) {
        boolean people = side == Side.PEOPLE;
        List<Question> questions = questionsFor(bank, side);
        String style = STYLE.replace("FOOTER", cssString(footer(assessment)))
                .replace("BODY", people ? "13" : "12");
        Html html = new Html();
        String title = people ? "What do you think? Working together" : "Co-production readiness: questionnaire";
        html.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\">");
        html.open("head").element("title", null, title + ": " + assessment.organisation().name())
                .raw("<meta name=\"subject\" content=\"" + Html.escape(assessment.title()) + "\"/>")
                .raw("<meta name=\"author\" content=\"" + Html.escape(assessment.organisation().name()) + "\"/>")
                .open("style").text(style).close("style").close("head");
        html.open("body");
        html.element("h1", null, title);
        html.open("table class=\"about\"");
        row(html, people ? "Organisation" : "Organisation", assessment.organisation().name());
        row(html, "Assessment", assessment.title());
        row(html, "Date", DATE.format(assessment.assessedOn()));
        html.close("table");

        intro(html, people, questions.size());
        you(html, side);

        String area = null;
        int number = 0;
        double used = PAGE_MM;
        for (Dimension dimension : bank.dimensions()) {
            for (Question question : questions) {
                if (!question.dimension().equals(dimension.id())) {
                    continue;
                }
                boolean newArea = !dimension.id().equals(area);
                double height = heightOf(question, people) + (newArea ? AREA_TITLE_MM : 0);
                boolean newPage = used + height > PAGE_MM;
                used = (newPage ? 0 : used) + height;
                if (newArea) {
                    // An area's title goes with its first question.
                    area = dimension.id();
                    html.element("h2", newPage ? "newpage" : null, dimension.title());
                    newPage = false;
                }
                question(html, question, people, ++number, newPage);
            }
        }
        html.element("p", "end", people ? "Thank you. Please give this form back to the person who gave it to you."
                : "Thank you. Please give this form back to the person who is running the assessment.");
        html.close("body").close("html");
        return html.toString();
    }

    private static void row(Html html, String label, String value) {
        html.open("tr").element("td", "label", label).element("td", null, value).close("tr");
    }

    private static void intro(Html html, boolean people, int count) {
        html.open("div class=\"intro\"");
        if (people) {
            // Easy Read: short sentences, one idea each, everyday words.
            for (String sentence : List.of(
                    "This form asks what you think.",
                    "There are " + count + " questions.",
                    "Each question has some sentences.",
                    "Tick one box for each question.",
                    "Tick the box next to the sentence that is most like what happens.",
                    "If you are not sure, tick " + DONT_KNOW + ".",
                    "You can write more on the lines if you want to.",
                    "There are no right or wrong answers.",
                    "You do not have to write your name.")) {
                html.element("p", null, sentence);
            }
        } else {
            html.element("p", null, "Tick one box for each question: the sentence that best describes how things"
                    + " are now, not how they should be. If you are not sure, tick " + DONT_KNOW + "; where a"
                    + " question may not apply to your organisation there is a box for that too.");
            html.element("p", null, "You can add a note on the lines under each question. Your answers are"
                    + " typed in by the person running the assessment; you need not give your name.");
        }
        html.close("div");
    }

    private static void you(Html html, Side side) {
        html.open("div class=\"you\"");
        html.element("h2", null, "Your role");
        html.element("p", null, side == Side.PEOPLE ? "Tick one box." : "Tick the one that fits you best.");
        html.open("table class=\"choices\"");
        for (Role role : roles(side)) {
            tick(html, null, role.label());
        }
        html.close("table");
        html.element("p", "name", "Your first name (optional)");
        html.raw("<div class=\"line\"></div>");
        html.close("div");
    }

    /** A drawn tick box, an optional number (the level, for whoever types the answers in) and the words beside it. */
    private static void tick(Html html, String number, String words) {
        html.open("tr").open("td class=\"tick\"").raw("<div class=\"box\"></div>").close("td");
        html.element("td", "number", number == null ? "" : number);
        html.element("td", "words", words).close("tr");
    }

    /** How tall a question will be on paper, in millimetres, from the length of its words. */
    static double heightOf(Question question, boolean people) {
        Question.Wording wording = question.wording(people);
        double scale = people ? 1 : SMALLER;
        double line = LINE_MM * scale;
        int textCharacters = (int) (TEXT_CHARACTERS / scale);
        int levelCharacters = (int) (LEVEL_CHARACTERS / scale);
        double height = 2 + lines(wording.text(), textCharacters) * line + 3;
        for (String level : wording.levels()) {
            height += Math.max(BOX_ROW_MM, lines(level, levelCharacters) * line + 1.6);
        }
        height += BOX_ROW_MM * (question.allowNotApplicable() ? 2 : 1);
        // "Note", two ruled lines and the space below.
        return height + line + 2 + 2 * 8 + 3;
    }

    private static int lines(String text, int perLine) {
        return Math.max(1, (int) Math.ceil(text.length() / (double) perLine));
    }

    private static void question(Html html, Question question, boolean people, int number, boolean newPage) {
        Question.Wording wording = question.wording(people);
        html.open(newPage ? "div class=\"question newpage\"" : "div class=\"question\"");
        html.element("p", "text", number + ". " + wording.text());
        html.open("table class=\"choices\"");
        for (int level = 0; level < wording.levels().size(); level++) {
            tick(html, Integer.toString(level), wording.levels().get(level));
        }
        if (question.allowNotApplicable()) {
            tick(html, null, NOT_APPLICABLE);
        }
        tick(html, null, DONT_KNOW);
        html.close("table");
        html.element("p", "note", people ? "Anything else you want to say:" : "Note:");
        html.raw("<p class=\"line\">\u00a0</p><p class=\"line\">\u00a0</p>");
        html.close("div");
    }

    /** Text as a CSS string's content: backslashes and quotes escaped, line breaks dropped. */
    private static String cssString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]", " ");
    }
}
