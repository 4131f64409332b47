package org.coproduction.readiness.service;

import java.text.Normalizer;
import java.time.LocalDate;

/**
 * Names offered for the files the program writes, made from an organisation's name: letters
 * without accents, digits and hyphens only, so that they are safe on every operating system and
 * in an e-mail attachment ("St. Mary's Carers' Group", 14 March 2026 →
 * {@code St-Marys-Carers-Group-2026-03-14}).
 */
public final class FileNames {
    /** Used when nothing of a name is left, e.g. one written only in another script. */
    private static final String FALLBACK = "assessment";

    private FileNames() {
    }

    /** The words of a text joined by hyphens, without accents and without any other character. */
    public static String safe(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String safe = plain.replaceAll("[^A-Za-z0-9 -]", "").strip().replaceAll("[\\s-]*\\s[\\s-]*", "-")
                .replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? FALLBACK : safe;
    }

    /** An assessment's file name without its extension: the organisation and the date. */
    public static String safe(String organisationName, LocalDate date) {
        return safe(organisationName + " " + date);
    }

    /** The name offered for an assessment's readiness report as a PDF (the date as the report writes it). */
    public static String reportPdf(String organisationName, String assessedOn) {
        return safe(organisationName + " report " + assessedOn) + ".pdf";
    }

    /** The name offered for an assessment's readiness report as a Word document. */
    public static String reportWord(String organisationName, String assessedOn) {
        return safe(organisationName + " report " + assessedOn) + ".docx";
    }

    /** The name offered for an organisation's assessments over time as a workbook. */
    public static String historyWorkbook(String organisationName) {
        return safe(organisationName) + "-history.xlsx";
    }

    /** The name offered for an organisation's action plan as a spreadsheet. */
    public static String actionPlanCsv(String organisationName) {
        return safe(organisationName) + "-action-plan.csv";
    }
}
