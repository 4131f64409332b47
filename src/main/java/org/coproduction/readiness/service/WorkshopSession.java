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
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.CopyOnWriteArrayList;

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
    /** Letters and digits a phone's keyboard types without a shift key (RFC 4648 base 32, lower case). */
    private static final String CODE_LETTERS = "abcdefghijklmnopqrstuvwxyz234567";
    /** 20 letters of 5 bits each: 100 random bits, above the 96 the contract asks for. */
    static final int CODE_LENGTH = 20;

    private final Workspace workspace;
    private final long assessmentId;
    private final Questionnaire bank;
    private final int minGroupSize;
    private final String code;
    private final Executor database;
    /** The database thread this session made for itself and stops on close; null when it was lent one. */
    private final ExecutorService ownDatabase;
    private final Map<String, Phone> phones = new ConcurrentHashMap<>();
    /** Set when the workshop ends: from then on every phone is refused, before any database work. */
    private volatile boolean closed;
    /** The same phones in the order they joined, for the facilitator's list. */
    private final List<Phone> joinOrder = new CopyOnWriteArrayList<>();

    /**
     * One joined phone: its respondent, the side it answers for, and what it has answered so far.
     * The answers are kept here only for the facilitator's progress and spread, never sent to a phone.
     */
    private record Phone(String key, Side side, Role role, String label, Map<String, Response> answers) {
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

    /** A phone's progress as the facilitator sees it: who, on which side, how many answered of how many. */
    public record PhoneProgress(String respondent, String label, Role role, Side side, int answered, int questions) {
    }

    /**
     * The answers one side gave a question, counted, never per person: how many gave each level (0 to
     * 4), "don't know" and "not applicable". When fewer than the smallest group gave a level the
     * counts are withheld (all zero) and {@code shown} is false, so no one's answer can be picked out.
     */
    public record SideSpread(Side side, int gaveALevel, boolean shown, List<Integer> levels, int dontKnow,
                             int notApplicable) {
    }

    private WorkshopSession(Workspace workspace, long assessmentId, Questionnaire bank, int minGroupSize,
                            Executor database, ExecutorService ownDatabase) {
        this.workspace = workspace;
        this.assessmentId = assessmentId;
        this.bank = bank;
        this.minGroupSize = minGroupSize;
        this.database = database;
        this.ownDatabase = ownDatabase;
        this.code = randomCode();
    }

    /**
     * Opens a session for a draft assessment with a database thread of its own. From here on the
     * workspace's database is used only on that thread, until {@link #close()}.
     */
    public static WorkshopSession open(Workspace workspace, long assessmentId) {
        ExecutorService database = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "workshop-database");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return open(workspace, assessmentId, database, database);
        } catch (RuntimeException e) {
            database.shutdownNow();
            throw e;
        }
    }

    /**
     * Opens a session that does its database work on a thread it is lent: the window's one database
     * thread, so that the workshop and the window never use the connection at the same time. Call it
     * from any other thread: it waits for that thread to read the assessment.
     */
    public static WorkshopSession open(Workspace workspace, long assessmentId, Executor database) {
        return open(workspace, assessmentId, database, null);
    }

    private static WorkshopSession open(Workspace workspace, long assessmentId, Executor database,
                                        ExecutorService ownDatabase) {
        Assessment assessment = call(database, () -> workspace.loadExisting(assessmentId));
        return opened(workspace, assessment, call(database, () -> workspace.questionnaireOf(assessment.questionnaire())),
                database, ownDatabase);
    }

    /**
     * As {@link #open(Workspace, long, Executor)}, called on that database thread itself (from work
     * queued there, as the window does), so it reads the assessment at once instead of queueing.
     */
    public static WorkshopSession openHere(Workspace workspace, long assessmentId, Executor database) {
        Assessment assessment = workspace.loadExisting(assessmentId);
        return opened(workspace, assessment, workspace.questionnaireOf(assessment.questionnaire()), database, null);
    }

    private static WorkshopSession opened(Workspace workspace, Assessment assessment, Questionnaire bank,
                                          Executor database, ExecutorService ownDatabase) {
        if (assessment.status() == AssessmentStatus.COMPLETE) {
            throw new StoreException(StoreException.Kind.REJECTED, "Assessment " + assessment.id()
                    + " is finished; a workshop adds answers only to a draft. Start a new assessment for it.");
        }
        return new WorkshopSession(workspace, assessment.id(), bank, assessment.minGroupSize(), database, ownDatabase);
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
            refuseOnceClosed();
            // Checked and added on the one database thread, so the limit holds however many join at once.
            if (phones.size() >= MAX_RESPONDENTS) {
                throw new Refused(Refused.Kind.FULL, "This session is full: it takes at most " + MAX_RESPONDENTS
                        + " people. Ask the facilitator.");
            }
            String key = Respondents.addNext(workspace, assessmentId, chosenRole, cleanLabel);
            String token = randomWord(16);
            Phone phone = new Phone(key, chosen, chosenRole, cleanLabel, new ConcurrentHashMap<>());
            phones.put(token, phone);
            joinOrder.add(phone);
            return new Joined(token, key);
        });
    }

    /** The questions of the phone's side, in that side's words, in the bank's order. */
    public List<PhoneQuestion> questions(String token) {
        return questionsOf(phone(token).side());
    }

    /** The questions asked of one side, in that side's words, in the bank's order. */
    public List<PhoneQuestion> questionsOf(Side side) {
        boolean people = side == Side.PEOPLE;
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
            refuseOnceClosed();
            workspace.assessments().saveAnswer(assessmentId, answer);
            // Counted only once stored, and on the same thread, so progress never runs ahead of the database.
            phone.answers().put(question.id(), chosen);
            return null;
        });
    }

    /** The question bank the session asks from. */
    public Questionnaire bank() {
        return bank;
    }

    /** The smallest group (docs/scoring.md, P2) the facilitator's spread is held to. */
    public int minGroupSize() {
        return minGroupSize;
    }

    /** Every phone that has joined, in the order they joined, with how far each has got. */
    public List<PhoneProgress> progress() {
        int organisation = questionsOf(Side.ORGANISATION).size();
        int people = questionsOf(Side.PEOPLE).size();
        return joinOrder.stream().map(p -> new PhoneProgress(p.key(), p.label(), p.role(), p.side(),
                p.answers().size(), p.side() == Side.PEOPLE ? people : organisation)).toList();
    }

    /**
     * How each side of the room answered one question, counted, for the projector. A side is
     * counted only when at least the smallest group of its phones gave the question a level; else its
     * counts stay zero, so that a single answer cannot be told from the spread.
     */
    public List<SideSpread> spread(String questionId) {
        List<SideSpread> spreads = new java.util.ArrayList<>();
        for (Side side : Side.values()) {
            List<Response> given = joinOrder.stream().filter(p -> p.side() == side)
                    .map(p -> p.answers().get(questionId)).filter(java.util.Objects::nonNull).toList();
            int gaveALevel = (int) given.stream().filter(Response::isLevel).count();
            if (!org.coproduction.readiness.scoring.Perspectives.enoughToShow(gaveALevel, minGroupSize)) {
                spreads.add(new SideSpread(side, gaveALevel, false, List.of(0, 0, 0, 0, 0), 0, 0));
                continue;
            }
            Integer[] levels = {0, 0, 0, 0, 0};
            given.stream().filter(Response::isLevel).forEach(r -> levels[r.level()]++);
            int dontKnow = (int) given.stream().filter(r -> r.kind() == Response.Kind.DONT_KNOW).count();
            int notApplicable = (int) given.stream().filter(r -> r.kind() == Response.Kind.NOT_APPLICABLE).count();
            spreads.add(new SideSpread(side, gaveALevel, true, List.of(levels), dontKnow, notApplicable));
        }
        return spreads;
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

    /**
     * Checked on the database thread, just before a phone's work touches the database: a workshop that
     * has ended (its database may be closing next) saves nothing more.
     */
    private void refuseOnceClosed() {
        if (closed) {
            throw new Refused(Refused.Kind.NOT_JOINED, "The workshop has ended, so this was not saved.");
        }
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

    /** A code for the session's address: lower-case letters and digits, easy to type on a phone. */
    private static String randomCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    private static String randomWord(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static <T> T call(Executor executor, Callable<T> work) {
        FutureTask<T> future = new FutureTask<>(work);
        try {
            executor.execute(future);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new StoreException(StoreException.Kind.REJECTED, "The workshop is stopping; nothing was saved.");
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(false);
            throw new StoreException(StoreException.Kind.REJECTED, "The workshop is stopping; this may not have been"
                    + " saved. Try again if the workshop is still on.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Ends the session: every phone is refused from now on (work already queued included), the
     * database work under way finishes, and the session's own database thread stops; a lent one goes
     * on serving its owner. The workspace stays open.
     */
    @Override
    public void close() {
        closed = true;
        if (ownDatabase == null) {
            return;
        }
        ownDatabase.shutdown();
        try {
            if (!ownDatabase.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                ownDatabase.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ownDatabase.shutdownNow();
        }
    }
}
