package org.coproduction.readiness.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A question bank (docs/questionnaire-format.md): immutable, already validated, in the order of its file.
 */
public record Questionnaire(String id, String version, String title, String language, String description,
                            List<Band> bands, List<Dimension> dimensions, List<ContextQuestion> context,
                            List<Question> questions, List<Reference> references) {

    public Questionnaire {
        bands = List.copyOf(bands);
        dimensions = List.copyOf(dimensions);
        context = List.copyOf(context);
        questions = List.copyOf(questions);
        references = List.copyOf(references);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public Optional<Dimension> dimension(String dimensionId) {
        return dimensions.stream().filter(d -> d.id().equals(dimensionId)).findFirst();
    }

    public Optional<ContextQuestion> contextQuestion(String contextId) {
        return context.stream().filter(c -> c.id().equals(contextId)).findFirst();
    }

    public Optional<Reference> reference(String key) {
        return references.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** The questions of one dimension, in questionnaire order. */
    public List<Question> questionsOf(String dimensionId) {
        return questions.stream().filter(q -> q.dimension().equals(dimensionId)).toList();
    }

    /** Questions by id, in questionnaire order. */
    public Map<String, Question> questionsById() {
        Map<String, Question> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        return byId;
    }

    /** The label of the last band whose minimum the score reaches. */
    public String bandFor(double score) {
        String label = bands.get(0).label();
        for (Band band : bands) {
            if (band.min() <= score) {
                label = band.label();
            }
        }
        return label;
    }

    /** "id version", the way a person names one version of a bank. */
    public String displayName() {
        return id + " " + version;
    }
}
