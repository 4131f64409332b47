package org.coproduction.readiness.service;

import org.coproduction.readiness.assessment.Side;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the facilitator sees of a session: progress per phone and the spread by side, held to the smallest group. */
class WorkshopSessionTest {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());

    @TempDir
    Path folder;

    private Workspace workspace;
    private ExecutorService databaseThread;
    private WorkshopSession session;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.db"), LIBRARY);
        long id = ImportAssessments.run(workspace, List.of(Path.of("seeds/riverside-2026-draft.json"))).get(0);
        // Lent a database thread, as the window lends its own.
        databaseThread = Executors.newSingleThreadExecutor();
        session = WorkshopSession.open(workspace, id, databaseThread);
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        // A lent thread goes on serving its owner after the session closes.
        assertThat(databaseThread.submit(() -> "still here").get()).isEqualTo("still here");
        databaseThread.shutdown();
        workspace.close();
    }

    @Test
    void progressCountsEachPhonesAnswersOfItsOwnSide() {
        String staff = session.join("organisation", "staff", "Ana").token();
        String carer = session.join("people", "carer", "").token();
        session.answer(staff, "ca-knowledge", 3, null, null);
        session.answer(staff, "ca-knowledge", 2, null, "Changed my mind");
        session.answer(staff, "oa-resources", null, "dont-know", null);
        session.answer(carer, "ca-knowledge", null, "dont-know", null);
        List<WorkshopSession.PhoneProgress> progress = session.progress();
        assertThat(progress).extracting(WorkshopSession.PhoneProgress::label).containsExactly("Ana", "");
        // Answering a question again replaces the answer: two questions answered, not three.
        assertThat(progress.get(0).answered()).isEqualTo(2);
        assertThat(progress.get(0).questions()).isEqualTo(session.questionsOf(Side.ORGANISATION).size());
        assertThat(progress.get(1).answered()).isEqualTo(1);
        assertThat(progress.get(1).questions()).isEqualTo(session.questionsOf(Side.PEOPLE).size())
                .isLessThan(progress.get(0).questions());
    }

    @Test
    void aSideBelowTheSmallestGroupShowsNoCounts() {
        assertThat(session.minGroupSize()).isEqualTo(3);
        List<String> staff = List.of(session.join("organisation", "staff", "").token(),
                session.join("organisation", "manager", "").token(), session.join("organisation", "volunteer", "").token());
        List<String> people = List.of(session.join("people", "carer", "").token(),
                session.join("people", "service-user", "").token());
        session.answer(staff.get(0), "ca-knowledge", 4, null, null);
        session.answer(staff.get(1), "ca-knowledge", 4, null, null);
        session.answer(staff.get(2), "ca-knowledge", 1, null, null);
        session.answer(people.get(0), "ca-knowledge", 0, null, null);
        session.answer(people.get(1), "ca-knowledge", null, "dont-know", null);

        WorkshopSession.SideSpread organisation = session.spread("ca-knowledge").get(0);
        assertThat(organisation.side()).isEqualTo(Side.ORGANISATION);
        assertThat(organisation.shown()).isTrue();
        assertThat(organisation.levels()).containsExactly(0, 1, 0, 0, 2);
        // Two people answered, one with a level: with k = 3 nothing of theirs is counted.
        WorkshopSession.SideSpread theirs = session.spread("ca-knowledge").get(1);
        assertThat(theirs.shown()).isFalse();
        assertThat(theirs.gaveALevel()).isEqualTo(1);
        assertThat(theirs.levels()).containsExactly(0, 0, 0, 0, 0);
        assertThat(theirs.dontKnow()).isZero();
    }

    @Test
    void theCodeIsTwentyLettersAPhoneTypesWithoutShift() {
        assertThat(session.code()).matches("[a-z2-7]{20}");
    }

    @Test
    void onceEndedTheSessionSavesNothingMore() {
        String staff = session.join("organisation", "staff", "").token();
        int answers = workspace.assessments().answers(session.assessmentId()).size();
        session.close();
        // The window closes its database right after ending a workshop: nothing a phone sends gets there.
        assertThatThrownBy(() -> session.answer(staff, "ca-knowledge", 3, null, null))
                .isInstanceOf(WorkshopSession.Refused.class).hasMessageContaining("ended")
                .extracting(e -> ((WorkshopSession.Refused) e).kind()).isEqualTo(WorkshopSession.Refused.Kind.NOT_JOINED);
        assertThatThrownBy(() -> session.join("people", "carer", ""))
                .isInstanceOf(WorkshopSession.Refused.class).hasMessageContaining("ended");
        assertThat(workspace.assessments().answers(session.assessmentId())).hasSize(answers);
        assertThat(session.progress()).hasSize(1);
    }
}
