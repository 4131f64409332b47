package org.coproduction.readiness.common;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** One date format on every screen (ISO), and typed dates read the UK way, day first. */
class DatesTest {
    @Test
    void showsTheYearFirstWithTwoDigitMonthAndDay() {
        assertThat(Dates.format(LocalDate.of(2026, 12, 2))).isEqualTo("2026-12-02");
        assertThat(Dates.format(null)).isEmpty();
    }

    @Test
    void readsIsoAndTheUkOrderDayFirst() {
        assertThat(Dates.parse("2026-12-02")).contains(LocalDate.of(2026, 12, 2));
        // 2/12/2026 is the 2nd of December to a UK reader, never the 12th of February.
        assertThat(Dates.parse("2/12/2026")).contains(LocalDate.of(2026, 12, 2));
        assertThat(Dates.parse(" 02.12.2026 ")).contains(LocalDate.of(2026, 12, 2));
        assertThat(Dates.parse("12/2/26")).contains(LocalDate.of(2026, 2, 12));
    }

    @Test
    void refusesWhatIsNoDate() {
        assertThat(Dates.parse("31/2/2026")).isEmpty();
        assertThat(Dates.parse("2026-02-30")).isEmpty();
        assertThat(Dates.parse("12/25/2026")).as("American order: there is no 25th month").isEmpty();
        assertThat(Dates.parse("next Tuesday")).isEmpty();
        assertThat(Dates.parse("  ")).isEqualTo(Optional.empty());
    }
}
