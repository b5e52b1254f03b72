package com.kpipolicy.policy;

import com.kpipolicy.policy.PlanChecks.CategoryRange;
import com.kpipolicy.policy.PlanChecks.SizeLimit;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;

/**
 * Checks every plan the weights table can choose against the plan checks of the same ruleset:
 * how many KPIs it has, and the share of its weight each KPI category takes. Each problem names
 * the plan's weights row, and the plan-checks row it breaks, so an analyst can fix either.
 */
final class PlanLint {
    private final PlanChecksReader reader = new PlanChecksReader();

    void check(KieBase kieBase, RuleOrigins origins, PlanResolver plans, List<RuleProblem> problems) {
        PlanChecks checks = reader.read(kieBase, origins, problems);
        for (Plan plan : plans.distinctPlans()) {
            for (SizeLimit limit : checks.sizeLimits()) {
                BigDecimal kpis = BigDecimal.valueOf(plan.lines().size());
                if (!limit.kpis().contains(kpis)) {
                    problems.add(problem(limit.severity(), plan, "plan " + plan.planId() + " has " + kpis + " KPIs;"
                            + " the plan checks (" + limit.origin().describe() + ") require "
                            + limit.kpis().describe(" KPIs") + "."));
                }
            }
            Map<KpiCategory, BigDecimal> shares = shares(plan);
            for (CategoryRange range : checks.categoryRanges()) {
                BigDecimal share = shares.get(range.category());
                if (share == null && !range.required()) {
                    continue;
                }
                share = share == null ? BigDecimal.ZERO : share;
                if (!range.percent().contains(share)) {
                    problems.add(problem(range.severity(), plan, "plan " + plan.planId() + " gives " + range.category()
                            + " KPIs " + PlanChecks.Bounds.plain(share) + "% of the weight; the plan checks ("
                            + range.origin().describe() + ") require " + range.percent().describe("%") + "."));
                }
            }
        }
    }

    // Weights are percent points of a plan that sums to 100, so a category's weight is its share.
    private static Map<KpiCategory, BigDecimal> shares(Plan plan) {
        Map<KpiCategory, BigDecimal> shares = new EnumMap<>(KpiCategory.class);
        for (PlanLine line : plan.lines()) {
            shares.merge(line.kpi().category(), line.weight(), BigDecimal::add);
        }
        return shares;
    }

    private static RuleProblem problem(RuleProblem.Severity severity, Plan plan, String message) {
        RuleOrigin origin = plan.origin();
        return new RuleProblem(severity, origin.file(), origin.sheet(), origin.location(), message);
    }
}
