package com.kpipolicy.evaluation;

import com.kpipolicy.audit.FieldDifference;
import java.util.List;
import java.util.UUID;

/** IDENTICAL, or every field where the replay under the stored ruleset differs from what was stored. */
public record ReplayResult(UUID evaluationId, String rulesetVersion, String result, List<FieldDifference> differences) {
    public static final String IDENTICAL = "IDENTICAL";
    public static final String DIFFERENT = "DIFFERENT";
}
