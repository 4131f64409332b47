package org.coproduction.readiness.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way the program writes a date on screen and in its reports: 2026-12-02 (ISO 8601, year
 * first), which no reader can take for another day; "12/2/2026" means 12 February to a UK reader
 * and 2 December to an American one. What a person types is read as ISO, or the UK way, day first
 * (2/12/2026 is 2 December).
 */
public final class Dates {
    /** The pattern, as a person is told it ("yyyy-mm-dd", in a prompt). */
    public static final String PATTERN = "yyyy-MM-dd";
    /** How to type a date, for prompts and help. */
    public static final String HOW_TO_TYPE = "year-month-day, such as 2026-12-02, or day/month/year, such as 2/12/2026";

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    /** Day first, as in the UK: 2/12/2026, 02.12.2026 or 2-12-2026; a two-digit year is this century's. */
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})");

    private Dates() {
    }

    /** The date as shown everywhere: 2026-12-02; nothing for no date. */
    public static String format(LocalDate date) {
        return date == null ? "" : ISO.format(date);
    }

    /**
     * What a person typed, as a date: ISO (2026-12-02) or day first (2/12/2026); empty when it is
     * blank or not a real date (31/2/2026).
     */
    public static Optional<LocalDate> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        try {
            return Optional.of(LocalDate.parse(text, ISO));
        } catch (DateTimeParseException notIso) {
            Matcher dayFirst = DAY_FIRST.matcher(text);
            if (!dayFirst.matches()) {
                return Optional.empty();
            }
            int year = Integer.parseInt(dayFirst.group(3));
            if (dayFirst.group(3).length() == 2) {
                year += 2000;
            }
            try {
                return Optional.of(LocalDate.of(year, Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1))));
            } catch (DateTimeException noSuchDay) {
                return Optional.empty();
            }
        }
    }
}
