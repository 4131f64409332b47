package org.coproduction.readiness.ui;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.coproduction.readiness.scoring.Perspectives;
import org.coproduction.readiness.service.Workspace;
import org.coproduction.readiness.assessment.Action;
import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.questionnaire.ContextQuestion;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The state of the wizard for one respondent of one assessment: its steps, where the user is,
 * the answers given, and whether they are saved. Every change is saved at once on the database
 * thread; a change that could not be saved is kept and tried again.
 */
public final class WizardViewModel {
    /** The kinds of step, in the order they come. */
    public enum StepKind { INTRODUCTION, CONTEXT, DIMENSION, REVIEW }

    /** One step of the wizard; {@code dimension} is set for dimension steps only. */
    public record Step(String id, String title, StepKind kind, Dimension dimension) {
    }

    /** What still needs attention in one dimension, for the review step. */
    public record Gaps(Dimension dimension, List<Question> unanswered, List<Question> flagged, List<Question> dontKnow) {
        public boolean isEmpty() {
            return unanswered.isEmpty() && flagged.isEmpty() && dontKnow.isEmpty();
        }
    }

    private final Workspace workspace;
    private final Background background;
    private final Questionnaire questionnaire;
    private final long assessmentId;
    private final String title;
    private final String organisationName;
    private final ObjectProperty<Respondent> respondent;
    /** Everyone who answers this assessment; the wizard shows one person's answers at a time. */
    private final List<Respondent> respondents;
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final IntegerProperty currentIndex = new SimpleIntegerProperty(0);
    private final ObservableMap<String, Answer> answers = FXCollections.observableHashMap();
    private final ObservableMap<String, String> context = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper("");
    private final ObjectProperty<String> saveProblem = new SimpleObjectProperty<>(null);
    private final Map<String, Runnable> unsaved = new LinkedHashMap<>();
    private int saving;
    private int minGroupSize;

    /** Open actions of the organisation's plan, by the question they are about: shown beside it. */
    private final Map<String, List<Action>> openActions;

