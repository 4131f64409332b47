package org.coproduction.readiness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.coproduction.readiness.assessment.Side;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.json.JsonFiles;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.scoring.Figures;
import org.coproduction.readiness.scoring.Perspectives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** score --json carries the perspectives: both sides where shown, nothing of a side that is not. */
class PerspectivesJsonTest {
    @TempDir
    Path folder;

    @Test
    void bothSidesOfRiverside2025AndTheGapsAsTheRulesGiveThem() throws Exception {
        Path seed = Path.of("seeds/riverside-2025.json");
        Cli.Result result = Cli.run(Cli.environment(folder), "score", "--file", seed.toString(), "--json");
        assertThat(result.exit()).as(result.toString()).isZero();
        JsonNode perspectives = JsonFiles.mapper().readTree(result.out()).get("perspectives");
        assertThat(perspectives.get("minGroupSize").asInt()).isEqualTo(3);

        ExchangeReader.Reading reading = new ExchangeReader(QuestionnaireLibrary.load(List.of())).read(seed);
        Perspectives expected = Perspectives.of(reading.questionnaire(), reading.assessment().respondents(),
                reading.assessment().answers(), 3);
        JsonNode people = perspectives.get("sides").get(1);
        assertThat(people.get("id").asText()).isEqualTo("people");
        assertThat(people.get("shown").asBoolean()).isTrue();
        assertThat(people.get("overall").get("score").decimalValue()).isEqualByComparingTo(Figures.oneDecimal(
                expected.side(Side.PEOPLE).orElseThrow().card().orElseThrow().overall().orElseThrow().score()));
        JsonNode partnership = null;
        for (JsonNode gap : perspectives.get("gaps")) {
            if (gap.get("dimension").asText().equals("partnership")) {
                partnership = gap;
            }
        }
        Perspectives.Gap gap = expected.gaps().stream().filter(g -> g.dimensionId().equals("partnership"))
                .findFirst().orElseThrow();
        assertThat(partnership).isNotNull();
        assertThat(partnership.get("gap").decimalValue()).isEqualByComparingTo(Figures.oneDecimal(gap.gap()));
        assertThat(gap.gap()).isLessThanOrEqualTo(-15);
        assertThat(perspectives.get("differentViews").get(0).get("question").asText())
                .isEqualTo(expected.differentViews().get(0).questionId());
    }

    @Test
    void historyGivesEachSidesOverallWhereItIsShown() throws Exception {
        Path database = folder.resolve("history.db");
        List<String> words = new java.util.ArrayList<>(List.of("--db", database.toString(), "import"));
        for (String seed : List.of("riverside-2023", "riverside-2024", "riverside-2025")) {
            words.add("seeds/" + seed + ".json");
        }
        assertThat(Cli.run(Cli.environment(folder), words.toArray(String[]::new)).exit()).isZero();
        Cli.Result result = Cli.run(Cli.environment(folder), "--db", database.toString(), "history",
                "Riverside Community Wellbeing (fictional)", "--json");
        JsonNode rows = JsonFiles.mapper().readTree(result.out()).get("assessments");
        // 2023: a manager and a staff member only, too few to show either side.
        assertThat(rows.get(0).get("sides").get("organisation").isNull()).isTrue();
        assertThat(rows.get(0).get("sides").get("people").isNull()).isTrue();
        // 2025: both sides shown, each with the overall the rules give it.
        ExchangeReader.Reading reading = new ExchangeReader(QuestionnaireLibrary.load(List.of()))
                .read(Path.of("seeds/riverside-2025.json"));
        Perspectives expected = Perspectives.of(reading.questionnaire(), reading.assessment().respondents(),
                reading.assessment().answers(), 3);
        for (Side side : Side.values()) {
            assertThat(rows.get(2).get("sides").get(side.code()).get("score").decimalValue()).as(side.code())
                    .isEqualByComparingTo(Figures.oneDecimal(expected.side(side).orElseThrow().card().orElseThrow()
                            .overall().orElseThrow().score()));
        }
    }

    @Test
    void aSideBelowTheSmallestGroupHasNoFigures() throws Exception {
        // Harbour Lane: two on the organisation's side (a coordinator and a volunteer), three carers.
        Cli.Result result = Cli.run(Cli.environment(folder), "score", "--file", "seeds/harbour-lane-2025.json", "--json");
        JsonNode organisation = JsonFiles.mapper().readTree(result.out()).get("perspectives").get("sides").get(0);
        assertThat(organisation.get("id").asText()).isEqualTo("organisation");
        assertThat(organisation.get("shown").asBoolean()).isFalse();
        assertThat(organisation.get("overall").isNull()).isTrue();
        assertThat(organisation.get("dimensions")).isEmpty();
        assertThat(JsonFiles.mapper().readTree(result.out()).get("perspectives").get("gaps")).isEmpty();
    }
}
