package org.coproduction.readiness.service;

import org.coproduction.readiness.assessment.Action;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.exchange.ExchangeWriter;
import org.coproduction.readiness.questionnaire.Questionnaire;

import java.nio.file.Path;
import java.util.List;

/** Writes an organisation's action plan as a spreadsheet (CSV), one row per action. */
public final class ExportActionPlan {
    private ExportActionPlan() {
    }

    /** Writes the file whole or not at all; {@code bank} names what each action is about. */
    public static void run(Organisation organisation, List<Action> actions, Questionnaire bank, Path target) {
        ExportAssessment.write(target, ExchangeWriter.toActionCsv(organisation, actions, bank));
    }
}
