package org.coproduction.readiness.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import org.coproduction.readiness.assessment.Action;
import org.coproduction.readiness.assessment.ActionLink;
import org.coproduction.readiness.assessment.ActionStatus;
import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.assessment.QuestionnaireRef;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.json.JsonFiles;
import org.coproduction.readiness.json.RefusedFileException;
import org.coproduction.readiness.json.TreeChecker;
import org.coproduction.readiness.questionnaire.ContextQuestion;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.coproduction.readiness.json.TreeChecker.path;

/**
 * Reads an exchange file (docs/exchange-format.md) and checks it against the question bank it names.
 * Every rule is checked before anything is stored, so an import is all or nothing. The optional
 * {@code "actions"} list (docs/exchange-format.md, rule 8) holds the actions raised from it; files without it
 * read as before.
 */
public final class ExchangeReader {
    private final QuestionnaireLibrary library;

    public ExchangeReader(QuestionnaireLibrary library) {
        this.library = library;
    }

    /** The assessment in the file, not yet stored, with the bank it answers. */
    public record Reading(Assessment assessment, Questionnaire questionnaire) {
        /**
         * The actions raised from the assessment, not yet stored: no organisation, no source. They
         * travel inside the assessment, so storing it stores them.
         */
        public List<Action> actions() {
            return assessment.actions();
        }
    }

    public Reading read(Path file) throws RefusedFileException {
        return check(file.toString(), JsonFiles.read(file));
    }

    Reading check(String name, JsonNode root) throws RefusedFileException {
        TreeChecker check = new TreeChecker(name);
        if (!check.requireObject(root, "$", "An assessment file")) {
            check.throwIfProblems();
        }
        checkFormat(check, root);
        check.throwIfProblems();

        Organisation organisation = organisation(check, root);
        Optional<Questionnaire> questionnaire = questionnaire(check, root);
        String title = "";
        LocalDate assessedOn = null;
        AssessmentStatus status = AssessmentStatus.DRAFT;
        String uid = "";
        int minGroupSize = Assessment.DEFAULT_MIN_GROUP_SIZE;
        JsonNode details = root.get("assessment");
        if (check.requireObject(details, "$.assessment", "\"assessment\"")) {
            title = check.requiredText(details, "$.assessment", "title").orElse("");
            assessedOn = date(check, details, "$.assessment", "assessedOn", true).orElse(null);
            status = status(check, details);
            uid = uid(check, details);
            minGroupSize = minGroupSize(check, details);
        }
        List<Respondent> respondents = respondents(check, root);
        if (questionnaire.isEmpty()) {
            check.throwIfProblems();
        }
        Questionnaire bank = questionnaire.orElseThrow();
        Map<String, String> context = context(check, root, bank);
        List<Answer> answers = answers(check, root, bank, respondents);
        List<Action> actions = actions(check, root, bank);
        check.throwIfProblems();
        Assessment assessment = new Assessment(0, organisation, new QuestionnaireRef(bank.id(), bank.version()), title,
                assessedOn, status, context, respondents, answers, actions, uid, minGroupSize);
        return new Reading(assessment, bank);
    }

    /** The assessment's uid, optional (files from before uids have none): a UUID when given. */
    private static String uid(TreeChecker check, JsonNode details) {
        Optional<String> uid = check.optionalText(details, "$.assessment", "uid");
        if (uid.isPresent() && !UUID_PATTERN.matcher(uid.get()).matches()) {
            check.problem("$.assessment.uid", "must be a UUID such as 3f2b8c1e-9a4d-4e7b-8c2a-1d5e6f7a8b9c, found \""
                    + uid.get() + "\"");
            return "";
        }
        return uid.orElse("").toLowerCase(java.util.Locale.ROOT);
    }

