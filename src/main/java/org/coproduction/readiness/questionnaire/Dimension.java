package org.coproduction.readiness.questionnaire;

import java.util.List;
import java.util.Map;

/**
 * One scored section of the assessment (docs/questionnaire-format.md, rule 6).
 *
 * @param bandMeanings what each band label means for this dimension, for the report
 */
public record Dimension(String id, String title, DimensionKind kind, double weight, String summary,
                        List<String> references, Map<String, String> bandMeanings) {
    public Dimension {
        references = List.copyOf(references);
        bandMeanings = Map.copyOf(bandMeanings);
    }
}
