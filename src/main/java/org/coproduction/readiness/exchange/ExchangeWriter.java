package org.coproduction.readiness.exchange;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.coproduction.readiness.common.AtomicWrite;
import org.coproduction.readiness.assessment.Action;
import org.coproduction.readiness.assessment.ActionLink;
import org.coproduction.readiness.assessment.ActionSource;
import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Side;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.json.JsonFiles;
import org.coproduction.readiness.questionnaire.ContextQuestion;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an assessment as an exchange file (docs/exchange-format.md, rule 10) or as CSV, one row per answer, and an
 * action plan as CSV. Output is in a fixed order (respondents as listed, questions in
 * questionnaire order, actions as given), so exporting the same assessment twice gives the same
 * bytes.
 */
public final class ExchangeWriter {
    private ExchangeWriter() {
    }

    public static String toJson(Assessment assessment, Questionnaire questionnaire) {
        ObjectNode root = JsonFiles.mapper().createObjectNode();
        root.put("format", ExchangeFormat.FORMAT);
        root.put("formatVersion", ExchangeFormat.VERSION);
        ObjectNode organisation = root.putObject("organisation");
        organisation.put("name", assessment.organisation().name());
        organisation.put("registeredNumber", assessment.organisation().registeredNumber());
        organisation.put("area", assessment.organisation().area());
        ObjectNode bank = root.putObject("questionnaire");
        bank.put("id", assessment.questionnaire().id());
        bank.put("version", assessment.questionnaire().version());
        ObjectNode details = root.putObject("assessment");
        details.put("title", assessment.title());
        details.put("assessedOn", assessment.assessedOn().toString());
        details.put("status", assessment.status().code());
        if (!assessment.uid().isEmpty()) {
            details.put("uid", assessment.uid());
        }
        details.put("minGroupSize", assessment.minGroupSize());
        ObjectNode context = root.putObject("context");
        for (ContextQuestion question : questionnaire.context()) {
            String value = assessment.context().get(question.id());
            if (value != null) {
                context.put(question.id(), value);
            }
        }
        ArrayNode respondents = root.putArray("respondents");
        for (Respondent respondent : assessment.respondents()) {
            ObjectNode node = respondents.addObject();
            node.put("key", respondent.key());
            node.put("role", respondent.role().code());
            node.put("label", respondent.label());
        }
        ArrayNode answers = root.putArray("answers");
        for (Answer answer : ordered(assessment, questionnaire)) {
            ObjectNode node = answers.addObject();
            node.put("respondent", answer.respondent());
            node.put("question", answer.question());
            answer.response().ifPresent(response -> {
                if (response.isLevel()) {
                    node.put("level", response.level());
                } else {
                    node.put("response", response.kind().code());
                }
            });
            if (!answer.note().isEmpty()) {
                node.put("note", answer.note());
            }
            if (answer.flagged()) {
                node.put("flagged", true);
            }
        }
        // Left out when there are none, so such files stay as they were before actions existed.
        if (!assessment.actions().isEmpty()) {
            ArrayNode actions = root.putArray("actions");
            assessment.actions().forEach(action -> writeAction(actions.addObject(), action));
        }
        try {
            return JsonFiles.mapper().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("A tree of plain values always serialises", e);
        }
    }

    private static void writeAction(ObjectNode node, Action action) {
        node.put("description", action.description());
        if (!action.owner().isEmpty()) {
            node.put("owner", action.owner());
        }
        action.due().ifPresent(due -> node.put("due", due.toString()));
        node.put("status", action.status().code());
        ActionLink link = action.link();
        node.put(link.isQuestion() ? "question" : "dimension", link.id());
    }

