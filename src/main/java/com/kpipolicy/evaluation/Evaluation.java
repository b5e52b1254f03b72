package com.kpipolicy.evaluation;

import java.time.Instant;
import java.util.UUID;

/** A stored evaluation: what was asked, under which ruleset, and what was decided. */
public record Evaluation(UUID id, EvaluationInput input, String rulesetVersion, String rulesetReason,
                         EvaluationOutcome outcome, Instant evaluatedAt, UUID supersedes) {
}
