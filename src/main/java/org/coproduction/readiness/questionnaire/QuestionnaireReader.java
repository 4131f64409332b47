package org.coproduction.readiness.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import org.coproduction.readiness.json.JsonFiles;
import org.coproduction.readiness.json.RefusedFileException;
import org.coproduction.readiness.json.TreeChecker;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.coproduction.readiness.json.TreeChecker.path;

/**
 * Reads a question bank file and checks every rule of docs/questionnaire-format.md, reporting all
 * broken rules of a file at once with their JSON paths.
 */
public final class QuestionnaireReader {
    /** The band the program gives a dimension with too little evidence; a bank cannot define it. */
    public static final String INSUFFICIENT_EVIDENCE = "Insufficient evidence";

    private static final Pattern SEMANTIC_VERSION = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");
    /** Weights compare questions or dimensions; nothing needs to count a thousand times more. */
    private static final double MAX_WEIGHT = 1000;
    private static final int LEVEL_COUNT = Question.TOP_LEVEL + 1;

    private QuestionnaireReader() {
    }

    public static Questionnaire read(Path file) throws RefusedFileException {
        return check(file.toString(), JsonFiles.read(file));
    }

    public static Questionnaire read(String name, InputStream in) throws RefusedFileException, IOException {
        return check(name, JsonFiles.parse(name, in));
    }

    static Questionnaire check(String name, JsonNode root) throws RefusedFileException {
        TreeChecker check = new TreeChecker(name);
        if (!check.requireObject(root, "$", "A question bank")) {
            check.throwIfProblems();
        }
        return new Reading(check, root).build();
    }

    /** One pass over one file. */
    private static final class Reading {
        private final TreeChecker check;
        private final JsonNode root;
        private final Ids.Register referenceKeys = new Ids.Register("reference");
        private final Map<String, String> citedAt = new LinkedHashMap<>();

        Reading(TreeChecker check, JsonNode root) {
            this.check = check;
            this.root = root;
        }

        Questionnaire build() throws RefusedFileException {
            String id = id(root, "$", "id");
            String version = check.requiredText(root, "$", "version").orElse("");
            if (!version.isEmpty() && !SEMANTIC_VERSION.matcher(version).matches()) {
                check.problem("$.version", "must be a semantic version such as 1.0.0, found \"" + version + "\"");
            }
            String title = check.requiredText(root, "$", "title").orElse("");
            String language = check.requiredText(root, "$", "language").orElse("");
            String description = check.optionalText(root, "$", "description").orElse("");

            List<Reference> references = references();
            List<Band> bands = bands();
            List<Dimension> dimensions = dimensions(bands);
            List<Question> questions = questions(dimensions);
            List<ContextQuestion> context = context(questions);

            citedAt.forEach((key, place) -> {
                if (!referenceKeys.contains(key)) {
                    check.problem(place, "cites the reference \"" + key + "\", which is not in \"references\"");
                }
            });
            check.throwIfProblems();
            return new Questionnaire(id, version, title, language, description, bands, dimensions, context,
                    questions, references);
        }

        /** An id (docs/questionnaire-format.md, rule 2), checked by the one rule in {@link Ids}. */
        private String id(JsonNode node, String place, String field) {
            String id = check.requiredText(node, place, field).orElse("");
            if (!id.isEmpty()) {
                Ids.problem(id).ifPresent(problem -> check.problem(path(place, field), problem));
            }
            return id;
        }

        /** An id that must also differ from the others of its kind (docs/questionnaire-format.md, rule 3). */
        private String id(JsonNode node, String place, String field, Ids.Register register) {
            String id = id(node, place, field);
            if (!id.isEmpty()) {
                register.add(id, path(place, field)).ifPresent(problem -> check.problem(path(place, field), problem));
            }
            return id;
        }

        private List<Reference> references() {
            List<Reference> references = new ArrayList<>();
            check.eachOf(root, "$", "references", false, (node, at) -> {
                if (!check.requireObject(node, at, "A reference")) {
                    return;
                }
                String key = id(node, at, "key", referenceKeys);
                String citation = check.requiredText(node, at, "citation").orElse("");
                references.add(new Reference(key, citation));
            });
            return references;
        }

