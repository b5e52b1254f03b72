package com.kpipolicy.evaluation;

import java.math.BigDecimal;
import java.util.List;

/** What the rules decided, rounded for reporting. */
public record EvaluationOutcome(String planId, List<KpiResult> kpis, BigDecimal totalScore, String grade,
                                BigDecimal bonusMultiplier, List<GuardrailResult> guardrails, List<String> firedRules) {

    public record KpiResult(String kpi, String category, BigDecimal weight, BigDecimal achievement, BigDecimal score,
                            BigDecimal weightedScore) {
    }

    public record GuardrailResult(String id, String effect, String message, List<ScoreChange> changes) {
    }

    public record ScoreChange(String kpi, String field, BigDecimal from, BigDecimal to) {
    }
}