    /** The smallest group shown on its own (docs/scoring.md, perspectives P3): a whole number 1 to 10. */
    private static int minGroupSize(TreeChecker check, JsonNode details) {
        Optional<java.math.BigDecimal> size = check.number(details, "$.assessment", "minGroupSize", false);
        if (size.isEmpty()) {
            return Assessment.DEFAULT_MIN_GROUP_SIZE;
        }
        java.math.BigDecimal value = size.get();
        if (value.stripTrailingZeros().scale() > 0 || value.compareTo(java.math.BigDecimal.ONE) < 0
                || value.compareTo(java.math.BigDecimal.TEN) > 0) {
            check.problem("$.assessment.minGroupSize", "the smallest group must be a whole number from 1 to 10, found "
                    + value.toPlainString());
            return Assessment.DEFAULT_MIN_GROUP_SIZE;
        }
        return value.intValueExact();
    }

    private static final java.util.regex.Pattern UUID_PATTERN = java.util.regex.Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static void checkFormat(TreeChecker check, JsonNode root) {
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !format.asText().equals(ExchangeFormat.FORMAT)) {
            check.problem("$.format", "this is not a Co-production Readiness assessment file (\"format\" must be \""
                    + ExchangeFormat.FORMAT + "\")");
            return;
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isIntegralNumber()) {
            check.problem("$.formatVersion", "\"formatVersion\" must be the whole number " + ExchangeFormat.VERSION);
        } else if (version.asInt() != ExchangeFormat.VERSION || !version.canConvertToInt()) {
            check.problem("$.formatVersion", "this file is in format version " + version.asText() + "; this program reads"
                    + " version " + ExchangeFormat.VERSION + ". It may come from a newer version of the program.");
        }
    }

    private static Organisation organisation(TreeChecker check, JsonNode root) {
        JsonNode node = root.get("organisation");
        if (!check.requireObject(node, "$.organisation", "\"organisation\"")) {
            return new Organisation(0, "", "", "");
        }
        String name = check.requiredText(node, "$.organisation", "name").orElse("");
        String number = check.optionalText(node, "$.organisation", "registeredNumber").orElse("");
        String area = check.optionalText(node, "$.organisation", "area").orElse("");
        return new Organisation(0, name.strip(), number, area);
    }

    private Optional<Questionnaire> questionnaire(TreeChecker check, JsonNode root) {
        JsonNode node = root.get("questionnaire");
        if (!check.requireObject(node, "$.questionnaire", "\"questionnaire\"")) {
            return Optional.empty();
        }
        Optional<String> id = check.requiredText(node, "$.questionnaire", "id");
        Optional<String> version = check.requiredText(node, "$.questionnaire", "version");
        if (id.isEmpty() || version.isEmpty()) {
            return Optional.empty();
        }
        Optional<Questionnaire> found = library.find(id.get(), version.get());
        if (found.isEmpty()) {
            check.problem("$.questionnaire", "the question bank \"" + id.get() + "\" version " + version.get()
                    + " is not known to this program; add its file to the questionnaires folder first");
        }
        return found;
    }

    /** A date written year-month-day; empty when missing (noted if required) or not a real date (noted). */
    private static Optional<LocalDate> date(TreeChecker check, JsonNode parent, String place, String field,
                                            boolean required) {
        Optional<String> text = required ? check.requiredText(parent, place, field)
                : check.optionalText(parent, place, field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            check.problem(path(place, field), "must be a date written year-month-day, such as 2026-03-14; found \""
                    + text.get() + "\"");
            return Optional.empty();
        }
    }

    private static AssessmentStatus status(TreeChecker check, JsonNode details) {
        Optional<String> text = check.requiredText(details, "$.assessment", "status");
        if (text.isEmpty()) {
            return AssessmentStatus.DRAFT;
        }
        try {
            return AssessmentStatus.fromCode(text.get());
        } catch (IllegalArgumentException e) {
            check.problem("$.assessment.status", "must be \"draft\" or \"complete\", found \"" + text.get() + "\"");
            return AssessmentStatus.DRAFT;
        }
    }

    private static List<Respondent> respondents(TreeChecker check, JsonNode root) {
        List<Respondent> respondents = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        check.eachOf(root, "$", "respondents", true, (node, at) -> {
            if (!check.requireObject(node, at, "A respondent")) {
                return;
            }
            Optional<String> key = check.requiredText(node, at, "key");
            Optional<String> roleCode = check.requiredText(node, at, "role");
            String label = check.optionalText(node, at, "label").orElse("");
            if (key.isPresent() && !keys.add(key.get())) {
                check.problem(path(at, "key"), "the respondent key \"" + key.get() + "\" is listed twice");
            }
            Role role = null;
            if (roleCode.isPresent()) {
                try {
                    role = Role.fromCode(roleCode.get());
                } catch (IllegalArgumentException e) {
                    check.problem(path(at, "role"), "\"" + roleCode.get() + "\" is not a known role; use one of "
                            + Role.codes());
                }
            }
            if (key.isPresent() && role != null) {
                respondents.add(new Respondent(key.get(), role, label));
            }
        });
        return respondents;
    }

    private static Map<String, String> context(TreeChecker check, JsonNode root, Questionnaire bank) {
        Map<String, String> context = new LinkedHashMap<>();
        JsonNode node = root.get("context");
        if (node == null || node.isNull()) {
            return context;
        }
        if (!check.requireObject(node, "$.context", "\"context\"")) {
            return context;
        }
        node.fieldNames().forEachRemaining(id -> {
            String at = path("$.context", id);
            Optional<ContextQuestion> question = bank.contextQuestion(id);
            if (question.isEmpty()) {
                check.problem(at, "\"" + id + "\" is not a context question of " + bank.displayName());
                return;
            }
            check.requiredText(node, "$.context", id).ifPresent(value -> {
                if (!question.get().isFreeText() && !question.get().options().contains(value)) {
                    check.problem(at, "\"" + value + "\" is not one of the choices for this question: "
                            + String.join(", ", question.get().options()));
                } else {
                    context.put(id, value);
                }
            });
        });
        return context;
    }

    private static List<Answer> answers(TreeChecker check, JsonNode root, Questionnaire bank, List<Respondent> respondents) {
        List<Answer> answers = new ArrayList<>();
        Set<String> respondentKeys = new HashSet<>();
        respondents.forEach(r -> respondentKeys.add(r.key()));
        Map<String, Question> questions = bank.questionsById();
        Set<String> seen = new HashSet<>();
        check.eachOf(root, "$", "answers", true, (node, at) -> {
            if (!check.requireObject(node, at, "An answer")) {
                return;
            }
            Optional<String> respondent = check.requiredText(node, at, "respondent");
            Optional<String> questionId = check.requiredText(node, at, "question");
            String note = check.optionalText(node, at, "note").orElse("");
            boolean flagged = check.optionalBoolean(node, at, "flagged").orElse(false);
            if (respondent.isPresent() && !respondentKeys.contains(respondent.get())) {
                check.problem(path(at, "respondent"), "\"" + respondent.get() + "\" is not listed in \"respondents\"");
            }
            Question question = questionId.map(questions::get).orElse(null);
            if (questionId.isPresent() && question == null) {
                check.problem(path(at, "question"), "\"" + questionId.get() + "\" is not a question of "
                        + bank.displayName());
            }
            if (respondent.isPresent() && questionId.isPresent() && !seen.add(respondent.get() + "\u0000" + questionId.get())) {
                check.problem(at, "this is a second answer by \"" + respondent.get() + "\" to \"" + questionId.get()
                        + "\"; each person answers each question once");
            }
            Optional<Response> response = response(check, node, at, question);
            if (response.isEmpty() && note.isBlank() && !flagged && !node.has("level") && !node.has("response")) {
                check.problem(at, "the answer has no \"level\" or \"response\"");
            }
            if (respondent.isPresent() && questionId.isPresent()) {
                answers.add(new Answer(respondent.get(), questionId.get(), response, note, flagged));
            }
        });
        return answers;
    }

    /** The optional list of actions raised from the assessment, each checked against the bank. */
    private static List<Action> actions(TreeChecker check, JsonNode root, Questionnaire bank) {
        List<Action> actions = new ArrayList<>();
        check.eachOf(root, "$", "actions", false, (node, at) -> {
            if (!check.requireObject(node, at, "An action")) {
                return;
            }
            Optional<String> description = check.requiredText(node, at, "description");
            String owner = check.optionalText(node, at, "owner").orElse("");
            Optional<LocalDate> due = date(check, node, at, "due", false);
            Optional<ActionStatus> status = actionStatus(check, node, at);
            Optional<ActionLink> link = actionLink(check, node, at, bank);
            if (description.isPresent() && status.isPresent() && link.isPresent()) {
                actions.add(new Action(0, 0, bank.id(), description.get(), owner, due, status.get(), link.get(),
                        Optional.empty(), Instant.EPOCH, Instant.EPOCH));
            }
        });
        return actions;
    }

    private static Optional<ActionStatus> actionStatus(TreeChecker check, JsonNode node, String at) {
        Optional<String> code = check.requiredText(node, at, "status");
        if (code.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ActionStatus.fromCode(code.get()));
        } catch (IllegalArgumentException e) {
            check.problem(path(at, "status"), "\"" + code.get() + "\" is not a status of an action; use one of "
                    + ActionStatus.codes());
            return Optional.empty();
        }
    }

    /** Exactly one of "question" and "dimension", naming one of the bank's. */
    private static Optional<ActionLink> actionLink(TreeChecker check, JsonNode node, String at, Questionnaire bank) {
        boolean hasQuestion = node.hasNonNull("question");
        boolean hasDimension = node.hasNonNull("dimension");
        if (hasQuestion && hasDimension) {
            check.problem(at, "give either \"question\" or \"dimension\", not both: an action is about one question"
                    + " or one whole area");
            return Optional.empty();
        }
        if (!hasQuestion && !hasDimension) {
            check.problem(at, "the action has no \"question\" or \"dimension\"; say which question or area it is"
                    + " meant to improve");
            return Optional.empty();
        }
        if (hasQuestion) {
            Optional<String> id = check.requiredText(node, at, "question");
            if (id.isPresent() && bank.question(id.get()).isEmpty()) {
                check.problem(path(at, "question"), "\"" + id.get() + "\" is not a question of " + bank.displayName());
                return Optional.empty();
            }
            return id.map(ActionLink::question);
        }
        Optional<String> id = check.requiredText(node, at, "dimension");
        if (id.isPresent() && bank.dimension(id.get()).isEmpty()) {
            check.problem(path(at, "dimension"), "\"" + id.get() + "\" is not a dimension of " + bank.displayName());
            return Optional.empty();
        }
        return id.map(ActionLink::dimension);
    }

    private static Optional<Response> response(TreeChecker check, JsonNode node, String at, Question question) {
        boolean hasLevel = node.hasNonNull("level");
        boolean hasResponse = node.hasNonNull("response");
        if (hasLevel && hasResponse) {
            check.problem(at, "give either \"level\" or \"response\", not both");
            return Optional.empty();
        }
        if (hasLevel) {
            JsonNode level = node.get("level");
            BigDecimal value = level.isNumber() ? level.decimalValue() : null;
            if (!level.isIntegralNumber() || value == null || value.compareTo(BigDecimal.valueOf(Response.LOWEST_LEVEL)) < 0
                    || value.compareTo(BigDecimal.valueOf(Response.HIGHEST_LEVEL)) > 0) {
                check.problem(path(at, "level"), "a level must be a whole number from 0 to 4, found "
                        + (level.isTextual() ? "\"" + level.asText() + "\"" : level.toString()));
                return Optional.empty();
            }
            return Optional.of(Response.level(value.intValue()));
        }
        if (hasResponse) {
            JsonNode text = node.get("response");
            String code = text.isTextual() ? text.asText() : text.toString();
            if (!code.equals(Response.Kind.NOT_APPLICABLE.code()) && !code.equals(Response.Kind.DONT_KNOW.code())) {
                check.problem(path(at, "response"), "must be \"not-applicable\" or \"dont-know\", found " + code);
                return Optional.empty();
            }
            Response response = new Response(Response.Kind.fromCode(code), 0);
            if (response.kind() == Response.Kind.NOT_APPLICABLE && question != null && !question.allowNotApplicable()) {
                check.problem(path(at, "response"), "the question \"" + question.id() + "\" cannot be answered"
                        + " \"not applicable\"");
                return Optional.empty();
            }
            return Optional.of(response);
        }
        return Optional.empty();
    }
}