    public WizardViewModel(Workspace workspace, Background background, Assessment assessment, String respondentKey,
                           String savedStep, Map<String, List<Action>> openActions) {
        this.openActions = Map.copyOf(openActions);
        this.workspace = workspace;
        this.background = background;
        this.questionnaire = workspace.questionnaireOf(assessment.questionnaire());
        this.assessmentId = assessment.id();
        this.title = assessment.title();
        this.minGroupSize = assessment.minGroupSize();
        this.organisationName = assessment.organisation().name();
        this.respondents = List.copyOf(assessment.respondents());
        this.respondent = new SimpleObjectProperty<>(assessment.respondents().stream()
                .filter(r -> r.key().equals(respondentKey)).findFirst().orElseThrow());
        assessment.answers().stream().filter(a -> a.respondent().equals(respondentKey))
                .forEach(a -> answers.put(a.question(), a));
        context.putAll(assessment.context());

        steps.add(new Step("introduction", "Introduction", StepKind.INTRODUCTION, null));
        steps.add(new Step("context", "Your organisation", StepKind.CONTEXT, null));
        for (Dimension dimension : questionnaire.dimensions()) {
            steps.add(new Step("dimension:" + dimension.id(), dimension.title(), StepKind.DIMENSION, dimension));
        }
        steps.add(new Step("review", "Review and finish", StepKind.REVIEW, null));
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(savedStep)) {
                currentIndex.set(i);
            }
        }
    }

    public List<Action> openActions(String questionId) {
        return openActions.getOrDefault(questionId, List.of());
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public long assessmentId() {
        return assessmentId;
    }

    public String title() {
        return title;
    }

    public String organisationName() {
        return organisationName;
    }

    public ObservableList<Step> steps() {
        return steps;
    }

    public IntegerProperty currentIndexProperty() {
        return currentIndex;
    }

    public Step currentStep() {
        return steps.get(currentIndex.get());
    }

    public ObservableMap<String, Answer> answers() {
        return answers;
    }

    public ObservableMap<String, String> context() {
        return context;
    }

    public List<Respondent> respondents() {
        return respondents;
    }

    public ObjectProperty<Respondent> respondentProperty() {
        return respondent;
    }

    /** "Saving…", "All changes saved" or empty before the first change. */
    public ReadOnlyStringProperty saveStatusProperty() {
        return saveStatus.getReadOnlyProperty();
    }

    /** Why the last save failed, or null while all is well. */
    public ObjectProperty<String> saveProblemProperty() {
        return saveProblem;
    }

    // Moving between steps -----------------------------------------------------------------------

    /** The assessment's smallest group shown on its own (docs/scoring.md, perspectives P3). */
    public int minGroupSize() {
        return minGroupSize;
    }

    /** Changes the smallest group, saved at once like an answer. */
    public void setMinGroupSize(int size) {
        if (size == minGroupSize || size < Perspectives.SMALLEST_MIN_GROUP_SIZE || size > Perspectives.LARGEST_MIN_GROUP_SIZE) {
            return;
        }
        minGroupSize = size;
        save("min-group-size", () -> workspace.assessments().setMinGroupSize(assessmentId, size));
    }

    /** Goes to a step and remembers it, so that a draft reopens where it was left. */
    public void goTo(int index) {
        if (index < 0 || index >= steps.size()) {
            return;
        }
        currentIndex.set(index);
        String stepId = steps.get(index).id();
        save("step", () -> workspace.assessments().setCurrentStep(assessmentId, stepId));
    }

    public void next() {
        goTo(currentIndex.get() + 1);
    }

    public void back() {
        goTo(currentIndex.get() - 1);
    }

    public void goToQuestion(String questionId) {
        Question question = questionnaire.question(questionId).orElseThrow();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).dimension() != null && steps.get(i).dimension().id().equals(question.dimension())) {
                goTo(i);
                return;
            }
        }
    }

    // Answers --------------------------------------------------------------------------------------

    public Optional<Answer> answer(String questionId) {
        return Optional.ofNullable(answers.get(questionId));
    }

    private Answer current(String questionId) {
        return answers.getOrDefault(questionId, new Answer(respondent.get().key(), questionId, Optional.empty(), "", false));
    }

    public void choose(String questionId, Optional<Response> response) {
        update(current(questionId).withResponse(response));
    }

    public void writeNote(String questionId, String note) {
        if (!current(questionId).note().equals(note)) {
            update(current(questionId).withNote(note));
        }
    }

    public void flag(String questionId, boolean flagged) {
        if (current(questionId).flagged() != flagged) {
            update(current(questionId).withFlag(flagged));
        }
    }

    private void update(Answer answer) {
        if (answer.isEmpty()) {
            answers.remove(answer.question());
        } else {
            answers.put(answer.question(), answer);
        }
        save("answer:" + answer.question(), () -> workspace.assessments().saveAnswer(assessmentId, answer));
    }

    public void answerContext(String contextId, String value) {
        String clean = value == null ? "" : value.strip();
        if (clean.equals(context.getOrDefault(contextId, ""))) {
            return;
        }
        if (clean.isEmpty()) {
            context.remove(contextId);
        } else {
            context.put(contextId, clean);
        }
        save("context:" + contextId, () -> workspace.assessments().saveContext(assessmentId, contextId, clean));
    }

    public void describeRespondent(Respondent changed) {
        if (changed.equals(respondent.get())) {
            return;
        }
        respondent.set(changed);
        save("respondent", () -> workspace.assessments().updateRespondent(assessmentId, changed));
    }

    // Saving ---------------------------------------------------------------------------------------

    /**
     * Saves on the database thread. A later change to the same thing replaces an unsaved earlier
     * one, so retrying sends only the newest of each.
     */
    private void save(String what, Runnable work) {
        unsaved.put(what, work);
        saving++;
        saveStatus.set("Saving…");
        background.run(work, () -> {
            if (unsaved.get(what) == work) {
                unsaved.remove(what);
            }
            saved();
        }, failure -> {
            saving--;
            saveProblem.set(UserMessages.of(failure));
            saveStatus.set("Not saved");
        });
    }

    private void saved() {
        saving--;
        if (saving == 0 && unsaved.isEmpty()) {
            saveProblem.set(null);
            saveStatus.set("All changes saved");
        }
    }

    /** Tries again to save every change that failed. */
    public void retrySaving() {
        List<Map.Entry<String, Runnable>> pending = new ArrayList<>(unsaved.entrySet());
        saveProblem.set(null);
        for (Map.Entry<String, Runnable> entry : pending) {
            save(entry.getKey(), entry.getValue());
        }
    }

    // Progress and review --------------------------------------------------------------------------

    /** How complete a step is, 0 to 1; empty for steps with nothing to answer. */
    /**
     * The questions of a dimension that the person answering is asked: people who use the service
     * and carers are not asked what only the organisation can know.
     */
    public List<Question> questionsOf(Dimension dimension) {
        boolean people = respondent.get().role().answersAsPeople();
        return questionnaire.questionsOf(dimension.id()).stream().filter(q -> !people || q.askedOfPeople()).toList();
    }

    /** A question in the words of the person answering (the people's words for a service user or carer). */
    public Question.Wording wording(Question question) {
        return question.wording(respondent.get().role().answersAsPeople());
    }

    public Optional<Double> completion(Step step) {
        switch (step.kind()) {
            case CONTEXT -> {
                List<ContextQuestion> questions = questionnaire.context();
                long answered = questions.stream().filter(q -> context.containsKey(q.id())).count();
                return Optional.of(questions.isEmpty() ? 1.0 : (double) answered / questions.size());
            }
            case DIMENSION -> {
                List<Question> questions = questionsOf(step.dimension());
                long answered = questions.stream().filter(q -> hasResponse(q.id())).count();
                return Optional.of(questions.isEmpty() ? 1.0 : (double) answered / questions.size());
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    public boolean hasResponse(String questionId) {
        return answer(questionId).flatMap(Answer::response).isPresent();
    }

    /** For each dimension, what is unanswered, flagged or "don't know", in questionnaire order. */
    public List<Gaps> gaps() {
        List<Gaps> all = new ArrayList<>();
        for (Dimension dimension : questionnaire.dimensions()) {
            List<Question> unanswered = new ArrayList<>();
            List<Question> flagged = new ArrayList<>();
            List<Question> dontKnow = new ArrayList<>();
            for (Question question : questionsOf(dimension)) {
                Optional<Answer> answer = answer(question.id());
                if (answer.flatMap(Answer::response).isEmpty()) {
                    unanswered.add(question);
                } else if (answer.get().response().get().kind() == Response.Kind.DONT_KNOW) {
                    dontKnow.add(question);
                }
                if (answer.isPresent() && answer.get().flagged()) {
                    flagged.add(question);
                }
            }
            all.add(new Gaps(dimension, unanswered, flagged, dontKnow));
        }
        return all;
    }

    public int unansweredCount() {
        return gaps().stream().mapToInt(g -> g.unanswered().size()).sum();
    }

    /**
     * Marks the assessment complete, but only once every change is saved: each change not yet
     * reported saved (one that failed, or one still queued) is written again first, and when any
     * of them fails the assessment stays a draft and the failure is reported.
     */
    public void finish(Runnable then, Consumer<Throwable> onFailure) {
        Map<String, Runnable> pending = new LinkedHashMap<>(unsaved);
        background.run(() -> {
            pending.values().forEach(Runnable::run);
            workspace.assessments().finish(assessmentId);
        }, () -> {
            pending.forEach(unsaved::remove);
            saveProblem.set(null);
            saveStatus.set("All changes saved");
            then.run();
        }, failure -> {
            saveProblem.set(UserMessages.of(failure));
            saveStatus.set("Not saved");
            onFailure.accept(failure);
        });
    }
}
