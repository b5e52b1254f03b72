package com.kpipolicy.policy;

import com.kpipolicy.policy.RuleProblem.Severity;
import java.math.BigDecimal;
import java.util.List;

/**
 * The limits every plan must respect, as the analysts wrote them in plan-checks.drl.xlsx:
 * how many KPIs a plan may have, and the share of its weight each KPI category may take.
 */
record PlanChecks(List<SizeLimit> sizeLimits, List<CategoryRange> categoryRanges) {

    /** A plan's number of KPIs must lie within {@code kpis}. */
    record SizeLimit(Bounds kpis, Severity severity, RuleOrigin origin) {
    }

    /**
     * The weight of a category's KPIs must lie within {@code percent}; a plan without the category is
     * checked (as 0%) only if the category is {@code required}.
     */
    record CategoryRange(KpiCategory category, Bounds percent, boolean required, Severity severity, RuleOrigin origin) {
    }

    /** Inclusive bounds as an analyst types them: a blank (null) end is open. */
    record Bounds(BigDecimal min, BigDecimal max) {

        boolean contains(BigDecimal value) {
            return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
        }

        /** "30–50%", "at least 3 KPIs", "at most 30%". */
        String describe(String unit) {
            if (min != null && max != null) {
                return plain(min) + "–" + plain(max) + unit;
            }
            return min != null ? "at least " + plain(min) + unit : "at most " + plain(max) + unit;
        }

        static String plain(BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }
    }
}
