package org.coproduction.readiness.service;

import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.workbook.HistoryWorkbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes an organisation's assessments over time, with their scores, as one Excel workbook. */
public final class ExportHistory {
    private ExportHistory() {
    }

    /** Writes the file whole or not at all; the areas are those of {@link Workspace#historyBank}. */
    public static void run(Workspace workspace, Organisation organisation, Path target) {
        List<Workspace.HistoryEntry> history = workspace.history(organisation.id());
        List<Dimension> areas = history.isEmpty() ? List.of() : workspace.historyBank(history).dimensions();
        List<HistoryWorkbook.Entry> entries = history.stream()
                .map(e -> new HistoryWorkbook.Entry(e.summary(), e.card(), e.perspectives())).toList();
        try {
            HistoryWorkbook.write(organisation.name(), areas, entries, target);
        } catch (IOException e) {
            throw ExportAssessment.notWritten(target, e);
        }
    }
}