        private List<String> citations(JsonNode node, String place) {
            List<String> keys = check.texts(node, place, "references", false);
            for (int i = 0; i < keys.size(); i++) {
                citedAt.putIfAbsent(keys.get(i), path(path(place, "references"), i));
            }
            return keys;
        }

        private List<Band> bands() {
            List<Band> bands = new ArrayList<>();
            Set<String> labels = new HashSet<>();
            boolean listed = check.eachOf(root, "$", "bands", true, (node, at) -> {
                if (!check.requireObject(node, at, "A band")) {
                    return;
                }
                BigDecimal min = check.number(node, at, "min", true).orElse(null);
                String label = check.requiredText(node, at, "label").orElse("");
                String description = check.optionalText(node, at, "description").orElse("");
                if (label.equalsIgnoreCase(INSUFFICIENT_EVIDENCE)) {
                    check.problem(path(at, "label"), "\"" + INSUFFICIENT_EVIDENCE + "\" is kept for dimensions with"
                            + " too few answers; give this band another name");
                } else if (!label.isEmpty() && !labels.add(label)) {
                    check.problem(path(at, "label"), "the band label \"" + label + "\" is used twice");
                }
                if (min == null) {
                    return;
                }
                if (bands.isEmpty() && min.signum() != 0) {
                    check.problem(path(at, "min"), "the first band must start at 0, found " + min.toPlainString());
                } else if (min.compareTo(BigDecimal.ZERO) < 0 || min.compareTo(BigDecimal.valueOf(100)) > 0) {
                    check.problem(path(at, "min"), "must be between 0 and 100, found " + min.toPlainString());
                } else if (!bands.isEmpty() && min.doubleValue() <= bands.get(bands.size() - 1).min()) {
                    check.problem(path(at, "min"), "bands must be in ascending order of \"min\"; "
                            + min.toPlainString() + " does not come after the band before it");
                }
                bands.add(new Band(min.doubleValue(), label, description));
            });
            if (listed && bands.isEmpty() && !check.hasProblems()) {
                check.problem("$.bands", "at least one band is needed, starting at 0");
            }
            return bands;
        }

        private List<Dimension> dimensions(List<Band> bands) {
            List<Dimension> dimensions = new ArrayList<>();
            Ids.Register ids = new Ids.Register("dimension");
            Set<String> bandLabels = new HashSet<>();
            bands.forEach(b -> bandLabels.add(b.label()));
            check.eachOf(root, "$", "dimensions", true, (node, at) -> {
                if (!check.requireObject(node, at, "A dimension")) {
                    return;
                }
                String id = id(node, at, "id", ids);
                String title = check.requiredText(node, at, "title").orElse("");
                String kindCode = check.requiredText(node, at, "kind").orElse(null);
                DimensionKind kind = DimensionKind.CAPABILITY;
                if (kindCode != null) {
                    try {
                        kind = DimensionKind.fromCode(kindCode);
                    } catch (IllegalArgumentException e) {
                        check.problem(path(at, "kind"), "must be \"capability\" or \"barrier\", found \"" + kindCode + "\"");
                    }
                }
                double weight = weight(node, at, true);
                String summary = check.optionalText(node, at, "summary").orElse("");
                List<String> references = citations(node, at);
                Map<String, String> meanings = bandMeanings(node, at, bandLabels);
                dimensions.add(new Dimension(id, title, kind, weight, summary, references, meanings));
            });
            if (dimensions.isEmpty() && root.path("dimensions").isArray()) {
                check.problem("$.dimensions", "at least one dimension is needed");
            }
            return dimensions;
        }

        private Map<String, String> bandMeanings(JsonNode node, String at, Set<String> bandLabels) {
            Map<String, String> meanings = new LinkedHashMap<>();
            JsonNode field = node.get("bandMeanings");
            if (field == null || field.isNull()) {
                return meanings;
            }
            String place = path(at, "bandMeanings");
            if (!check.requireObject(field, place, "\"bandMeanings\"")) {
                return meanings;
            }
            field.fieldNames().forEachRemaining(label -> {
                if (!bandLabels.contains(label)) {
                    check.problem(path(place, label), "\"" + label + "\" is not the label of a band");
                }
                check.requiredText(field, place, label).ifPresent(text -> meanings.put(label, text));
            });
            for (String label : bandLabels) {
                if (!field.has(label)) {
                    check.problem(place, "says nothing for the band \"" + label + "\"; give every band a meaning or"
                            + " leave \"bandMeanings\" out");
                }
            }
            return meanings;
        }

