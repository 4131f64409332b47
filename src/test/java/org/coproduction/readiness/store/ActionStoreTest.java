package org.coproduction.readiness.store;

import org.coproduction.readiness.assessment.Action;
import org.coproduction.readiness.assessment.ActionLink;
import org.coproduction.readiness.assessment.ActionSource;
import org.coproduction.readiness.assessment.ActionStatus;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.AssessmentSummary;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.assessment.QuestionnaireRef;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The action plan on a real SQLite file: its life cycle, its rules, and how it carries over. */
class ActionStoreTest {
    private static final List<String> TABLES = List.of("organisation", "assessment", "respondent", "answer",
            "context_answer", "action");

    @TempDir
    Path folder;

    private Path file;
    private Database database;
    private ActionStore actions;
    private AssessmentStore assessments;
    private OrganisationStore organisations;

    @BeforeEach
    void open() {
        file = folder.resolve("actions.db");
        database = Database.open(file);
        actions = new ActionStore(database);
        assessments = new AssessmentStore(database);
        organisations = new OrganisationStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private AssessmentSummary assessment(String organisation, String title, LocalDate date) {
        long id = assessments.add(new Assessment(0, new Organisation(0, organisation, "", ""),
                new QuestionnaireRef("small", "1.0.0"), title, date, AssessmentStatus.COMPLETE, Map.of(),
                List.of(new Respondent("r1", Role.MANAGER, "")), List.of()));
        return assessments.summary(id).orElseThrow();
    }

    private static Action raisedFrom(AssessmentSummary source, ActionLink link, String description) {
        return Action.of(source.organisation().id(), "small", link, description)
                .withSource(Optional.of(ActionSource.of(source)));
    }

    // Life cycle ---------------------------------------------------------------------------------

    @Test
    void anActionIsAddedPlannedThenMovesOnToInProgressAndDone() throws Exception {
        AssessmentSummary spring = assessment("Test Trust", "Spring review", LocalDate.of(2026, 3, 14));
        Instant before = Instant.now();

        Action added = actions.add(raisedFrom(spring, ActionLink.question("a1"), "  Ask two members to review the survey  ")
                .withOwner(" Sam ").withDue(Optional.of(LocalDate.of(2026, 5, 1))));

        assertThat(added.id()).isPositive();
        assertThat(added.isStored()).isTrue();
        assertThat(added.organisationId()).isEqualTo(spring.organisation().id());
        assertThat(added.questionnaireId()).isEqualTo("small");
        assertThat(added.description()).isEqualTo("Ask two members to review the survey");
        assertThat(added.owner()).isEqualTo("Sam");
        assertThat(added.due()).contains(LocalDate.of(2026, 5, 1));
        assertThat(added.status()).isEqualTo(ActionStatus.PLANNED);
        assertThat(added.isOpen()).isTrue();
        assertThat(added.link()).isEqualTo(ActionLink.question("a1"));
        assertThat(added.source()).contains(new ActionSource(spring.id(), "Spring review", LocalDate.of(2026, 3, 14)));
        assertThat(added.createdAt()).isAfterOrEqualTo(before).isEqualTo(added.updatedAt());
        assertThat(actions.find(added.id())).contains(added);

        Action started = actions.setStatus(added.id(), ActionStatus.IN_PROGRESS);
        assertThat(started.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(started.isOpen()).isTrue();
        assertThat(started.updatedAt()).isAfterOrEqualTo(added.updatedAt());
        assertThat(started.createdAt()).isEqualTo(added.createdAt());

        Action done = actions.update(started.withStatus(ActionStatus.DONE));
        assertThat(done.isOpen()).isFalse();
        // Committed at once: another connection sees it.
        assertThat(DatabaseTest.dump(file, "SELECT status, description, owner, due_on, question_id, dimension_id FROM action"))
                .containsExactly("done|Ask two members to review the survey|Sam|2026-05-01|a1|");
        assertThat(actions.openFor(spring.organisation().id())).isEmpty();
        assertThat(actions.listFor(spring.organisation().id())).containsExactly(done);
    }

    @Test
    void anActionCanBeDroppedAndIsNoLongerOpen() {
        AssessmentSummary spring = assessment("Test Trust", "Spring review", LocalDate.of(2026, 3, 14));
        Action action = actions.add(raisedFrom(spring, ActionLink.dimension("beta"), "Join the county forum"));

        Action dropped = actions.setStatus(action.id(), ActionStatus.DROPPED);

        assertThat(dropped.status()).isEqualTo(ActionStatus.DROPPED);
        assertThat(actions.openFor(spring.organisation().id())).isEmpty();
        assertThat(actions.openByDimension(spring.organisation().id())).isEmpty();
        assertThat(actions.listFor(spring.organisation().id())).containsExactly(dropped);
    }

    @Test
    void editingChangesDescriptionOwnerDueAndLinkButNotOrganisationOrSource() {
        AssessmentSummary spring = assessment("Test Trust", "Spring review", LocalDate.of(2026, 3, 14));
        Action action = actions.add(raisedFrom(spring, ActionLink.question("a1"), "First wording")
                .withOwner("Sam").withDue(Optional.of(LocalDate.of(2026, 5, 1))));

        Action edited = actions.update(action.withDescription("Second wording").withOwner("")
                .withDue(Optional.empty()).withLink("small", ActionLink.dimension("gamma"))
                .withSource(Optional.empty()));

        assertThat(edited.description()).isEqualTo("Second wording");
        assertThat(edited.owner()).isEmpty();
        assertThat(edited.due()).isEmpty();
        assertThat(edited.link()).isEqualTo(ActionLink.dimension("gamma"));
        assertThat(edited.link().questionId()).isEmpty();
        assertThat(edited.link().dimensionId()).contains("gamma");
        assertThat(edited.organisationId()).isEqualTo(action.organisationId());
        assertThat(edited.source()).isEqualTo(action.source());
        assertThat(actions.find(action.id())).contains(edited);
    }

    @Test
    void aDeletedActionIsGoneAndEditingItAfterwardsIsRefusedPlainly() throws Exception {
        AssessmentSummary spring = assessment("Test Trust", "Spring review", LocalDate.of(2026, 3, 14));
        Action kept = actions.add(raisedFrom(spring, ActionLink.question("a1"), "Kept"));
        Action gone = actions.add(raisedFrom(spring, ActionLink.question("a2"), "Gone"));

        actions.delete(gone.id());
        actions.delete(gone.id());

        assertThat(actions.find(gone.id())).isEmpty();
        assertThat(actions.listFor(spring.organisation().id())).containsExactly(kept);
        assertThatThrownBy(() -> actions.update(gone.withDescription("Back again")))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.REJECTED))
                .hasMessageContaining("no longer in the plan");
        assertThatThrownBy(() -> actions.setStatus(gone.id(), ActionStatus.DONE)).isInstanceOf(StoreException.class)
                .hasMessageContaining("no longer in the plan");
        assertThat(DatabaseTest.dump(file, "SELECT description FROM action")).containsExactly("Kept");
    }

