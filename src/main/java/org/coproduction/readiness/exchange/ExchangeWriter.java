package org.coproduction.readiness.exchange;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.coproduction.readiness.AtomicWrite;
import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.json.JsonFiles;
import org.coproduction.readiness.questionnaire.ContextQuestion;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an assessment as an exchange file (spec section 5) or as CSV, one row per answer. Output
 * is in a fixed order (respondents as listed, questions in questionnaire order), so exporting the
 * same assessment twice gives the same bytes.
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
        try {
            return JsonFiles.mapper().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("A tree of plain values always serialises", e);
        }
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
            "questionnaire", "questionnaire_version", "respondent", "role", "respondent_label", "dimension", "question",
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
                    respondent == null ? "" : respondent.label(), question == null ? "" : question.dimension(),
                    answer.question(), question == null ? "" : question.text(), response, level, answer.note(),
                    answer.flagged() ? "yes" : "no"));
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