        private double weight(JsonNode node, String at, boolean required) {
            BigDecimal weight = check.number(node, at, "weight", required).orElse(BigDecimal.ONE);
            double value = weight.doubleValue();
            // Checked after conversion too: 1e-400 would become 0 and 1e400 infinity.
            if (weight.signum() <= 0 || value <= 0 || value > MAX_WEIGHT) {
                check.problem(path(at, "weight"), "must be a number above 0 and at most " + (int) MAX_WEIGHT + ", found "
                        + weight.toString());
                return 1;
            }
            return value;
        }

        private List<Question> questions(List<Dimension> dimensions) {
            List<Question> questions = new ArrayList<>();
            Ids.Register ids = new Ids.Register("question");
            Set<String> dimensionIds = new HashSet<>();
            dimensions.forEach(d -> dimensionIds.add(d.id()));
            check.eachOf(root, "$", "questions", true, (node, at) -> {
                if (!check.requireObject(node, at, "A question")) {
                    return;
                }
                String id = id(node, at, "id", ids);
                String dimension = check.requiredText(node, at, "dimension").orElse("");
                if (!dimension.isEmpty() && !dimensionIds.contains(dimension)) {
                    check.problem(path(at, "dimension"), "\"" + dimension + "\" is not one of the dimensions listed"
                            + " in \"dimensions\"");
                }
                String text = check.requiredText(node, at, "text").orElse("");
                List<String> levels = levels(node, at);
                double weight = weight(node, at, false);
                boolean allowNotApplicable = check.optionalBoolean(node, at, "allowNotApplicable").orElse(false);
                String guidance = check.optionalText(node, at, "guidance").orElse("");
                List<String> actions = check.texts(node, at, "actions", false);
                List<String> references = citations(node, at);
                Question.Audience audience = audience(node, at);
                Optional<Question.Wording> people = people(node, at);
                List<List<String>> nextSteps = nextSteps(node, at);
                List<String> themes = check.texts(node, at, "themes", false);
                questions.add(new Question(id, dimension, text, levels, weight, allowNotApplicable, guidance,
                        actions, references, audience, people, nextSteps, themes));
            });
            for (int i = 0; i < dimensions.size(); i++) {
                String dimension = dimensions.get(i).id();
                if (!dimension.isEmpty() && questions.stream().noneMatch(q -> q.dimension().equals(dimension))) {
                    check.problem(path("$.dimensions", i), "the dimension \"" + dimension + "\" has no questions");
                }
            }
            return questions;
        }

        /** Who is asked: "everyone" (the default) or "organisation" only. */
        private Question.Audience audience(JsonNode node, String at) {
            Optional<String> word = check.optionalText(node, at, "audience");
            if (word.isEmpty()) {
                return Question.Audience.EVERYONE;
            }
            for (Question.Audience audience : Question.Audience.values()) {
                if (audience.code().equals(word.get())) {
                    return audience;
                }
            }
            check.problem(path(at, "audience"), "must be \"everyone\" or \"organisation\", found \"" + word.get() + "\"");
            return Question.Audience.EVERYONE;
        }

        /** The question in the words of a person who uses the service or a carer: a text and five levels. */
        private Optional<Question.Wording> people(JsonNode node, String at) {
            JsonNode people = node.get("people");
            if (people == null || people.isNull()) {
                return Optional.empty();
            }
            String place = path(at, "people");
            if (!check.requireObject(people, place, "The people wording")) {
                return Optional.empty();
            }
            Optional<String> text = check.requiredText(people, place, "text");
            List<String> levels = levels(people, place);
            return text.isPresent() && levels.size() == LEVEL_COUNT
                    ? Optional.of(new Question.Wording(text.get(), levels)) : Optional.empty();
        }

