package org.coproduction.readiness.service;

import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.assessment.Side;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.store.StoreException;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A workshop session for one assessment (PRODUCT.md section 9): phones join as respondents and
 * answer their side's questions, each answer saved at once through the same store call the wizard
 * uses. Every piece of database work runs on the session's one database thread, so callers on many
 * threads (the HTTP server's) never touch the connection at the same time.
 *
 * <p>A refusal a phone can act on is a {@link Refused}; the session never gives anyone's answers back.
 */
public final class WorkshopSession implements AutoCloseable {
    /** The most phones (respondents) one session takes. */
    public static final int MAX_RESPONDENTS = 200;
    /** The longest label a phone may give itself. */
    public static final int MAX_LABEL = 80;
    /** The longest note with an answer. */
    public static final int MAX_NOTE = 2000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Workspace workspace;
    private final long assessmentId;
    private final Questionnaire bank;
    private final String code;
    private final ExecutorService database;
    private final Map<String, Phone> phones = new ConcurrentHashMap<>();

    /** One joined phone: its respondent key and the side it answers for. */
    private record Phone(String key, Side side) {
    }

    /** What a phone gets on joining: its secret token and its respondent key. */
    public record Joined(String token, String respondent) {
    }

    /** A question as a phone sees it, in its side's words. */
    public record PhoneQuestion(String id, String dimension, String text, List<String> levels,
                                boolean allowNotApplicable) {
    }

    /** A request refused, with a message in plain words for the person holding the phone. */
    public static final class Refused extends RuntimeException {
        /** Why: what was sent is wrong, the token is not known, or the session is full. */
        public enum Kind { INVALID, NOT_JOINED, FULL }

        private final Kind kind;

        public Refused(Kind kind, String message) {
            super(message);
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    private WorkshopSession(Workspace workspace, long assessmentId, Questionnaire bank, ExecutorService database) {
        this.workspace = workspace;
        this.assessmentId = assessmentId;
        this.bank = bank;
        this.database = database;
        this.code = randomWord(16);
    }

    /**
     * Opens a session for a draft assessment. From here on the workspace's database is used only on
     * the session's database thread, until {@link #close()}.
     */
    public static WorkshopSession open(Workspace workspace, long assessmentId) {
        ExecutorService database = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "workshop-database");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Questionnaire bank = call(database, () -> {
                Assessment assessment = workspace.loadExisting(assessmentId);
                if (assessment.status() == AssessmentStatus.COMPLETE) {
                    throw new StoreException(StoreException.Kind.REJECTED, "Assessment " + assessmentId
                            + " is finished; a workshop adds answers only to a draft. Start a new assessment for it.");
                }
                return workspace.questionnaireOf(assessment.questionnaire());
            });
            return new WorkshopSession(workspace, assessmentId, bank, database);
        } catch (RuntimeException e) {
            database.shutdownNow();
            throw e;
        }
    }

    /** The session's code: the secret part of its address, at least 96 random bits. */
    public String code() {
        return code;
    }

    public long assessmentId() {
        return assessmentId;
    }

    /** How many phones have joined. */
    public int joined() {
        return phones.size();
    }

    /**
     * Adds a respondent for a phone, with a role of the side it chose, and gives it a token.
     *
     * @param side  "organisation" or "people"
     * @param role  one of that side's roles ("staff", "service-user"…)
     * @param label optional, at most 80 characters
     */
    public Joined join(String side, String role, String label) {
        Side chosen = sideOf(side);
        Role chosenRole = roleOn(chosen, role);
        String cleanLabel = label == null ? "" : label.strip();
        if (cleanLabel.length() > MAX_LABEL) {
            throw new Refused(Refused.Kind.INVALID, "A name may be at most " + MAX_LABEL + " characters long.");
        }
        return call(database, () -> {
            // Checked and added on the one database thread, so the limit holds however many join at once.
            if (phones.size() >= MAX_RESPONDENTS) {
                throw new Refused(Refused.Kind.FULL, "This session is full: it takes at most " + MAX_RESPONDENTS
                        + " people. Ask the facilitator.");
            }
            String key = Respondents.addNext(workspace, assessmentId, chosenRole, cleanLabel);
            String token = randomWord(16);
            phones.put(token, new Phone(key, chosen));
            return new Joined(token, key);
        });
    }

    /** The questions of the phone's side, in that side's words, in the bank's order. */
    public List<PhoneQuestion> questions(String token) {
        Phone phone = phone(token);
        boolean people = phone.side() == Side.PEOPLE;
        return bank.questions().stream()
                .filter(q -> !people || q.askedOfPeople())
                .map(q -> {
                    Question.Wording words = q.wording(people);
                    return new PhoneQuestion(q.id(), q.dimension(), words.text(), words.levels(), q.allowNotApplicable());
                })
                .toList();
    }

    /**
     * Saves a phone's answer to a question, replacing its earlier answer to it. Give a level (0 to 4)
     * or a response word ("not-applicable", "dont-know"), not both.
     */
    public void answer(String token, String questionId, Integer level, String response, String note) {
        Phone phone = phone(token);
        Question question = bank.question(questionId == null ? "" : questionId)
                .filter(q -> phone.side() != Side.PEOPLE || q.askedOfPeople())
                .orElseThrow(() -> new Refused(Refused.Kind.INVALID, "There is no question \"" + questionId
                        + "\" for you to answer in this session."));
        Response chosen = responseOf(question, level, response);
        String cleanNote = note == null ? "" : note;
        if (cleanNote.length() > MAX_NOTE) {
            throw new Refused(Refused.Kind.INVALID, "A note may be at most " + MAX_NOTE + " characters long.");
        }
        Answer answer = new Answer(phone.key(), question.id(), Optional.of(chosen), cleanNote, false);
        call(database, () -> {
            workspace.assessments().saveAnswer(assessmentId, answer);
            return null;
        });
    }

    private static Response responseOf(Question question, Integer level, String response) {
        if ((level == null) == (response == null)) {
            throw new Refused(Refused.Kind.INVALID, "Give either a level from 0 to 4 or a response"
                    + " (\"not-applicable\" or \"dont-know\"), not both and not neither.");
        }
        if (level != null) {
            if (level < Response.LOWEST_LEVEL || level > Response.HIGHEST_LEVEL) {
                throw new Refused(Refused.Kind.INVALID, "A level runs from 0 to 4, not " + level + ".");
            }
            return Response.level(level);
        }
        Response.Kind kind;
        try {
            kind = Response.Kind.fromCode(response);
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == Response.Kind.DONT_KNOW) {
            return Response.dontKnow();
        }
        if (kind == Response.Kind.NOT_APPLICABLE) {
            if (!question.allowNotApplicable()) {
                throw new Refused(Refused.Kind.INVALID, "\"Not applicable\" is not an answer to this question;"
                        + " choose a level or \"don't know\".");
            }
            return Response.notApplicable();
        }
        throw new Refused(Refused.Kind.INVALID, "The response must be \"not-applicable\" or \"dont-know\".");
    }

    /** Whether a phone with this token has joined. */
    public boolean knows(String token) {
        return token != null && phones.containsKey(token);
    }

    private Phone phone(String token) {
        Phone phone = token == null ? null : phones.get(token);
        if (phone == null) {
            throw new Refused(Refused.Kind.NOT_JOINED, "This phone has not joined the session; open the address again.");
        }
        return phone;
    }

    private static Side sideOf(String side) {
        for (Side s : Side.values()) {
            if (s.code().equals(side)) {
                return s;
            }
        }
        throw new Refused(Refused.Kind.INVALID, "Choose a side: \"organisation\" or \"people\".");
    }

    private static Role roleOn(Side side, String role) {
        for (Role r : Role.values()) {
            if (r.code().equals(role) && r.side().filter(s -> s == side).isPresent()) {
                return r;
            }
        }
        List<String> roles = java.util.Arrays.stream(Role.values())
                .filter(r -> r.side().filter(s -> s == side).isPresent()).map(Role::code).toList();
        throw new Refused(Refused.Kind.INVALID, "On the " + side.code() + " side the role must be one of "
                + String.join(", ", roles) + ".");
    }

    private static String randomWord(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static <T> T call(ExecutorService executor, Callable<T> work) {
        Future<T> future = executor.submit(work);
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(false);
            throw new StoreException(StoreException.Kind.REJECTED, "The workshop is stopping; nothing was saved.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Finishes the database work under way and stops the database thread; the workspace stays open. */
    @Override
    public void close() {
        database.shutdown();
        try {
            if (!database.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                database.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            database.shutdownNow();
        }
    }
}
