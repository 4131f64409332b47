package org.coproduction.readiness.store;

import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.service.Workspace;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Not a test: the program {@link CrashChecker} starts and kills. It saves answers to one
 * assessment the way the wizard does (one {@code saveAnswer} per change, on a single database
 * thread) until it is killed, and reports each answer on stdout once {@code saveAnswer} has
 * returned, which is when the wizard shows "All changes saved".
 *
 * <p>Arguments: database file, assessment id, seed, and optionally {@code --claim-before-saving},
 * a deliberate bug (reporting an answer as saved when its save is only queued) that the checker
 * must catch.
 *
 * <p>Lines: {@code ready}; {@code saving <respondent>/<question> <answer>} before each save;
 * {@code saved <respondent>/<question> <answer>} after it, where the answer is
 * {@code <level> <flagged|-> <note-hash>}.
 */
public final class CrashChild {
    private static final String[] WORDS = {"trustees", "volunteers", "café", "co-chair", "lunch club", "ça va",
            "peer support", "£100", "forum", "naïve", "“quotes”", "✓", "budget", "training", "feedback"};

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long assessmentId = Long.parseLong(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        boolean claimBeforeSaving = args.length > 3 && args[3].equals("--claim-before-saving");
        // One thread owns the connection, as the window's database executor does.
        ExecutorService databaseThread = Executors.newSingleThreadExecutor();
        Workspace workspace = databaseThread.submit(() -> Workspace.open(file, QuestionnaireLibrary.load(List.of())))
                .get();
        Assessment assessment = databaseThread.submit(() -> workspace.load(assessmentId).orElseThrow()).get();
        List<Question> questions = workspace.questionnaireOf(assessment.questionnaire()).questions();
        List<String[]> keys = new ArrayList<>();
        for (Respondent respondent : assessment.respondents()) {
            for (Question question : questions) {
                keys.add(new String[] {respondent.key(), question.id()});
            }
        }
        report("ready");
        // Questions in turn, as a person goes through the wizard, from a random place.
        int start = random.nextInt(keys.size());
        Future<?> previousSave = CompletableFuture.completedFuture(null);
        for (long n = 0; ; n++) {
            String[] key = keys.get((int) ((start + n) % keys.size()));
            Answer answer = new Answer(key[0], key[1], Optional.of(Response.level(random.nextInt(5))),
                    note(random, n), random.nextBoolean());
            String line = key[0] + "/" + key[1] + " " + describe(answer);
            report("saving " + line);
            if (claimBeforeSaving) {
                // The bug: "saved" when the save is only queued (as a screen might say when it hands
                // the save to its database thread), one save behind.
                report("saved " + line);
                previousSave.get();
                previousSave = databaseThread.submit(() -> workspace.assessments().saveAnswer(assessmentId, answer));
            } else {
                databaseThread.submit(() -> workspace.assessments().saveAnswer(assessmentId, answer)).get();
                report("saved " + line);
            }
        }
    }

    /**
     * A note unique to this save (so that no two saves look alike), of varied length: empty-ish,
     * a sentence, or a long page of text that spans several database pages.
     */
    private static String note(Random random, long n) {
        int words = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1, 2 -> 1 + random.nextInt(30);
            default -> 200 + random.nextInt(800);
        };
        StringBuilder note = new StringBuilder("Note ").append(random.nextLong()).append(" #").append(n);
        for (int i = 0; i < words; i++) {
            note.append(i % 12 == 11 ? "\n" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return note.toString();
    }

    /** How an answer is written in the lines and compared: level, flag and a hash of the note. */
    static String describe(Answer answer) {
        String response = answer.response().map(r -> r.isLevel() ? String.valueOf(r.level()) : r.kind().code())
                .orElse("none");
        return response + " " + (answer.flagged() ? "flagged" : "-") + " " + hash(answer.note());
    }

    static String hash(String note) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(note.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final FileOutputStream STDOUT = new FileOutputStream(FileDescriptor.out);

    /**
     * One write(2) per line, unbuffered: a short write to a pipe is atomic, so the parent sees a
     * line whole or not at all, and a line it sees was written before the kill.
     */
    private static void report(String line) throws IOException {
        STDOUT.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
