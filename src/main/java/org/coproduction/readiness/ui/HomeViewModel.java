package org.coproduction.readiness.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.coproduction.readiness.service.Workspace;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.AssessmentSummary;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.scoring.Figures;
import org.coproduction.readiness.scoring.ScoreCard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The organisations and their assessments, each with its progress (drafts) or overall score
 * (finished ones), loaded on the database thread.
 */
public final class HomeViewModel {
    /** An assessment as the home screen lists it. */
    public record AssessmentRow(AssessmentSummary summary, String result) {
    }

    /** An organisation with its assessments in date order. */
    public record OrganisationRow(Organisation organisation, List<AssessmentRow> assessments) {
    }

    private final Workspace workspace;
    private final Background background;
    private final ObservableList<OrganisationRow> organisations = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);

    public HomeViewModel(Workspace workspace, Background background) {
        this.workspace = workspace;
        this.background = background;
    }

    public ObservableList<OrganisationRow> organisations() {
        return organisations;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** Reloads everything; {@code then} is told whether the database holds any organisation. */
    public void load(Consumer<Boolean> then, Consumer<Throwable> onFailure) {
        loading.set(true);
        background.run(this::read, rows -> {
            loading.set(false);
            organisations.setAll(rows);
            then.accept(!rows.isEmpty());
        }, failure -> {
            loading.set(false);
            onFailure.accept(failure);
        });
    }

    private List<OrganisationRow> read() {
        List<OrganisationRow> rows = new ArrayList<>();
        for (Organisation organisation : workspace.organisations().list()) {
            List<AssessmentRow> assessments = new ArrayList<>();
            for (AssessmentSummary summary : workspace.assessments().listFor(organisation.id())) {
                assessments.add(new AssessmentRow(summary, result(summary)));
            }
            rows.add(new OrganisationRow(organisation, assessments));
        }
        return rows;
    }

    /** "12 of 49 answered" for a draft, "54.5 · Developing" for a finished assessment. */
    private String result(AssessmentSummary summary) {
        Optional<Questionnaire> bank = workspace.library().find(summary.questionnaire().id(),
                summary.questionnaire().version());
        if (bank.isEmpty()) {
            return "Question bank " + summary.questionnaire() + " is missing";
        }
        if (summary.status() == AssessmentStatus.DRAFT) {
            Set<String> answered = new HashSet<>();
            workspace.assessments().answers(summary.id()).stream().filter(a -> a.response().isPresent()).forEach(a -> answered.add(a.question()));
            return answered.size() + " of " + bank.get().questions().size() + " answered";
        }
        return workspace.score(summary).flatMap(ScoreCard::overall)
                .map(o -> Figures.show(o.score()) + " · " + o.band() + (o.provisional() ? " (provisional)" : ""))
                .orElse("No overall score");
    }
}