    // Rules --------------------------------------------------------------------------------------

    @Test
    void anActionWithoutADescriptionIsRefusedAndNothingChanges() throws Exception {
        AssessmentSummary spring = assessment("Test Trust", "Spring review", LocalDate.of(2026, 3, 14));
        Action kept = actions.add(raisedFrom(spring, ActionLink.question("a1"), "Kept"));
        List<String> before = DatabaseTest.dump(file, TABLES);

        for (String blank : new String[] {"", "   ", "\n\t", null}) {
            assertThatThrownBy(() -> actions.add(raisedFrom(spring, ActionLink.question("a1"), blank)))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.REJECTED))
                    .hasMessage("An action needs a description.");
            assertThatThrownBy(() -> actions.update(kept.withDescription(blank)))
                    .hasMessage("An action needs a description.");
        }
        assertThat(DatabaseTest.dump(file, TABLES)).isEqualTo(before);
    }

    @Test
    void anActionNeedsALinkABankAndAStatus() throws Exception {
        AssessmentSummary spring = assessment("Test Trust", "Spring review", LocalDate.of(2026, 3, 14));
        Action valid = raisedFrom(spring, ActionLink.question("a1"), "Valid");
        List<String> before = DatabaseTest.dump(file, TABLES);

        assertThatThrownBy(() -> actions.add(valid.withLink("small", null))).isInstanceOf(StoreException.class)
                .hasMessageContaining("linked to a question or an area");
        assertThatThrownBy(() -> actions.add(valid.withLink(" ", ActionLink.question("a1"))))
                .isInstanceOf(StoreException.class).hasMessageContaining("question bank");
        assertThatThrownBy(() -> actions.add(valid.withStatus(null))).isInstanceOf(StoreException.class)
                .hasMessageContaining("needs a status");
        // A link names exactly one question or dimension by construction.
        assertThatThrownBy(() -> ActionLink.question(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ActionLink(null, "a1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(DatabaseTest.dump(file, TABLES)).isEqualTo(before);
    }

    @Test
    void theDatabaseItselfRefusesBothOrNeitherLinkAndUnknownStatuses() {
        AssessmentSummary spring = assessment("Test Trust", "Spring review", LocalDate.of(2026, 3, 14));
        long organisationId = spring.organisation().id();
        for (String values : List.of("'a1', 'alpha', 'planned'", "NULL, NULL, 'planned'", "'a1', NULL, 'finished'")) {
            assertThatThrownBy(() -> database.run(c -> c.createStatement().executeUpdate("INSERT INTO action"
                    + " (organisation_id, questionnaire_id, question_id, dimension_id, status, description) VALUES ("
                    + organisationId + ", 'small', " + values + ", 'x')")))
                    .as(values)
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.REJECTED));
        }
    }

    @Test
    void anActionOfAMissingOrganisationOrRaisedFromAnotherOrganisationsAssessmentIsRefused() throws Exception {
        AssessmentSummary ours = assessment("Our Trust", "Ours", LocalDate.of(2026, 3, 14));
        AssessmentSummary theirs = assessment("Their Trust", "Theirs", LocalDate.of(2026, 3, 14));
        List<String> before = DatabaseTest.dump(file, TABLES);

        assertThatThrownBy(() -> actions.add(Action.of(999, "small", ActionLink.question("a1"), "Lost")))
                .isInstanceOf(StoreException.class).hasMessageContaining("organisation of this action is not in the database");
        assertThatThrownBy(() -> actions.add(Action.of(ours.organisation().id(), "small", ActionLink.question("a1"), "Mixed")
                .withSource(Optional.of(ActionSource.of(theirs)))))
                .isInstanceOf(StoreException.class).hasMessageContaining("another organisation");
        assertThatThrownBy(() -> actions.add(Action.of(ours.organisation().id(), "small", ActionLink.question("a1"), "Ghost")
                .withSource(Optional.of(new ActionSource(999, "", LocalDate.of(2020, 1, 1))))))
                .isInstanceOf(StoreException.class).hasMessageContaining("raised from is not in the database");
        assertThat(DatabaseTest.dump(file, TABLES)).isEqualTo(before);
    }

    // Lists and carry-over -----------------------------------------------------------------------

    @Test
    void thePlanIsOrderedByDueDateWithUndatedActionsLastThenByWhenAdded() {
        AssessmentSummary spring = assessment("Test Trust", "Spring review", LocalDate.of(2026, 3, 14));
        Action undatedFirst = actions.add(raisedFrom(spring, ActionLink.question("a1"), "Undated, added first"));
        Action late = actions.add(raisedFrom(spring, ActionLink.question("a2"), "Late")
                .withDue(Optional.of(LocalDate.of(2026, 12, 1))));
        Action early = actions.add(raisedFrom(spring, ActionLink.dimension("beta"), "Early")
                .withDue(Optional.of(LocalDate.of(2026, 4, 1))));
        Action undatedSecond = actions.add(raisedFrom(spring, ActionLink.question("g1"), "Undated, added second"));
        Action sameDayAsLate = actions.add(raisedFrom(spring, ActionLink.question("g2"), "Same day as late")
                .withDue(Optional.of(LocalDate.of(2026, 12, 1))));

        assertThat(actions.listFor(spring.organisation().id()))
                .containsExactly(early, late, sameDayAsLate, undatedFirst, undatedSecond);
    }

    @Test
    void openActionsRaisedFromOneAssessmentAreShownByQuestionWhenTheNextIsFilled() {
        AssessmentSummary first = assessment("Test Trust", "2025 review", LocalDate.of(2025, 3, 1));
        Action planned = actions.add(raisedFrom(first, ActionLink.question("a1"), "Planned"));
        Action inProgress = actions.add(raisedFrom(first, ActionLink.question("a1"), "In progress")
                .withStatus(ActionStatus.IN_PROGRESS).withDue(Optional.of(LocalDate.of(2025, 9, 1))));
        actions.add(raisedFrom(first, ActionLink.question("a2"), "Done").withStatus(ActionStatus.DONE));
        actions.add(raisedFrom(first, ActionLink.question("b1"), "Dropped").withStatus(ActionStatus.DROPPED));
        Action aboutAnArea = actions.add(raisedFrom(first, ActionLink.dimension("gamma"), "About a whole area"));
        Action otherBank = actions.add(Action.of(first.organisation().id(), "other-bank", ActionLink.question("g1"),
                "About another bank"));
        // Another organisation's open action is never shown.
        AssessmentSummary elsewhere = assessment("Other Trust", "Theirs", LocalDate.of(2025, 3, 1));
        actions.add(raisedFrom(elsewhere, ActionLink.question("a1"), "Not ours"));

        // The next assessment of the same organisation starts.
        AssessmentSummary second = assessment("Test Trust", "2026 review", LocalDate.of(2026, 3, 1));
        assertThat(second.organisation().id()).isEqualTo(first.organisation().id());
        long organisationId = second.organisation().id();

        Map<String, List<Action>> byQuestion = actions.openByQuestion(organisationId);
        assertThat(byQuestion).containsOnlyKeys("a1", "g1");
        assertThat(byQuestion.get("a1")).containsExactly(inProgress, planned);
        assertThat(byQuestion.get("a1")).allSatisfy(a -> assertThat(a.source()).map(ActionSource::title).contains("2025 review"));
        assertThat(actions.openByQuestion(organisationId, "small")).containsOnlyKeys("a1");
        assertThat(actions.openByQuestion(organisationId, "other-bank")).containsExactly(Map.entry("g1", List.of(otherBank)));
        assertThat(actions.openByDimension(organisationId)).containsExactly(Map.entry("gamma", List.of(aboutAnArea)));
        assertThat(actions.openFor(organisationId)).containsExactly(inProgress, planned, aboutAnArea, otherBank);
        assertThat(actions.listFor(organisationId)).hasSize(6);
    }

    @Test
    void theOpenActionsByQuestionAreFoundThroughTheirIndex() {
        AssessmentSummary spring = assessment("Test Trust", "Spring review", LocalDate.of(2026, 3, 14));
        actions.add(raisedFrom(spring, ActionLink.question("a1"), "Indexed"));
        String plan = database.run(c -> {
            StringBuilder lines = new StringBuilder();
            // The very statement the store runs, not a hand-typed likeness of it.
            try (var explain = c.prepareStatement("EXPLAIN QUERY PLAN " + ActionStore.OPEN_ABOUT_QUESTIONS)) {
                explain.setLong(1, spring.organisation().id());
                try (var rows = explain.executeQuery()) {
                    while (rows.next()) {
                        lines.append(rows.getString("detail")).append('\n');
                    }
                }
            }
            return lines.toString();
        });
        assertThat(plan).contains("action_open_by_question");
    }

    // What happens to actions when what they belong to goes ---------------------------------------

    @Test
    void deletingTheOrganisationDeletesItsActions() throws Exception {
        AssessmentSummary gone = assessment("Gone Trust", "Spring review", LocalDate.of(2026, 3, 14));
        AssessmentSummary kept = assessment("Kept Trust", "Spring review", LocalDate.of(2026, 3, 14));
        actions.add(raisedFrom(gone, ActionLink.question("a1"), "Goes"));
        actions.add(Action.of(gone.organisation().id(), "small", ActionLink.dimension("alpha"), "Goes too"));
        Action stays = actions.add(raisedFrom(kept, ActionLink.question("a1"), "Stays"));

        organisations.delete(gone.organisation().id());

        assertThat(actions.listFor(gone.organisation().id())).isEmpty();
        assertThat(DatabaseTest.dump(file, "SELECT description FROM action")).containsExactly("Stays");
        assertThat(actions.listFor(kept.organisation().id())).containsExactly(stays);
    }

    @Test
    void deletingTheSourceAssessmentKeepsTheActionWithoutASource() throws Exception {
        AssessmentSummary first = assessment("Test Trust", "2025 review", LocalDate.of(2025, 3, 1));
        AssessmentSummary second = assessment("Test Trust", "2026 review", LocalDate.of(2026, 3, 1));
        Action fromFirst = actions.add(raisedFrom(first, ActionLink.question("a1"), "From the first"));
        Action fromSecond = actions.add(raisedFrom(second, ActionLink.question("a2"), "From the second"));

        assessments.delete(first.id());

        Action orphan = actions.find(fromFirst.id()).orElseThrow();
        assertThat(orphan.source()).isEmpty();
        assertThat(orphan.withSource(fromFirst.source())).isEqualTo(fromFirst);
        assertThat(actions.find(fromSecond.id())).contains(fromSecond);
        assertThat(actions.openByQuestion(first.organisation().id())).containsOnlyKeys("a1", "a2");
        assertThat(DatabaseTest.dump(file, "SELECT description, source_assessment_id IS NULL FROM action ORDER BY id"))
                .containsExactly("From the first|1", "From the second|0");
    }

    // Stored with an assessment --------------------------------------------------------------------

    @Test
    void anAssessmentIsStoredWithItsActionsRaisedFromItAndLoadedWithThem() {
        Organisation organisation = organisations.add(new Organisation(0, "Test Trust", "", ""));
        List<Action> fromFile = List.of(
                Action.of(0, "small", ActionLink.question("a1"), "First").withStatus(ActionStatus.DONE),
                Action.of(0, "small", ActionLink.dimension("beta"), "Second").withOwner("Jo")
                        .withDue(Optional.of(LocalDate.of(2026, 6, 30))));
        long id = assessments.add(new Assessment(0, new Organisation(0, "test trust", "", ""),
                new QuestionnaireRef("small", "1.0.0"), "Spring review", LocalDate.of(2026, 3, 14),
                AssessmentStatus.COMPLETE, Map.of(), List.of(new Respondent("r1", Role.MANAGER, "")), List.of(), fromFile));

        List<Action> stored = actions.listFor(organisation.id());
        assertThat(stored).extracting(Action::description).containsExactly("Second", "First");
        assertThat(stored).allSatisfy(a -> {
            assertThat(a.organisationId()).isEqualTo(organisation.id());
            assertThat(a.source()).map(ActionSource::assessmentId).contains(id);
        });
        assertThat(actions.raisedFrom(id)).extracting(Action::description).containsExactly("First", "Second");
        Assessment loaded = assessments.load(id).orElseThrow();
        assertThat(loaded.actions()).isEqualTo(actions.raisedFrom(id));
        assertThat(loaded.actions()).extracting(ActionStoreTest::unstored).containsExactlyElementsOf(fromFile);
    }

    /** The action as it was before it was stored: no id, organisation, source or timestamps. */
    private static Action unstored(Action a) {
        return new Action(0, 0, a.questionnaireId(), a.description(), a.owner(), a.due(), a.status(), a.link(),
                Optional.empty(), Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void anAssessmentWithABadActionIsNotStoredAtAll() throws Exception {
        assessment("Kept Trust", "Kept", LocalDate.of(2025, 1, 1));
        List<String> before = DatabaseTest.dump(file, TABLES);
        Assessment good = new Assessment(0, new Organisation(0, "New Trust", "", ""), new QuestionnaireRef("small", "1.0.0"),
                "Good", LocalDate.of(2026, 3, 14), AssessmentStatus.COMPLETE, Map.of(),
                List.of(new Respondent("r1", Role.MANAGER, "")), List.of(),
                List.of(Action.of(0, "small", ActionLink.question("a1"), "Fine")));
        Assessment broken = new Assessment(0, new Organisation(0, "Broken Trust", "", ""),
                new QuestionnaireRef("small", "1.0.0"), "Broken", LocalDate.of(2026, 3, 14), AssessmentStatus.COMPLETE,
                Map.of(), List.of(new Respondent("r1", Role.MANAGER, "")), List.of(),
                List.of(Action.of(0, "small", ActionLink.question("a1"), "Fine"),
                        Action.of(0, "small", ActionLink.question("a2"), " ")));

        assertThatThrownBy(() -> assessments.addAll(List.of(good, broken))).isInstanceOf(StoreException.class)
                .hasMessage("An action needs a description.");
        assertThat(DatabaseTest.dump(file, TABLES)).isEqualTo(before);
    }
}
