package com.kpipolicy.evaluation;

import com.kpipolicy.policy.Plan;
import com.kpipolicy.policy.PlanLine;
import com.kpipolicy.policy.Phases;
import com.kpipolicy.policy.Policy;
import com.kpipolicy.policy.PolicyDefectException;
import com.kpipolicy.policy.fact.Metric;
import com.kpipolicy.policy.fact.PeriodProgress;
import com.kpipolicy.policy.fact.PlanKpi;
import com.kpipolicy.policy.fact.Signals;
import com.kpipolicy.policy.fact.Subject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.function.BiFunction;
import com.kpipolicy.policy.fact.TeamPart;
import java.util.List;
import java.util.Set;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs one evaluation through the rules: a clean session per evaluation (taken from the policy's
 * pool, reset when disposed), facts in, the phases fired in order, results out, session disposed.
 * Knows the phases, not what happens in them.
 */
final class PolicyEngine {
    /** A ruleset that fires more often than this for one evaluation is looping. */
    static final int MAX_FIRINGS = 10_000;

    private final OutcomeReader reader = new OutcomeReader();

    EvaluationOutcome run(Policy policy, Plan plan, EvaluationInput input, TeamPart team) {
        List<Object> facts = facts(policy, plan, input.metrics());
        if (team != null) {
            facts.add(team);
        }
        if (input.asOf() != null) {
            ReportingPeriod period = ReportingPeriod.parse(input.period()).orElseThrow();
            facts.add(new PeriodProgress(period.elapsedShare(input.asOf())));
        }
        EvaluationInput.BehaviourSignals s = input.signals();
        facts.add(new Signals(s.collectionRate(), s.periodEndSalesShare(), s.avgDiscount(), s.newCustomerChurn90d()));
        facts.add(new Subject(input.employeeId(), input.period(), input.context().industry(),
                input.context().stage(), input.context().salesMode()));
        return execute(policy, plan, facts, Phases.EVALUATION, (session, fired) -> reader.read(session, plan, fired));
    }

    /** The team's exact total under the same plan, with no behaviour signals (they describe the individual). */
    BigDecimal teamTotal(Policy policy, Plan plan, EvaluationInput input) {
        List<Object> facts = facts(policy, plan, input.teamMetrics());
        facts.add(new Signals(null, null, null, null));
        return execute(policy, plan, facts, Phases.TEAM, (session, fired) -> reader.teamTotal(session));
    }

    private <T> T execute(Policy policy, Plan plan, List<Object> facts, List<String> phases,
                          BiFunction<SessionFacts, List<String>, T> read) {
        // A pooled session is reset when disposed (facts, agenda and listeners gone), so each evaluation starts clean.
        KieSession session = policy.sessions().newKieSession();
        Set<String> fired = new LinkedHashSet<>();
        SessionFacts produced = new SessionFacts();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(policy.origins().describe(event.getMatch().getRule()));
                }
            });
            session.addEventListener(produced);
            fired.add(plan.origin().describe());
            facts.forEach(session::insert);
            for (int i = phases.size() - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(phases.get(i)).setFocus();
            }
            int firings = fire(session, policy);
            if (firings >= MAX_FIRINGS) {
                throw new PolicyDefectException("The rules fired " + firings + " times for one evaluation and were"
                        + " stopped: a rule is probably re-triggering itself. Last rules: " + fired);
            }
            return read.apply(produced, List.copyOf(fired));
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

    private static List<Object> facts(Policy policy, Plan plan, List<EvaluationInput.Measurement> metrics) {
        List<Object> facts = new ArrayList<>(policy.settings());
        for (PlanLine line : plan.lines()) {
            facts.add(new PlanKpi(line.kpi().id(), line.kpi().category().name(), line.kpi().direction().name(),
                    line.weight()));
        }
        for (EvaluationInput.Measurement m : metrics) {
            facts.add(new Metric(m.kpi(), m.actual(), m.target(), m.targetLow(), m.targetHigh()));
        }
        return facts;
    }
}
