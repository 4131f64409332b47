package org.coproduction.readiness.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.coproduction.readiness.json.JsonFiles;
import org.coproduction.readiness.scoring.DimensionScore;
import org.coproduction.readiness.scoring.DimensionStatus;
import org.coproduction.readiness.scoring.Figures;
import org.coproduction.readiness.scoring.Priority;
import org.coproduction.readiness.scoring.Perspectives;
import org.coproduction.readiness.scoring.ScoreCard;

/**
 * The score card as the {@code --json} output of {@code score} and {@code history}
 * (docs/command-line.md), figures rounded by {@link Figures} as docs/scoring.md, rule 9 says.
 */
final class ScoreJson {
    private ScoreJson() {
    }

    static ObjectNode scoreCard(ScoreCard card) {
        ObjectNode root = JsonFiles.mapper().createObjectNode();
        root.set("overall", overall(card));
        ArrayNode dimensions = root.putArray("dimensions");
        card.dimensions().forEach(d -> dimensions.add(dimension(d)));
        ArrayNode priorities = root.putArray("priorities");
        for (Priority priority : card.priorities()) {
            ObjectNode node = priorities.addObject();
            node.put("question", priority.questionId());
            node.put("level", Figures.oneDecimal(priority.level()));
            node.put("priority", Figures.oneDecimal(priority.priority()));
        }
        ArrayNode findOut = root.putArray("findOut");
        card.findOut().forEach(findOut::add);
        return root;
    }

    /**
     * Whose view it is (docs/command-line.md, score): each side with its respondents, whether it is
     * shown and, only when it is, its overall score and dimensions; then the gaps, different views
     * and least agreement. A side not shown has "overall": null and no dimensions.
     */
    static ObjectNode perspectives(Perspectives perspectives) {
        ObjectNode root = JsonFiles.mapper().createObjectNode();
        root.put("minGroupSize", perspectives.minGroupSize());
        ArrayNode sides = root.putArray("sides");
        for (Perspectives.SideView side : perspectives.sides()) {
            ObjectNode node = sides.addObject();
            node.put("id", side.side().code());
            node.put("respondents", side.respondents());
            node.put("shown", side.shown());
            ArrayNode dimensions;
            if (side.card().isPresent()) {
                node.set("overall", overall(side.card().get()));
                dimensions = node.putArray("dimensions");
                side.card().get().dimensions().forEach(d -> dimensions.add(dimension(d)));
            } else {
                node.putNull("overall");
                node.putArray("dimensions");
            }
        }
        ArrayNode gaps = root.putArray("gaps");
        for (Perspectives.Gap gap : perspectives.gaps()) {
            bothSides(gaps, "dimension", gap.dimensionId(), gap.organisation(), gap.people(), "gap", gap.gap());
        }
        ArrayNode views = root.putArray("differentViews");
        for (Perspectives.DifferentView view : perspectives.differentViews()) {
            bothSides(views, "question", view.questionId(), view.organisation(), view.people(), "difference",
                    view.difference());
        }
        ArrayNode spreads = root.putArray("leastAgreement");
        for (Perspectives.Spread spread : perspectives.leastAgreement()) {
            ObjectNode node = spreads.addObject();
            node.put("question", spread.questionId());
            node.put("spread", spread.spread());
            node.put("respondents", spread.respondents());
        }
        return root;
    }

    /** A row of the two sides' figures: what it is about, each side's figure and the difference. */
    private static void bothSides(ArrayNode rows, String about, String id, double organisation, double people,
                                  String differenceName, double difference) {
        ObjectNode node = rows.addObject();
        node.put(about, id);
        node.put("organisation", Figures.oneDecimal(organisation));
        node.put("people", Figures.oneDecimal(people));
        node.put(differenceName, Figures.oneDecimal(difference));
    }

    /** Each side's overall score where the side is shown, else null: for history --json. */
    static ObjectNode sideOveralls(Perspectives perspectives) {
        ObjectNode sides = JsonFiles.mapper().createObjectNode();
        for (Perspectives.SideView side : perspectives.sides()) {
            if (side.card().isPresent()) {
                sides.set(side.side().code(), overall(side.card().get()));
            } else {
                sides.putNull(side.side().code());
            }
        }
        return sides;
    }

    static ObjectNode overall(ScoreCard card) {
        ObjectNode overall = JsonFiles.mapper().createObjectNode();
        if (card.overall().isPresent()) {
            overall.put("score", Figures.oneDecimal(card.overall().get().score()));
            overall.put("band", card.overall().get().band());
            overall.put("provisional", card.overall().get().provisional());
        } else {
            overall.putNull("score");
            overall.putNull("band");
            overall.put("provisional", true);
        }
        return overall;
    }

    static ObjectNode dimension(DimensionScore dimension) {
        ObjectNode node = JsonFiles.mapper().createObjectNode();
        node.put("id", dimension.dimensionId());
        if (dimension.score().isPresent()) {
            node.put("score", Figures.oneDecimal(dimension.score().getAsDouble()));
        } else {
            node.putNull("score");
        }
        if (dimension.status() == DimensionStatus.EXCLUDED) {
            node.putNull("band");
            node.putNull("coverage");
        } else {
            node.put("band", dimension.band());
            node.put("coverage", Figures.coverage(dimension));
        }
        return node;
    }
}
