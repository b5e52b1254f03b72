package com.kpipolicy.evaluation;

import java.math.BigDecimal;
import java.util.List;

/** What the rules decided, rounded for reporting. */
public record EvaluationOutcome(String planId, List<KpiResult> kpis, BigDecimal totalScore, String grade,
                                BigDecimal bonusMultiplier, Blend blend, String status, List<GuardrailResult> guardrails,
                                String promotion, List<Training> trainingRecommendations, Forecast forecast,
                                List<AlertResult> alerts, List<String> firedRules) {

    /** Only when team metrics were submitted: the shares and both parts of the total. */
    public record Blend(BigDecimal individualShare, BigDecimal teamShare, BigDecimal individualScore,
                        BigDecimal teamScore) {
    }

    /** Only for in-period (asOf) evaluations. */
    public record Forecast(BigDecimal elapsedShare, BigDecimal projectedTotalScore, List<KpiPace> kpis) {
    }

    public record KpiPace(String kpi, BigDecimal pace, BigDecimal projectedScore) {
    }

    public record AlertResult(String kpi, String type, BigDecimal pace) {
    }

    public record Training(String kpi, String recommendation) {
    }

    public record KpiResult(String kpi, String category, BigDecimal weight, BigDecimal achievement, BigDecimal score,
                            BigDecimal weightedScore) {
    }

    public record GuardrailResult(String id, String effect, String message, List<ScoreChange> changes) {
    }

    /** What a guardrail changed: a KPI's "score", or the evaluation's "bonusMultiplier" (kpi null). */
    public record ScoreChange(String kpi, String field, BigDecimal from, BigDecimal to) {
    }
}
