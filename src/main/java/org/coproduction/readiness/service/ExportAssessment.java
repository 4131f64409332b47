package org.coproduction.readiness.service;

import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.exchange.ExchangeWriter;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.store.StoreException;
import org.coproduction.readiness.workbook.AssessmentWorkbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/** Writes a stored assessment to a file: the exchange file (docs/exchange-format.md), CSV, or an Excel workbook. */
public final class ExportAssessment {
    private ExportAssessment() {
    }

    /** What the file holds. */
    public enum Format {
        /** The exchange file: export then import gives back the same assessment. */
        JSON,
        /** A spreadsheet with one row per answer. */
        CSV,
        /** An Excel workbook: the scores of everyone and of each shown side, the answers, the priorities, the plan. */
        XLSX
    }

    /** Writes the file whole or not at all; refuses an unknown id or a missing question bank. */
    public static void run(Workspace workspace, long assessmentId, Format format, Path target) {
        Assessment assessment = workspace.loadExisting(assessmentId);
        Questionnaire bank = workspace.questionnaireOf(assessment.questionnaire());
        if (format == Format.XLSX) {
            try {
                AssessmentWorkbook.write(assessment, bank, workspace.actionPlan(assessment, bank), LocalDate.now(), target);
            } catch (IOException e) {
                throw notWritten(target, e);
            }
            return;
        }
        String content = format == Format.CSV ? ExchangeWriter.toCsv(assessment, bank)
                : ExchangeWriter.toJson(assessment, bank);
        write(target, content);
    }

    /** Writes text through the exchange writer (UTF-8, all or nothing), told in plain words when it fails. */
    static void write(Path target, String content) {
        try {
            ExchangeWriter.writeFile(target, content);
        } catch (IOException e) {
            throw notWritten(target, e);
        }
    }

    /** A file that could not be written, in plain words: nothing of it was left (common.AtomicWrite). */
    static StoreException notWritten(Path target, IOException e) {
        return new StoreException(StoreException.Kind.OTHER, "The file " + target + " could not be written ("
                + e.getMessage() + "). Choose another folder or name.", e);
    }
}
