package org.coproduction.readiness.service;

import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.json.Problem;
import org.coproduction.readiness.json.RefusedFileException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds the respondents and answers of personal (or whole) exchange files to a stored assessment
 * (docs/exchange-format.md, merging). Every file is read and checked first, every problem of
 * every file collected; then all of it is stored in one transaction, or, when anything is
 * refused, nothing.
 */
public final class MergeAnswers {
    private MergeAnswers() {
    }

    /**
     * One person whose answers were merged.
     *
     * @param key          the key they are filed under in the assessment
     * @param keyInFile    the key they had in the file (differs when renumbered)
     * @param answers      how many answers were stored for them
     * @param newRespondent false when they were already in the assessment (without answers, or replaced)
     * @param replaced     true when their earlier answers were deleted first
     */
    public record Added(String key, String keyInFile, Role role, String label, int answers, boolean newRespondent,
                        boolean replaced) {
        /** "r3 (carer, Sam)". */
        public String describe() {
            return key + " (" + PersonalFile.describe(new Respondent(key, role, label)) + ")";
        }
    }

    /** What one file brought: the people added and anything worth knowing. */
    public record FileMerged(Path file, List<Added> added, List<String> warnings) {
        public FileMerged {
            added = List.copyOf(added);
            warnings = List.copyOf(warnings);
        }
    }

    /** What the merge did, file by file, and warnings about the assessment as a whole. */
    public record Merged(long assessmentId, List<FileMerged> files, List<String> warnings) {
        public Merged {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Merges the files into assessment {@code intoId}, all or nothing.
     *
     * @param replace let a respondent who already has answers there have them replaced by the file's
     * @param force   let a file whose uid names another assessment be merged all the same
     * @throws MergeRefused naming each file and why, when anything is wrong; nothing is changed
     */
    public static Merged run(Workspace workspace, long intoId, List<Path> files, boolean replace, boolean force) {
        Assessment target = workspace.loadExisting(intoId);
        ExchangeReader reader = new ExchangeReader(workspace.library());
        List<Problem> problems = new ArrayList<>();

        Map<String, Respondent> inTarget = new HashMap<>();
        target.respondents().forEach(r -> inTarget.put(r.key(), r));
        Set<String> answered = new HashSet<>();
        target.answers().forEach(a -> answered.add(a.respondent()));
        Set<String> taken = new LinkedHashSet<>(inTarget.keySet());
        // Who this merge has already dealt with, by key in the assessment, and from which file.
        Map<String, Path> claimedBy = new HashMap<>();
        // The new people of this merge by key in their file, role and label: the same person twice is refused.
        Map<String, Respondent> newByIdentity = new HashMap<>();

        List<Respondent> newRespondents = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        Set<String> replaceKeys = new LinkedHashSet<>();
        List<FileMerged> results = new ArrayList<>();

        for (Path file : files) {
            String name = file.toString();
            Assessment read;
            try {
                read = reader.read(file).assessment();
            } catch (RefusedFileException e) {
                problems.addAll(e.problems());
                continue;
            }
            if (!read.questionnaire().equals(target.questionnaire())) {
                problems.add(new Problem(name, "$.questionnaire", "it answers the question bank \""
                        + read.questionnaire().id() + "\" version " + read.questionnaire().version() + ", but assessment "
                        + intoId + " uses \"" + target.questionnaire().id() + "\" version " + target.questionnaire().version()
                        + "; only answers to the same bank and version can be merged"));
                continue;
            }
            if (!read.uid().isEmpty() && !target.uid().isEmpty() && !read.uid().equalsIgnoreCase(target.uid()) && !force) {
                problems.add(new Problem(name, "$.assessment.uid", "this file belongs to another assessment (\""
                        + read.title() + "\" of " + read.assessedOn() + ", uid " + read.uid() + "), not to assessment "
                        + intoId + " (uid " + target.uid() + "). If you are sure its answers belong here, merge it again"
                        + " with --force"));
                continue;
            }
            List<Added> added = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            for (int i = 0; i < read.respondents().size(); i++) {
                Respondent person = read.respondents().get(i);
                String place = "$.respondents[" + i + "]";
                String label = person.label().strip();
                List<Answer> theirs = read.answers().stream()
                        .filter(a -> a.respondent().equals(person.key()) && !a.isEmpty()).toList();
                Respondent there = inTarget.get(person.key());
                boolean samePerson = there != null && there.role() == person.role() && there.label().strip().equals(label);
                String key;
                boolean isNew;
                boolean replacing = false;
                if (samePerson) {
                    if (claimedBy.containsKey(person.key())) {
                        problems.add(alsoIn(name, place, there, claimedBy.get(person.key())));
                        continue;
                    }
                    if (answered.contains(person.key())) {
                        if (!replace) {
                            problems.add(new Problem(name, place, person.key() + " (" + PersonalFile.describe(there)
                                    + ") already has answers in assessment " + intoId + "; to put this file's answers"
                                    + " in their place, merge again with --replace"));
                            continue;
                        }
                        replaceKeys.add(person.key());
                        replacing = true;
                    }
                    key = person.key();
                    isNew = false;
                } else {
                    String identity = person.key() + "\u0000" + person.role().code() + "\u0000" + label;
                    Respondent mergedBefore = newByIdentity.get(identity);
                    if (mergedBefore != null) {
                        problems.add(alsoIn(name, place, mergedBefore, claimedBy.get(mergedBefore.key())));
                        continue;
                    }
                    key = taken.contains(person.key()) ? Respondents.nextFree(taken) : person.key();
                    isNew = true;
                    Respondent newcomer = new Respondent(key, person.role(), label);
                    newRespondents.add(newcomer);
                    newByIdentity.put(identity, newcomer);
                    if (!key.equals(person.key())) {
                        warnings.add(person.key() + " (" + PersonalFile.describe(person) + ") is filed as " + key
                                + ", because " + person.key() + " is someone else in this assessment");
                    }
                }
                taken.add(key);
                claimedBy.put(key, file);
                theirs.forEach(a -> answers.add(new Answer(key, a.question(), a.response(), a.note(), a.flagged())));
                added.add(new Added(key, person.key(), person.role(), label, theirs.size(), isNew, replacing));
                if (theirs.isEmpty()) {
                    warnings.add(key + " (" + PersonalFile.describe(person) + ") has not answered anything yet");
                }
            }
            if (read.respondents().isEmpty()) {
                warnings.add("the file has no respondents, so nothing was added from it");
            }
            if (!read.actions().isEmpty()) {
                warnings.add("its " + read.actions().size() + " action" + (read.actions().size() == 1 ? " was" : "s were")
                        + " not merged (merge adds respondents and answers only; import the file to keep its actions)");
            }
            results.add(new FileMerged(file, added, warnings));
        }
        if (!problems.isEmpty()) {
            throw new MergeRefused(problems);
        }
        List<String> warnings = new ArrayList<>();
        if (target.status() == AssessmentStatus.COMPLETE) {
            warnings.add("Assessment " + intoId + " is already marked complete; its scores and report now include the"
                    + " merged answers.");
        }
        workspace.assessments().addRespondentsWithAnswers(intoId, newRespondents, answers, replaceKeys);
        return new Merged(intoId, results, warnings);
    }

    private static Problem alsoIn(String name, String place, Respondent person, Path other) {
        return new Problem(name, place, person.key() + " (" + PersonalFile.describe(person) + ") is also in " + other
                + "; each person's answers can be merged from one file only");
    }
}
