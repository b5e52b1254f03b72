package com.kpipolicy.evaluation;

import com.kpipolicy.policy.Plan;
import com.kpipolicy.policy.PlanLine;
import com.kpipolicy.policy.Policy;
import com.kpipolicy.policy.PolicyDefectException;
import com.kpipolicy.policy.fact.Metric;
import com.kpipolicy.policy.fact.PeriodProgress;
import com.kpipolicy.policy.fact.PlanKpi;
import com.kpipolicy.policy.fact.Setting;
import com.kpipolicy.policy.fact.Signals;
import com.kpipolicy.policy.fact.Subject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    static final List<String> PHASES = List.of("scoring", "guardrails", "weighting", "totals", "grading", "incentives",
            "forecast");
    /** A ruleset that fires more often than this for one evaluation is looping. */
    static final int MAX_FIRINGS = 10_000;

    private final OutcomeReader reader = new OutcomeReader();

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
            insertFacts(session, policy, plan, input);
            for (int i = PHASES.size() - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(PHASES.get(i)).setFocus();
            }
            int firings = fire(session, policy);
            if (firings >= MAX_FIRINGS) {
                throw new PolicyDefectException("The rules fired " + firings + " times for one evaluation and were"
                        + " stopped: a rule is probably re-triggering itself. Last rules: " + fired);
            }
            return reader.read(session, plan, List.copyOf(fired));
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

    private static void insertFacts(KieSession session, Policy policy, Plan plan, EvaluationInput input) {
        for (Setting setting : policy.settings()) {
            session.insert(setting);
        }
        session.insert(new Subject(input.employeeId(), input.period(), input.context().industry(),
                input.context().stage(), input.context().salesMode()));
        for (PlanLine line : plan.lines()) {
            session.insert(new PlanKpi(line.kpi().id(), line.kpi().category().name(), line.kpi().direction().name(),
                    line.weight()));
        }
        for (EvaluationInput.Measurement m : input.metrics()) {
            session.insert(new Metric(m.kpi(), m.actual(), m.target(), m.targetLow(), m.targetHigh()));
        }
        if (input.asOf() != null) {
            ReportingPeriod period = ReportingPeriod.parse(input.period()).orElseThrow();
            session.insert(new PeriodProgress(period.elapsedShare(input.asOf())));
        }
        EvaluationInput.BehaviourSignals s = input.signals();
        session.insert(new Signals(s.collectionRate(), s.periodEndSalesShare(), s.avgDiscount(), s.newCustomerChurn90d()));
    }
}
