package org.coproduction.readiness.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.coproduction.readiness.assessment.Side;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.service.WorkshopServer;
import org.coproduction.readiness.service.WorkshopSession;

import java.util.List;

/**
 * What the facilitator's window and the projector show of a running workshop (docs/workshop.md):
 * the address to open, who has joined on each side and how far each has got, and the question on
 * the projector with its spread of answers, hidden until revealed. {@link #refresh()} reads the
 * session's counts (kept in memory, so no database work) on the JavaFX thread.
 */
final class WorkshopViewModel {
    private final WorkshopSession session;
    private final List<String> addresses;
    private final List<Question> questions;
    private final ObjectProperty<String> address = new SimpleObjectProperty<>();
    private final ObservableList<WorkshopSession.PhoneProgress> phones = FXCollections.observableArrayList();
    private final IntegerProperty organisationJoined = new SimpleIntegerProperty();
    private final IntegerProperty peopleJoined = new SimpleIntegerProperty();
    private final IntegerProperty current = new SimpleIntegerProperty(0);
    private final BooleanProperty revealed = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<List<WorkshopSession.SideSpread>> spread = new ReadOnlyObjectWrapper<>(List.of());

    WorkshopViewModel(WorkshopSession session, WorkshopServer server) {
        this.session = session;
        this.addresses = server.addresses();
        this.questions = session.bank().questions();
        // A phone cannot open loopback: offer the first local network address, when there is one.
        address.set(addresses.stream().filter(a -> !isThisComputerOnly(a)).findFirst().orElse(addresses.get(0)));
        // Moving to another question hides its answers again, so the room talks before it sees.
        current.addListener((o, was, now) -> {
            revealed.set(false);
            refresh();
        });
        refresh();
    }

    /** Reads again who has joined, how far each has got, and the spread of the projector's question. */
    void refresh() {
        List<WorkshopSession.PhoneProgress> now = session.progress();
        if (!now.equals(phones)) {
            phones.setAll(now);
        }
        organisationJoined.set((int) now.stream().filter(p -> p.side() == Side.ORGANISATION).count());
        peopleJoined.set((int) now.stream().filter(p -> p.side() == Side.PEOPLE).count());
        spread.set(session.spread(question().id()));
    }

    /** Every address a phone (or this computer) can open; the loopback one works only on this computer. */
    List<String> addresses() {
        return addresses;
    }

    static boolean isThisComputerOnly(String address) {
        return address.startsWith("http://127.") || address.startsWith("http://[::1]");
    }

    ObjectProperty<String> addressProperty() {
        return address;
    }

    String code() {
        return session.code();
    }

    int minGroupSize() {
        return session.minGroupSize();
    }

    ObservableList<WorkshopSession.PhoneProgress> phones() {
        return phones;
    }

    IntegerProperty organisationJoinedProperty() {
        return organisationJoined;
    }

    IntegerProperty peopleJoinedProperty() {
        return peopleJoined;
    }

    // The projector ---------------------------------------------------------------------------------

    IntegerProperty currentProperty() {
        return current;
    }

    int questionCount() {
        return questions.size();
    }

    Question question() {
        return questions.get(current.get());
    }

    /** The title of the question's dimension, as the bank gives it. */
    String dimensionTitle() {
        return session.bank().dimension(question().dimension()).map(d -> d.title()).orElse(question().dimension());
    }

    void next() {
        if (current.get() < questions.size() - 1) {
            current.set(current.get() + 1);
        }
    }

    void previous() {
        if (current.get() > 0) {
            current.set(current.get() - 1);
        }
    }

    BooleanProperty revealedProperty() {
        return revealed;
    }

    void toggleReveal() {
        refresh();
        revealed.set(!revealed.get());
    }

    ReadOnlyObjectProperty<List<WorkshopSession.SideSpread>> spreadProperty() {
        return spread.getReadOnlyProperty();
    }
}
