package org.coproduction.readiness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.coproduction.readiness.json.JsonFiles;
import org.coproduction.readiness.scoring.DimensionScore;
import org.coproduction.readiness.scoring.DimensionStatus;
import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dimension in {@code score --json} and {@code history --json}: scores to one decimal, coverage
 * a fraction to three (docs/scoring.md, rule 9).
 */
class ScoreJsonTest {

    @Test
    void coverageIsWrittenAsAFractionWithThreeDecimals() throws Exception {
        // 2 of 3 questions with a level: 2 / 3 = 0.666… → 0.667; score 100 × 4 / 8 = 50 → 50.0.
        ObjectNode node = ScoreJson.dimension(new DimensionScore("gamma", DimensionStatus.SCORED,
                OptionalDouble.of(50), 2.0 / 3, "Developing", 3, 2));

        assertThat(node.get("coverage").decimalValue()).hasToString("0.667");
        String text = JsonFiles.mapper().writeValueAsString(node);
        assertThat(text).contains("\"coverage\":0.667").contains("\"score\":50.0");
    }

    @Test
    void aDimensionBelowHalfCoverageKeepsItsFraction() {
        // 1 of 3: 0.333…, below one half, so its band is "Insufficient evidence".
        JsonNode node = ScoreJson.dimension(new DimensionScore("beta", DimensionStatus.INSUFFICIENT_EVIDENCE,
                OptionalDouble.of(25), 1.0 / 3, "Insufficient evidence", 3, 1));

        assertThat(node.get("coverage").decimalValue()).hasToString("0.333");
        assertThat(node.get("band").asText()).isEqualTo("Insufficient evidence");
    }

    @Test
    void anExcludedDimensionHasNoCoverage() {
        JsonNode node = ScoreJson.dimension(new DimensionScore("beta", DimensionStatus.EXCLUDED, OptionalDouble.empty(),
                0, "", 0, 0));

        assertThat(node.get("coverage").isNull()).isTrue();
        assertThat(node.get("score").isNull()).isTrue();
    }
}
