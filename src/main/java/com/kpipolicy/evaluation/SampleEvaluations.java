package com.kpipolicy.evaluation;

import com.kpipolicy.policy.BusinessContext;
import com.kpipolicy.policy.Plan;
import com.kpipolicy.policy.PlanLine;
import com.kpipolicy.policy.Policy;
import com.kpipolicy.policy.PolicyCheck;
import com.kpipolicy.policy.PolicyDefectException;
import com.kpipolicy.policy.RuleProblem;
import com.kpipolicy.web.InvalidRequestException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mapstruct.factory.Mappers;

/**
 * Evaluates one sample request per plan as the rules load: every KPI on target, a team beside it where the blend table
 * counts one, and the period half gone (so the forecast runs too). A ruleset can compile, and its tables agree, and
 * still not score: a rule file deleted (scoring.drl and forecast.drl together, found by fuzzing) made every
 * evaluation a 500 after a clean reload. Such a ruleset is now refused when it loads, and the last good one serves.
 */
public final class SampleEvaluations implements PolicyCheck {
    private static final String PERIOD = "2025-Q3";
    private static final LocalDate HALF_GONE = LocalDate.of(2025, 8, 15);

    private final Evaluator evaluator = new Evaluator(Mappers.getMapper(EvaluationMapper.class));

    /** The first sample that fails, if one does: what breaks one plan's sample mostly breaks them all alike. */
    @Override
    public List<RuleProblem> check(Policy policy) {
        for (BusinessContext context : coveringEveryKpi(policy)) {
            Plan plan = policy.plans().require(context);
            try {
                evaluator.evaluate(policy, sample(policy, context, plan));
            } catch (InvalidRequestException e) {
                // The catalogue refuses this sample (an analyst's choice, not a defect): nothing to learn from it.
            } catch (PolicyDefectException e) {
                return List.of(RuleProblem.error(null, null, null, "A sample evaluation under plan " + plan.planId()
                        + " (" + context + "; every KPI on target, half the period gone) fails, so every evaluation"
                        + " under it would: " + e.getMessage()));
            }
        }
        return List.of();
    }

    /**
     * Few enough plans that a load stays cheap (each sample costs a fresh KieBase a few milliseconds), chosen so that
     * every KPI of every plan is scored in one of them: plans in their order, each kept if it adds a KPI.
     */
    private static List<BusinessContext> coveringEveryKpi(Policy policy) {
        Set<String> covered = new HashSet<>();
        List<BusinessContext> chosen = new ArrayList<>();
        for (BusinessContext context : policy.plans().oneContextPerPlan()) {
            List<String> kpis = policy.plans().require(context).lines().stream().map(line -> line.kpi().id()).toList();
            if (!covered.containsAll(kpis)) {
                covered.addAll(kpis);
                chosen.add(context);
            }
        }
        return chosen;
    }

    private static EvaluationRequest sample(Policy policy, BusinessContext context, Plan plan) {
        List<EvaluationRequest.MetricRequest> onTarget = plan.lines().stream().map(PlanLine::kpi)
                .map(kpi -> new EvaluationRequest.MetricRequest(kpi.id(), BigDecimal.ONE, BigDecimal.ONE, null, null))
                .toList();
        List<EvaluationRequest.MetricRequest> team = policy.blends().resolve(context).isPresent() ? onTarget : null;
        return new EvaluationRequest("SAMPLE", PERIOD, context.industry(), context.stage(), context.salesMode(),
                context.planVariant(), HALF_GONE, onTarget, team, null, null, null);
    }
}
