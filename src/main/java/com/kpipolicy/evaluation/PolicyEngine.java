package com.kpipolicy.evaluation;

import com.kpipolicy.policy.Plan;
import com.kpipolicy.policy.PlanLine;
import com.kpipolicy.policy.Policy;
import com.kpipolicy.policy.PolicyDefectException;
import com.kpipolicy.policy.fact.BonusMultiplier;
import com.kpipolicy.policy.fact.Decimals;
import com.kpipolicy.policy.fact.Grade;
import com.kpipolicy.policy.fact.GuardrailHit;
import com.kpipolicy.policy.fact.KpiScore;
import com.kpipolicy.policy.fact.Metric;
import com.kpipolicy.policy.fact.PlanKpi;
import com.kpipolicy.policy.fact.Subject;
import com.kpipolicy.policy.fact.TotalScore;
import com.kpipolicy.policy.fact.WeightedScore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs one evaluation through the rules: a fresh session per evaluation, facts in, the phases
 * fired in order, results out, session disposed. Knows the phases, not what happens in them.
 */
final class PolicyEngine {
    /** Rule groups in the order they run; rules/README.md documents what belongs in each. */
    static final List<String> PHASES = List.of("scoring", "guardrails", "weighting", "totals", "grading");
    /** A ruleset that fires more often than this for one evaluation is looping. */
    static final int MAX_FIRINGS = 10_000;

    EvaluationOutcome run(Policy policy, Plan plan, EvaluationInput input) {
        KieSession session = policy.kieBase().newKieSession();
        Set<String> fired = new LinkedHashSet<>();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(policy.origins().of(event.getMatch().getRule()).describe());
                }
            });
            fired.add(plan.origin().describe());
            insertFacts(session, plan, input);
            for (int i = PHASES.size() - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(PHASES.get(i)).setFocus();
            }
            int firings = fire(session, policy);
            if (firings >= MAX_FIRINGS) {
                throw new PolicyDefectException("The rules fired " + firings + " times for one evaluation and were"
                        + " stopped: a rule is probably re-triggering itself. Last rules: " + fired);
            }
            return collect(session, plan, List.copyOf(fired));
        } finally {
            session.dispose();
        }
    }

    private static int fire(KieSession session, Policy policy) {
        try {
            return session.fireAllRules(MAX_FIRINGS);
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new PolicyDefectException("The rule " + policy.origins().of(e.getRule()).describe() + " failed: "
                    + cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    private static void insertFacts(KieSession session, Plan plan, EvaluationInput input) {
        session.insert(new Subject(input.employeeId(), input.period(), input.context().industry(),
                input.context().stage(), input.context().salesMode()));
        for (PlanLine line : plan.lines()) {
            session.insert(new PlanKpi(line.kpi().id(), line.kpi().category().name(), line.kpi().direction().name(),
                    line.weight()));
        }
        for (EvaluationInput.Measurement m : input.metrics()) {
            session.insert(new Metric(m.kpi(), m.actual(), m.target()));
        }
    }

    private static EvaluationOutcome collect(KieSession session, Plan plan, List<String> fired) {
        Map<String, WeightedScore> weighted = facts(session, WeightedScore.class).stream()
                .collect(Collectors.toMap(WeightedScore::getKpi, Function.identity(), (a, b) -> {
                    throw new PolicyDefectException("Two weighted scores were produced for " + a.getKpi());
                }));
        List<EvaluationOutcome.KpiResult> kpis = new ArrayList<>();
        for (PlanLine line : plan.lines()) {
            WeightedScore w = weighted.get(line.kpi().id());
            if (w == null) {
                throw new PolicyDefectException("No rule scored KPI " + line.kpi().id() + " (" + line.kpi().direction()
                        + "): check scoring.drl");
            }
            KpiScore s = w.getScore();
            kpis.add(new EvaluationOutcome.KpiResult(s.getKpi(), s.getCategory(), s.getWeight(),
                    Decimals.achievement(s.getAchievement()), Decimals.points(s.getPoints()), Decimals.points(w.getValue())));
        }
        TotalScore total = single(session, TotalScore.class, "total score", "scoring.drl");
        Grade grade = single(session, Grade.class, "grade for total " + total.getValue(), "grades.drl.xlsx");
        BonusMultiplier bonus = single(session, BonusMultiplier.class, "bonus multiplier", "grades.drl.xlsx");
        List<EvaluationOutcome.GuardrailResult> guardrails = facts(session, GuardrailHit.class).stream()
                .map(hit -> new EvaluationOutcome.GuardrailResult(hit.getId(), hit.getEffect(), hit.getMessage(),
                        changes(hit.getId(), weighted.values())))
                .sorted(java.util.Comparator.comparing(EvaluationOutcome.GuardrailResult::id))
                .toList();
        return new EvaluationOutcome(plan.planId(), List.copyOf(kpis), total.getValue(), grade.getLetter(),
                bonus.getValue(), guardrails, fired);
    }

    private static List<EvaluationOutcome.ScoreChange> changes(String guardrail, java.util.Collection<WeightedScore> scores) {
        return scores.stream()
                .flatMap(w -> w.getScore().getAdjustments().stream()
                        .filter(a -> a.guardrail().equals(guardrail))
                        .map(a -> new EvaluationOutcome.ScoreChange(w.getKpi(), "score", Decimals.points(a.from()),
                                Decimals.points(a.to()))))
                .sorted(java.util.Comparator.comparing(EvaluationOutcome.ScoreChange::kpi))
                .toList();
    }

    private static <T> List<T> facts(KieSession session, Class<T> type) {
        return session.getObjects(type::isInstance).stream().map(type::cast).toList();
    }

    private static <T> T single(KieSession session, Class<T> type, String what, String file) {
        List<T> found = facts(session, type);
        if (found.size() != 1) {
            throw new PolicyDefectException("The rules produced " + found.size() + " " + what + " result(s) instead of"
                    + " exactly one: check " + file);
        }
        return found.get(0);
    }
}
