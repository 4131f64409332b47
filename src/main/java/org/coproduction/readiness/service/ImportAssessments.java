package org.coproduction.readiness.service;

import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.json.Problem;
import org.coproduction.readiness.json.RefusedFileException;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores assessments from exchange files (docs/exchange-format.md, rule 9): every file is read and checked first,
 * collecting every problem of every file; then all are stored in one transaction, or none.
 */
public final class ImportAssessments {
    private ImportAssessments() {
    }

    /** Files that were all read without a problem, ready to be stored. */
    public record Checked(List<Assessment> assessments) {
        public Checked {
            assessments = List.copyOf(assessments);
        }

        /** Stores them all in one transaction; the new ids in the order of the files. */
        public List<Long> storeIn(Workspace workspace) {
            return workspace.assessments().addAll(assessments);
        }
    }

    /** Reads and checks every file without touching a database. */
    public static Checked check(QuestionnaireLibrary library, List<Path> files) throws ImportRefused {
        return check(library, files, Progress.NONE);
    }

    /** As {@link #check(QuestionnaireLibrary, List)}, saying which file is being read (a last step stores them). */
    public static Checked check(QuestionnaireLibrary library, List<Path> files, Progress progress) throws ImportRefused {
        ExchangeReader reader = new ExchangeReader(library);
        List<Assessment> assessments = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            progress.update(i, files.size() + 1, "Reading file " + (i + 1) + " of " + files.size() + ": "
                    + file.getFileName());
            try {
                assessments.add(reader.read(file).assessment());
            } catch (RefusedFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
        return new Checked(assessments);
    }

    /** Checks every file, then stores all of them or, when any is refused, none. */
    public static List<Long> run(Workspace workspace, List<Path> files) throws ImportRefused {
        return run(workspace, files, Progress.NONE);
    }

    /** As {@link #run(Workspace, List)}, telling how far it has got. */
    public static List<Long> run(Workspace workspace, List<Path> files, Progress progress) throws ImportRefused {
        Checked checked = check(workspace.library(), files, progress);
        progress.update(files.size(), files.size() + 1, "Saving " + files.size() + " assessment"
                + (files.size() == 1 ? "" : "s"));
        List<Long> ids = checked.storeIn(workspace);
        progress.update(files.size() + 1, files.size() + 1, "Done");
        return ids;
    }
}