        /** What to do to move from each level to the next: none, or exactly four lists of texts. */
        private List<List<String>> nextSteps(JsonNode node, String at) {
            List<List<String>> steps = new ArrayList<>();
            check.eachOf(node, at, "nextSteps", false, (list, place) -> steps.add(check.textsIn(list, place)));
            JsonNode field = node.get("nextSteps");
            if (field != null && field.isArray() && field.size() != Question.TOP_LEVEL) {
                check.problem(path(at, "nextSteps"), "needs exactly " + Question.TOP_LEVEL + " lists, one for each"
                        + " move up (from level 0 to 1, 1 to 2, 2 to 3 and 3 to 4), found " + field.size());
            }
            return steps;
        }

        private List<String> levels(JsonNode node, String at) {
            String place = path(at, "levels");
            List<String> levels = check.texts(node, at, "levels", true);
            JsonNode field = node.get("levels");
            if (field != null && field.isArray() && field.size() != LEVEL_COUNT) {
                check.problem(place, "a question needs exactly " + LEVEL_COUNT + " level texts (level 0 to level "
                        + Question.TOP_LEVEL + "), found " + field.size());
            } else if (levels.size() == LEVEL_COUNT && new HashSet<>(levels).size() != LEVEL_COUNT) {
                check.problem(place, "two levels have the same text; each level must describe different practice");
            }
            return levels;
        }

        private List<ContextQuestion> context(List<Question> questions) {
            List<ContextQuestion> context = new ArrayList<>();
            Ids.Register ids = new Ids.Register("context question");
            Set<String> questionIds = new HashSet<>();
            questions.forEach(q -> questionIds.add(q.id()));
            check.eachOf(root, "$", "context", false, (node, at) -> {
                if (!check.requireObject(node, at, "A context question")) {
                    return;
                }
                String id = id(node, at, "id", ids);
                // Answers to both kinds are kept by question id, so the two must not meet.
                if (questionIds.contains(id)) {
                    check.problem(path(at, "id"), "the id \"" + id + "\" is already used by a scored question;"
                            + " a context question needs an id of its own");
                }
                String text = check.requiredText(node, at, "text").orElse("");
                List<String> options = check.texts(node, at, "options", false);
                if (node.has("options") && options.size() < 2 && node.get("options").isArray()) {
                    check.problem(path(at, "options"), "give at least two options, or leave \"options\" out for a"
                            + " free-text answer");
                } else if (new HashSet<>(options).size() != options.size()) {
                    check.problem(path(at, "options"), "an option is listed twice");
                }
                String kind = check.optionalText(node, at, "kind").orElse("");
                if (!kind.isEmpty() && !kind.equals(ContextQuestion.LADDER) && !kind.equals(ContextQuestion.LADDER_PEOPLE)) {
                    check.problem(path(at, "kind"), "the only known kinds are \"ladder\" and \"ladder-people\"; found \""
                            + kind + "\"");
                }
                if (!kind.isEmpty() && options.isEmpty()) {
                    check.problem(path(at, "options"), "the ladder question needs its rungs as options");
                }
                String help = check.optionalText(node, at, "help").orElse("");
                context.add(new ContextQuestion(id, text, options, kind, help));
            });
            if (context.stream().filter(ContextQuestion::isLadder).count() > 1) {
                check.problem("$.context", "only one context question can be the ladder");
            }
            if (context.stream().filter(ContextQuestion::isPeoplesLadder).count() > 1) {
                check.problem("$.context", "only one context question can be the people's placement on the ladder");
            }
            // The people place the organisation on the same ladder, so that the two can be set side by side.
            Optional<ContextQuestion> ladder = context.stream().filter(ContextQuestion::isLadder).findFirst();
            for (int i = 0; i < context.size(); i++) {
                ContextQuestion question = context.get(i);
                if (question.isPeoplesLadder() && (ladder.isEmpty() || !ladder.get().options().equals(question.options()))) {
                    check.problem(path(path("$.context", i), "options"), "the people's placement needs the same rungs,"
                            + " in the same order, as the ladder question");
                }
            }
            return context;
        }
    }
}
