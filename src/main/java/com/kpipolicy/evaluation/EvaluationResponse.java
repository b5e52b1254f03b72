package com.kpipolicy.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A scored, explained evaluation as stored and returned. */
public record EvaluationResponse(UUID evaluationId, String employeeId, String period, String industry, String stage,
                                 String salesMode, String planVariant, String rulesetVersion, String rulesetReason, String planId, List<KpiResponse> kpis,
                                 BigDecimal totalScore, String grade, BigDecimal bonusMultiplier, BlendResponse blend,
                                 String status,
                                 List<GuardrailResponse> guardrails, String promotion,
                                 List<TrainingResponse> trainingRecommendations, LocalDate asOf,
                                 ForecastResponse forecast, List<AlertResponse> alerts, List<String> firedRules,
                                 Instant evaluatedAt, UUID supersedes) {

    public record ForecastResponse(BigDecimal elapsedShare, BigDecimal projectedTotalScore, List<KpiPaceResponse> kpis) {
    }

    public record KpiPaceResponse(String kpi, BigDecimal pace, BigDecimal projectedScore) {
    }

    public record AlertResponse(String kpi, String type, BigDecimal pace) {
    }

    public record TrainingResponse(String kpi, String recommendation) {
    }

    public record BlendResponse(BigDecimal individualShare, BigDecimal teamShare, BigDecimal individualScore,
                                BigDecimal teamScore) {
    }

    public record KpiResponse(String kpi, String category, BigDecimal weight, BigDecimal achievement, BigDecimal score,
                              BigDecimal weightedScore) {
    }

    public record GuardrailResponse(String id, String effect, String message, List<ChangeResponse> changes) {
    }

    public record ChangeResponse(String kpi, String field, BigDecimal from, BigDecimal to) {
    }
}
