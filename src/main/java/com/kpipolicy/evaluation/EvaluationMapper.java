package com.kpipolicy.evaluation;

import com.kpipolicy.policy.BusinessContext;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Between the HTTP contract and the domain. Unmapped targets fail the build (see pom.xml). */
@Mapper
public interface EvaluationMapper {

    @Mapping(target = "context", expression = "java(context(request))")
    EvaluationInput toInput(EvaluationRequest request);

    EvaluationInput.Measurement toMeasurement(EvaluationRequest.MetricRequest metric);

    default EvaluationInput.BehaviourSignals toSignals(EvaluationRequest.SignalsRequest signals) {
        return signals == null ? EvaluationInput.BehaviourSignals.NONE : new EvaluationInput.BehaviourSignals(
                signals.collectionRate(), signals.periodEndSalesShare(), signals.avgDiscount(), signals.newCustomerChurn90d());
    }

    @Mapping(target = "evaluationId", source = "id")
    @Mapping(target = "employeeId", source = "input.employeeId")
    @Mapping(target = "period", source = "input.period")
    @Mapping(target = "industry", source = "input.context.industry")
    @Mapping(target = "stage", source = "input.context.stage")
    @Mapping(target = "salesMode", source = "input.context.salesMode")
    @Mapping(target = "planVariant", source = "input.context.planVariant")
    @Mapping(target = "planId", source = "outcome.planId")
    @Mapping(target = "kpis", source = "outcome.kpis")
    @Mapping(target = "totalScore", source = "outcome.totalScore")
    @Mapping(target = "grade", source = "outcome.grade")
    @Mapping(target = "bonusMultiplier", source = "outcome.bonusMultiplier")
    @Mapping(target = "guardrails", source = "outcome.guardrails")
    @Mapping(target = "status", source = "outcome.status")
    @Mapping(target = "blend", source = "outcome.blend")
    @Mapping(target = "promotion", source = "outcome.promotion")
    @Mapping(target = "trainingRecommendations", source = "outcome.trainingRecommendations")
    @Mapping(target = "asOf", source = "input.asOf")
    @Mapping(target = "forecast", source = "outcome.forecast")
    @Mapping(target = "alerts", source = "outcome.alerts")
    @Mapping(target = "firedRules", source = "outcome.firedRules")
    EvaluationResponse toResponse(Evaluation evaluation);

    EvaluationResponse.KpiResponse toResponse(EvaluationOutcome.KpiResult kpi);

    EvaluationResponse.GuardrailResponse toResponse(EvaluationOutcome.GuardrailResult guardrail);

    EvaluationResponse.ChangeResponse toResponse(EvaluationOutcome.ScoreChange change);

    EvaluationResponse.TrainingResponse toResponse(EvaluationOutcome.Training training);

    EvaluationResponse.BlendResponse toResponse(EvaluationOutcome.Blend blend);

    EvaluationResponse.ForecastResponse toResponse(EvaluationOutcome.Forecast forecast);

    EvaluationResponse.KpiPaceResponse toResponse(EvaluationOutcome.KpiPace pace);

    EvaluationResponse.AlertResponse toResponse(EvaluationOutcome.AlertResult alert);

    default BusinessContext context(EvaluationRequest request) {
        return new BusinessContext(request.industry(), request.stage(), request.salesMode(), request.planVariant());
    }
}
