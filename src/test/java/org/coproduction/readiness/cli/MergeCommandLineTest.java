package org.coproduction.readiness.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code export ID --respondent …} and {@code merge FILE… --into ID}: two databases stand for the
 * coordinator's computer ({@code here}) and another one ({@code there}).
 */
class MergeCommandLineTest {
    private static final Path RIVERSIDE_2025 = Path.of("seeds/riverside-2025.json");

    @TempDir
    Path temp;

    private Path here;
    private Path there;
    private Map<String, String> environment;

    @BeforeEach
    void setUp() {
        here = temp.resolve("here.db");
        there = temp.resolve("there.db");
        environment = Cli.environment(temp.resolve("data"));
    }

    private Cli.Result run(Path database, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", database.toString()));
        all.addAll(List.of(args));
        return Cli.run(environment, all.toArray(String[]::new));
    }

    private static Cli.Result ok(Cli.Result result) {
        assertThat(result.exit()).as(result.toString()).isEqualTo(CommandLine.OK);
        assertThat(result.err()).as(result.toString()).isEmpty();
        return result;
    }

    private String importRiverside(Path database) {
        return ok(run(database, "import", RIVERSIDE_2025.toString())).out().strip();
    }

    @Test
    void mergeHelpShowsItsOptions() {
        Cli.Result result = ok(Cli.run(environment, "merge", "--help"));
        assertThat(result.out()).contains("merge FILE").contains("--into").contains("--replace").contains("--force");
        assertThat(ok(Cli.run(environment, "--help")).out()).containsPattern("(?m)^\\s+merge\\b");
        assertThat(ok(Cli.run(environment, "export", "--help")).out()).contains("--respondent").contains("--role")
                .contains("--label");
    }

    @Test
    void usageErrorsExitWithTwo() {
        String id = importRiverside(here);
        Path out = temp.resolve("p.json");
        for (String[] args : List.of(
                new String[]{"merge", RIVERSIDE_2025.toString()},
                new String[]{"merge", "--into", id},
                new String[]{"export", id, "--role", "carer", "--out", out.toString()},
                new String[]{"export", id, "--respondent", "new", "--out", out.toString()},
                new String[]{"export", id, "--respondent", "new", "--role", "wizard", "--out", out.toString()},
                new String[]{"export", id, "--respondent", "r1", "--role", "carer", "--out", out.toString()},
                new String[]{"export", id, "--respondent", "r1", "--format", "csv", "--out", out.toString()})) {
            Cli.Result result = run(here, args);
            assertThat(result.exit()).as(result.toString()).isEqualTo(CommandLine.USAGE);
            assertThat(result.err()).as(result.toString()).startsWith("Usage error:");
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void aPersonalFileForSomeoneNotThereExitsWithOne() {
        String id = importRiverside(here);
        Cli.Result result = run(here, "export", id, "--respondent", "r99", "--out", temp.resolve("p.json").toString());
        assertThat(result.exit()).isEqualTo(CommandLine.BAD_INPUT);
        assertThat(result.err()).contains("r99").contains("r1 (manager, Service manager)");
    }

    @Test
    void aPersonalFileGoesElsewhereAndIsMergedBackWithTheRulesSaid() throws Exception {
        String idHere = importRiverside(here);
        String idThere = importRiverside(there);
        Path staff = temp.resolve("r3.json");
        assertThat(ok(run(here, "export", idHere, "--respondent", "r3", "--out", staff.toString())).out())
                .isEqualTo("Wrote " + staff + " for r3 (staff, Living Well support worker)\n");
        Path sam = temp.resolve("sam.json");
        assertThat(ok(run(here, "export", idHere, "--respondent", "new", "--role", "carer", "--label", "Sam",
                "--out", sam.toString())).out())
                .isEqualTo("Added r8 (carer, Sam) to assessment " + idHere + " and wrote " + sam + "\n");
        List<String> before = Cli.dump(there);

        // Each import got its own uid: the file belongs to the other assessment.
        Cli.Result refused = run(there, "merge", staff.toString(), "--into", idThere);
        assertThat(refused.exit()).as(refused.toString()).isEqualTo(CommandLine.BAD_INPUT);
        assertThat(refused.err()).contains(staff.toString()).contains("belongs to another assessment")
                .contains("--force").contains("Nothing was merged.");
        // With --force, r3 still has answers there; with both files, both problems are told.
        refused = run(there, "merge", staff.toString(), sam.toString(), "--into", idThere, "--force");
        assertThat(refused.exit()).isEqualTo(CommandLine.BAD_INPUT);
        assertThat(refused.err()).contains(staff + ": $.respondents[0]: r3 (staff, Living Well support worker) already"
                + " has answers").contains("--replace");
        assertThat(Cli.dump(there)).isEqualTo(before);

        Cli.Result merged = ok(run(there, "merge", staff.toString(), sam.toString(), "--into", idThere, "--force",
                "--replace"));
        assertThat(merged.out()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(staff.toString())
                        + ": replaced the answers of r3 \\(staff, Living Well support worker\\) with \\d+ answers$")
                .contains(sam + ": added r8 (carer, Sam) with 0 answers\n")
                .contains(sam + ": warning: r8 (carer, Sam) has not answered anything yet\n")
                .contains("Warning: Assessment " + idThere + " is already marked complete");
    }

    @Test
    void aKeyInUseIsRenumberedAndSaidSo() throws Exception {
        String idHere = importRiverside(here);
        Path sam = temp.resolve("sam.json");
        ok(run(here, "export", idHere, "--respondent", "new", "--role", "carer", "--label", "Sam", "--out", sam.toString()));
        Path alex = temp.resolve("alex.json");
        ok(run(temp.resolve("other.db"), "import", RIVERSIDE_2025.toString()));
        ok(run(temp.resolve("other.db"), "export", "1", "--respondent", "new", "--role", "volunteer", "--label", "Alex",
                "--out", alex.toString()));
        String idThere = importRiverside(there);

        Cli.Result merged = ok(run(there, "merge", sam.toString(), alex.toString(), "--into", idThere, "--force"));

        assertThat(merged.out()).contains(sam + ": added r8 (carer, Sam) with 0 answers\n")
                .contains(alex + ": added r9 (volunteer, Alex) with 0 answers (r8 in the file)\n")
                .contains(alex + ": warning: r8 (volunteer, Alex) is filed as r9");
    }
}