    /** Answers by respondent order, then questionnaire order. */
    static List<Answer> ordered(Assessment assessment, Questionnaire questionnaire) {
        Map<String, Integer> respondentOrder = new HashMap<>();
        for (int i = 0; i < assessment.respondents().size(); i++) {
            respondentOrder.put(assessment.respondents().get(i).key(), i);
        }
        Map<String, Integer> questionOrder = new HashMap<>();
        List<Question> questions = questionnaire.questions();
        for (int i = 0; i < questions.size(); i++) {
            questionOrder.put(questions.get(i).id(), i);
        }
        return assessment.answers().stream()
                .sorted(Comparator.comparing((Answer a) -> respondentOrder.getOrDefault(a.respondent(), Integer.MAX_VALUE))
                        .thenComparing(a -> questionOrder.getOrDefault(a.question(), Integer.MAX_VALUE)))
                .toList();
    }

    private static final List<String> CSV_HEADER = List.of("organisation", "assessment", "assessed_on", "status",
            "questionnaire", "questionnaire_version", "respondent", "role", "side", "respondent_label", "dimension", "question",
            "question_text", "response", "level", "note", "flagged");

    /** One row per answer, with a header; UTF-8 with a byte order mark so spreadsheets read accents right. */
    public static String toCsv(Assessment assessment, Questionnaire questionnaire) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, CSV_HEADER);
        Map<String, Respondent> respondents = new HashMap<>();
        assessment.respondents().forEach(r -> respondents.put(r.key(), r));
        for (Answer answer : ordered(assessment, questionnaire)) {
            Respondent respondent = respondents.get(answer.respondent());
            Question question = questionnaire.question(answer.question()).orElse(null);
            String response = answer.response().map(r -> r.kind().code()).orElse("");
            String level = answer.response().filter(Response::isLevel).map(r -> String.valueOf(r.level())).orElse("");
            row(csv, List.of(assessment.organisation().name(), assessment.title(), assessment.assessedOn().toString(),
                    assessment.status().code(), assessment.questionnaire().id(), assessment.questionnaire().version(),
                    answer.respondent(), respondent == null ? "" : respondent.role().code(),
                    // Whose view the row gives (docs/scoring.md, perspectives P1); "none" for partners and others.
                    respondent == null ? "" : respondent.role().side().map(Side::code).orElse("none"),
                    respondent == null ? "" : respondent.label(), question == null ? "" : question.dimension(),
                    answer.question(), question == null ? "" : question.text(), response, level, answer.note(),
                    answer.flagged() ? "yes" : "no"));
        }
        return csv.toString();
    }

    private static final List<String> ACTION_CSV_HEADER = List.of("organisation", "description", "owner", "due",
            "status", "question", "dimension", "linked_to", "raised_from", "raised_on");

    /**
     * The action plan of one organisation, one row per action in the order given, with a header:
     * the question or dimension each is about (the dimension of a linked question too) and the
     * assessment it was raised from, when known. Links to another bank than {@code questionnaire}
     * keep their ids but get no text.
     */
    public static String toActionCsv(Organisation organisation, List<Action> actions, Questionnaire questionnaire) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, ACTION_CSV_HEADER);
        for (Action action : actions) {
            boolean sameBank = action.questionnaireId().equals(questionnaire.id());
            ActionLink link = action.link();
            Optional<Question> question = link.questionId().filter(id -> sameBank).flatMap(questionnaire::question);
            String dimensionId = link.dimensionId().orElse(question.map(Question::dimension).orElse(""));
            String linkedTo = link.isQuestion() ? question.map(Question::text).orElse("")
                    : link.dimensionId().filter(id -> sameBank).flatMap(questionnaire::dimension).map(Dimension::title)
                    .orElse("");
            row(csv, List.of(organisation.name(), action.description(), action.owner(),
                    action.due().map(LocalDate::toString).orElse(""), action.status().code(),
                    link.questionId().orElse(""), dimensionId, linkedTo,
                    action.source().map(ActionSource::title).orElse(""),
                    action.source().map(s -> s.assessedOn().toString()).orElse("")));
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** Quotes as RFC 4180 asks, and defuses text a spreadsheet would run as a formula. */
    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** Writes text as UTF-8, all or nothing. */
    public static void writeFile(Path target, String content) throws IOException {
        AtomicWrite.write(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }
}
