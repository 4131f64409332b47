package org.coproduction.readiness.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rounding rules (docs/scoring.md, rule 9), each with a figure worked out by hand. */
class FiguresTest {

    @Test
    void scoresAreRoundedHalfUpToOneDecimal() {
        // 43.75 lies exactly half way between 43.7 and 43.8: half up gives 43.8 (half even would give 43.8
        // too, so 62.45 checks the direction: half up 62.5, half even 62.4).
        assertThat(Figures.show(43.75)).isEqualTo("43.8");
        assertThat(Figures.show(62.45)).isEqualTo("62.5");
        assertThat(Figures.show(50)).isEqualTo("50.0");
    }

    @Test
    void coverageIsExportedAsAFractionRoundedHalfUpToThreeDecimals() {
        // 2 of 3 = 0.666 666…: the fourth decimal is 6, so the third goes up: 0.667.
        assertThat(Figures.coverage(2, 3)).hasToString("0.667");
        // 1 of 3 = 0.333 333…: the fourth decimal is 3, so it stays: 0.333.
        assertThat(Figures.coverage(1, 3)).hasToString("0.333");
        // 1 of 16 = 0.0625 exactly, half way between 0.062 and 0.063: half up gives 0.063.
        assertThat(Figures.coverage(1, 16)).hasToString("0.063");
        // 7 of 10 = 0.7, written with its three decimals so every coverage reads alike.
        assertThat(Figures.coverage(7, 10)).hasToString("0.700");
        assertThat(Figures.coverage(3, 3)).hasToString("1.000");
        assertThat(Figures.coverage(0, 4)).hasToString("0.000");
    }

    @Test
    void coverageIsShownAsCountsAndAPercentage() {
        // 2 of 3 = 66.666…%: rounded half up to one decimal, 66.7%.
        assertThat(Figures.coverageText(2, 3)).isEqualTo("2 of 3 (66.7%)");
        // 1 of 16 = 6.25% exactly: half up gives 6.3%.
        assertThat(Figures.coverageText(1, 16)).isEqualTo("1 of 16 (6.3%)");
        assertThat(Figures.coverageText(4, 4)).isEqualTo("4 of 4 (100.0%)");
    }

    @Test
    void aDimensionsCoverageComesFromItsCounts() {
        DimensionScore gamma = new DimensionScore("gamma", DimensionStatus.SCORED, java.util.OptionalDouble.of(50),
                2.0 / 3, "Developing", 3, 2);
        assertThat(Figures.coverage(gamma)).hasToString("0.667");
        assertThat(Figures.coverageText(gamma)).isEqualTo("2 of 3 (66.7%)");
    }

    @Test
    void thereIsNoCoverageOfNothing() {
        assertThatThrownBy(() -> Figures.coverage(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Figures.coverage(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
