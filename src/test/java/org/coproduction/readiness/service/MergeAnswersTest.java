package org.coproduction.readiness.service;

import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.json.Problem;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.scoring.Scorer;
import org.coproduction.readiness.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Personal files and merging, on real SQLite files: the coordinator's database ({@code here}) and
 * a second one ({@code there}) standing for another computer.
 */
class MergeAnswersTest {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());
    private static final Path RIVERSIDE_2025 = Path.of("seeds/riverside-2025.json");
    private static final Path RIVERSIDE_2023 = Path.of("seeds/riverside-2023.json");

    @TempDir
    Path folder;

    private Workspace here;
    private Workspace there;
    private long original;

    @BeforeEach
    void open() {
        here = Workspace.open(folder.resolve("here.db"), LIBRARY);
        there = Workspace.open(folder.resolve("there.db"), LIBRARY);
        original = ImportAssessments.run(here, List.of(RIVERSIDE_2025)).get(0);
    }

    @AfterEach
    void close() {
        here.close();
        there.close();
    }

    /** One personal file per respondent of the original, in its order. */
    private List<Path> split() {
        List<Path> files = new ArrayList<>();
        for (Respondent respondent : here.loadExisting(original).respondents()) {
            Path file = folder.resolve("personal-" + respondent.key() + ".json");
            PersonalFile.write(here, original, respondent.key(), file);
            files.add(file);
        }
        return files;
    }

    /** The original without anyone in it, stored in {@code workspace} with the uid given. */
    private long emptyCopy(Workspace workspace, String uid, AssessmentStatus status) {
        Assessment a = here.loadExisting(original);
        Organisation organisation = new Organisation(0, a.organisation().name(), a.organisation().registeredNumber(),
                a.organisation().area());
        return workspace.assessments().add(new Assessment(0, organisation, a.questionnaire(), a.title(), a.assessedOn(),
                status, a.context(), List.of(), List.of(), List.of(), uid, a.minGroupSize()));
    }

    private long emptyCopyThere() {
        return emptyCopy(there, here.loadExisting(original).uid(), AssessmentStatus.COMPLETE);
    }

    private Questionnaire bank() {
        return here.questionnaireOf(here.loadExisting(original).questionnaire());
    }

    /** Every respondent and answer row of a database, in a fixed order. */
    private static List<String> dump(Workspace workspace) {
        return workspace.database().run(c -> {
            List<String> rows = new ArrayList<>();
            for (String sql : List.of("SELECT * FROM respondent ORDER BY id",
                    "SELECT * FROM answer ORDER BY respondent_id, question_id")) {
                try (PreparedStatement select = c.prepareStatement(sql); ResultSet r = select.executeQuery()) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(r.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
            }
            return rows;
        });
    }

    private static String text(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    // personal files -----------------------------------------------------------------------------

    @Test
    void aPersonalFileHoldsOnlyThatRespondentAndKeepsTheAssessmentsDetails() throws Exception {
        Path file = folder.resolve("r5.json");
        PersonalFile.write(here, original, "r5", file);

        Assessment whole = here.loadExisting(original);
        Assessment personal = new org.coproduction.readiness.exchange.ExchangeReader(LIBRARY).read(file).assessment();
        assertThat(personal.respondents()).extracting(Respondent::key).containsExactly("r5");
        assertThat(personal.answers()).isNotEmpty().allMatch(a -> a.respondent().equals("r5"))
                .hasSize((int) whole.answers().stream().filter(a -> a.respondent().equals("r5")).count());
        assertThat(personal.uid()).isEqualTo(whole.uid()).isNotEmpty();
        assertThat(personal.questionnaire()).isEqualTo(whole.questionnaire());
        assertThat(personal.title()).isEqualTo(whole.title());
        assertThat(personal.assessedOn()).isEqualTo(whole.assessedOn());
        assertThat(personal.status()).isEqualTo(whole.status());
        assertThat(personal.context()).isEqualTo(whole.context());
        assertThat(personal.minGroupSize()).isEqualTo(whole.minGroupSize());
        assertThat(personal.actions()).isEmpty();
    }

    @Test
    void aPersonalFileForSomeoneNotThereIsRefusedAndNamesWhoIs() {
        assertThatThrownBy(() -> PersonalFile.write(here, original, "r99", folder.resolve("x.json")))
                .isInstanceOf(StoreException.class).hasMessageContaining("r99").hasMessageContaining("r1 (manager");
        assertThat(folder.resolve("x.json")).doesNotExist();
    }

    @Test
    void aNewPersonAnswersElsewhereAndTheirAnswersComeBack() throws Exception {
        Path blank = folder.resolve("new.json");
        Respondent sam = PersonalFile.writeForNew(here, original, Role.CARER, "Sam", blank);
        assertThat(sam).isEqualTo(new Respondent("r8", Role.CARER, "Sam"));
        assertThat(here.loadExisting(original).respondents()).hasSize(8);

        // On the other computer: import, answer two questions, export the personal file again.
        long away = ImportAssessments.run(there, List.of(blank)).get(0);
        List<String> questions = bank().questions().stream().filter(q -> q.askedOfPeople()).limit(2)
                .map(q -> q.id()).toList();
        there.assessments().saveAnswer(away, Answer.of("r8", questions.get(0), Response.level(3)));
        there.assessments().saveAnswer(away, Answer.of("r8", questions.get(1), Response.level(1)));
        Path back = folder.resolve("back.json");
        PersonalFile.write(there, away, "r8", back);

        MergeAnswers.Merged merged = MergeAnswers.run(here, original, List.of(back), false, false);

        MergeAnswers.Added added = merged.files().get(0).added().get(0);
        assertThat(added).isEqualTo(new MergeAnswers.Added("r8", "r8", Role.CARER, "Sam", 2, false, false));
        Assessment after = here.loadExisting(original);
        assertThat(after.respondents()).hasSize(8);
        assertThat(after.answers()).filteredOn(a -> a.respondent().equals("r8")).hasSize(2);
    }

    @Test
    void aNewPersonWhoseFileCannotBeWrittenIsNotLeftBehind() throws Exception {
        // A folder with something in it stands where the file should go.
        Path nowhere = Files.createDirectories(folder.resolve("taken.json"));
        Files.writeString(nowhere.resolve("inside.txt"), "x");
        assertThatThrownBy(() -> PersonalFile.writeForNew(here, original, Role.CARER, "Sam", nowhere))
                .isInstanceOf(StoreException.class);
        assertThat(here.loadExisting(original).respondents()).hasSize(7);
    }

    // merge --------------------------------------------------------------------------------------

    @Test
    void splittingIntoPersonalFilesAndMergingThemGivesTheSameFigures() {
        List<Path> files = split();
        long copy = emptyCopyThere();

        MergeAnswers.Merged merged = MergeAnswers.run(there, copy, files, false, false);

        Assessment before = here.loadExisting(original);
        Assessment after = there.loadExisting(copy);
        assertThat(after.respondents()).isEqualTo(before.respondents());
        assertThat(after.answers()).containsExactlyInAnyOrderElementsOf(before.answers());
        assertThat(Scorer.score(bank(), after.answers())).isEqualTo(Scorer.score(bank(), before.answers()));
        assertThat(Workspace.perspectives(bank(), after)).isEqualTo(Workspace.perspectives(bank(), before));
        assertThat(merged.files()).hasSize(7);
        assertThat(merged.files().get(0).added()).singleElement().satisfies(added -> {
            assertThat(added.key()).isEqualTo("r1");
            assertThat(added.newRespondent()).isTrue();
            assertThat(added.answers()).isEqualTo((int) before.answers().stream()
                    .filter(a -> a.respondent().equals("r1")).count());
        });
        // Riverside 2025 is complete: merging is allowed, with a warning.
        assertThat(merged.warnings()).singleElement().asString().contains("complete");
    }

    @Test
    void aSecondMergeOfTheSameFileIsRefusedAndChangesNothingUnlessReplacing() {
        List<Path> files = split();
        long copy = emptyCopyThere();
        MergeAnswers.run(there, copy, files, false, false);
        List<String> rows = dump(there);

        assertThatThrownBy(() -> MergeAnswers.run(there, copy, List.of(files.get(2)), false, false))
                .isInstanceOfSatisfying(MergeRefused.class, refused -> assertThat(refused.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo(files.get(2).toString());
                            assertThat(p.rule()).contains("r3").contains("already has answers").contains("--replace");
                        }));
        assertThat(dump(there)).isEqualTo(rows);

        MergeAnswers.Merged replaced = MergeAnswers.run(there, copy, List.of(files.get(2)), true, false);
        assertThat(replaced.files().get(0).added()).singleElement().satisfies(added -> {
            assertThat(added.replaced()).isTrue();
            assertThat(added.newRespondent()).isFalse();
        });
        Assessment after = there.loadExisting(copy);
        assertThat(after.respondents()).hasSize(7);
        assertThat(Scorer.score(bank(), after.answers())).isEqualTo(Scorer.score(bank(), here.loadExisting(original).answers()));
    }

    @Test
    void theSameFileTwiceInOneMergeIsRefused() {
        Path file = split().get(0);
        long copy = emptyCopyThere();
        List<String> rows = dump(there);
        assertThatThrownBy(() -> MergeAnswers.run(there, copy, List.of(file, file), false, false))
                .isInstanceOfSatisfying(MergeRefused.class, refused -> assertThat(refused.problems()).singleElement()
                        .extracting(Problem::rule).asString().contains("also in"));
        assertThat(dump(there)).isEqualTo(rows);
    }

    @Test
    void aFileForAnotherVersionIsRefusedNamingTheFileAndBothVersions() {
        long older = ImportAssessments.run(here, List.of(RIVERSIDE_2023)).get(0);
        Path file = folder.resolve("2023-r1.json");
        PersonalFile.write(here, older, "r1", file);
        long copy = emptyCopyThere();
        List<String> rows = dump(there);

        assertThatThrownBy(() -> MergeAnswers.run(there, copy, List.of(split().get(0), file), false, true))
                .isInstanceOfSatisfying(MergeRefused.class, refused -> assertThat(refused.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo(file.toString());
                            assertThat(p.rule()).contains("1.0.0").contains("2.0.0");
                        }));
        assertThat(dump(there)).isEqualTo(rows);
    }

    @Test
    void aDamagedFileIsRefusedWithFileAndPlace() throws Exception {
        Path good = split().get(0);
        Path damaged = folder.resolve("damaged.json");
        String content = text(good);
        Files.writeString(damaged, content.substring(0, content.length() / 2), StandardCharsets.UTF_8);
        long copy = emptyCopyThere();
        List<String> rows = dump(there);

        assertThatThrownBy(() -> MergeAnswers.run(there, copy, List.of(good, damaged), false, false))
                .isInstanceOfSatisfying(MergeRefused.class, refused -> assertThat(refused.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo(damaged.toString());
                            assertThat(p.place()).startsWith("line ");
                        }));
        assertThat(dump(there)).isEqualTo(rows);
    }

    @Test
    void aRespondentWithoutARoleIsRefused() throws Exception {
        Path good = split().get(0);
        Path roleless = folder.resolve("roleless.json");
        Files.writeString(roleless, text(good).replaceFirst("\"role\"\\s*:\\s*\"[^\"]*\",\\s*", ""), StandardCharsets.UTF_8);
        long copy = emptyCopyThere();

        assertThatThrownBy(() -> MergeAnswers.run(there, copy, List.of(roleless), false, false))
                .isInstanceOfSatisfying(MergeRefused.class, refused -> assertThat(refused.problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo(roleless.toString());
                            assertThat(p.place()).startsWith("$.respondents[0]");
                            assertThat(p.rule()).contains("role");
                        }));
        assertThat(there.loadExisting(copy).respondents()).isEmpty();
    }

    @Test
    void aFileOfAnotherAssessmentIsRefusedUnlessForced() {
        Path file = split().get(0);
        long other = emptyCopy(there, "", AssessmentStatus.DRAFT);

        assertThatThrownBy(() -> MergeAnswers.run(there, other, List.of(file), false, false))
                .isInstanceOfSatisfying(MergeRefused.class, refused -> assertThat(refused.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo(file.toString());
                            assertThat(p.rule()).contains("belongs to another assessment").contains("--force");
                        }));
        assertThat(there.loadExisting(other).respondents()).isEmpty();

        MergeAnswers.Merged merged = MergeAnswers.run(there, other, List.of(file), false, true);
        assertThat(merged.warnings()).isEmpty();
        assertThat(there.loadExisting(other).respondents()).extracting(Respondent::key).containsExactly("r1");
    }

    @Test
    void twoDifferentPeopleWithTheSameKeyAreRenumbered() throws Exception {
        List<Path> files = split();
        Path trusteeAsR1 = folder.resolve("trustee-as-r1.json");
        Files.writeString(trusteeAsR1, text(files.get(1)).replace("\"r2\"", "\"r1\""), StandardCharsets.UTF_8);
        long copy = emptyCopy(there, here.loadExisting(original).uid(), AssessmentStatus.DRAFT);

        MergeAnswers.Merged merged = MergeAnswers.run(there, copy, List.of(files.get(0), trusteeAsR1), false, false);

        assertThat(merged.files().get(1).added()).singleElement().satisfies(added -> {
            assertThat(added.key()).isEqualTo("r2");
            assertThat(added.keyInFile()).isEqualTo("r1");
        });
        assertThat(merged.files().get(1).warnings()).anyMatch(w -> w.contains("filed as r2"));
        Assessment after = there.loadExisting(copy);
        assertThat(after.respondents()).extracting(Respondent::key, Respondent::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("r1", Role.MANAGER),
                        org.assertj.core.groups.Tuple.tuple("r2", Role.TRUSTEE));
        Assessment before = here.loadExisting(original);
        assertThat(after.answers()).filteredOn(a -> a.respondent().equals("r2"))
                .containsExactlyInAnyOrderElementsOf(before.answers().stream().filter(a -> a.respondent().equals("r2")).toList());
        assertThat(merged.warnings()).isEmpty();
    }

    @Test
    void aKeyTakenBySomeoneElseInTheAssessmentGoesToTheNextFree() {
        Path carer = split().get(6);
        // The original's r7 is renamed, so the carer of the file is a different person there.
        here.assessments().updateRespondent(original, new Respondent("r7", Role.CARER, "Someone else"));

        MergeAnswers.Merged merged = MergeAnswers.run(here, original, List.of(carer), false, false);

        assertThat(merged.files().get(0).added()).singleElement().extracting(MergeAnswers.Added::key).isEqualTo("r8");
        assertThat(here.loadExisting(original).respondents()).hasSize(8);
    }
}
