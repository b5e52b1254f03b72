package com.kpipolicy.evaluation;

import com.kpipolicy.web.FieldProblem;

import com.kpipolicy.policy.Catalog;
import com.kpipolicy.policy.Plan;
import com.kpipolicy.policy.PlanLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a request against the shape of the API and the catalogue in force, reporting every
 * problem at once with its JSON path, so an HR system can fix a request in one round trip.
 */
final class RequestValidator {
    static final int MAX_TEXT = 64;
    /** A plan has 3 to 6 KPIs; more than this is not a request an HR system would send. */
    static final int MAX_METRICS = 50;
    /** Bounds that keep every number exact and the rules' arithmetic cheap: 1e-999999999 is not a target. */
    static final BigDecimal MAX_NUMBER = new BigDecimal("1E15");
    static final int MAX_DECIMALS = 10;

    List<FieldProblem> check(EvaluationRequest request, Catalog catalog) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "employeeId", request.employeeId());
        if (text(problems, "period", request.period()) && !ReportingPeriod.isValid(request.period())) {
            problems.add(new FieldProblem("period", "must be a quarter (2025-Q3), a month (2025-07) or a half year"
                    + " (2025-H2), not '" + request.period() + "'"));
        }
        ReportingPeriod.parse(request.period()).ifPresent(period -> {
            if (request.asOf() != null && !period.contains(request.asOf())) {
                problems.add(new FieldProblem("asOf", "must be a day inside the period " + request.period() + " ("
                        + period.first() + " to " + period.last() + "); leave it out once the period is over"));
            }
        });
        dimension(problems, catalog, Catalog.INDUSTRY, request.industry());
        dimension(problems, catalog, Catalog.STAGE, request.stage());
        dimension(problems, catalog, Catalog.SALES_MODE, request.salesMode());
        catalog.optionalRefusal(Catalog.PLAN_VARIANT, request.planVariant())
                .ifPresent(message -> problems.add(new FieldProblem("planVariant", message)));
        metrics(problems, catalog, "metrics", request.metrics());
        // An empty list is no team, as generated clients send optional arrays.
        if (hasTeam(request)) {
            metrics(problems, catalog, "teamMetrics", request.teamMetrics());
        }
        signals(problems, request.signals());
        return problems;
    }

    List<FieldProblem> checkAgainstPlan(EvaluationRequest request, Plan plan) {
        List<FieldProblem> problems = new ArrayList<>();
        coversPlan(problems, "metrics", request.metrics(), plan);
        if (hasTeam(request)) {
            coversPlan(problems, "teamMetrics", request.teamMetrics(), plan);
        }
        return problems;
    }

    private static boolean hasTeam(EvaluationRequest request) {
        return request.teamMetrics() != null && !request.teamMetrics().isEmpty();
    }

    private static void coversPlan(List<FieldProblem> problems, String field, List<EvaluationRequest.MetricRequest> metrics,
                                   Plan plan) {
        List<String> submitted = metrics.stream().map(EvaluationRequest.MetricRequest::kpi).toList();
        for (int i = 0; i < submitted.size(); i++) {
            if (!plan.includes(submitted.get(i))) {
                problems.add(new FieldProblem(field + "[" + i + "].kpi", submitted.get(i) + " is not a KPI of plan "
                        + plan.planId() + " (" + planKpis(plan) + ")"));
            }
        }
        List<String> missing = plan.lines().stream().map(l -> l.kpi().id()).filter(k -> !submitted.contains(k)).toList();
        if (!missing.isEmpty()) {
            problems.add(new FieldProblem(field, "plan " + plan.planId() + " needs a metric for every KPI; missing: "
                    + String.join(", ", missing)));
        }
    }

    private static String planKpis(Plan plan) {
        return String.join(", ", plan.lines().stream().map(PlanLine::kpi).map(k -> k.id()).toList());
    }

    private static boolean text(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
            return false;
        }
        if (value.length() > MAX_TEXT || value.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem(field, "must be at most " + MAX_TEXT + " printable characters"));
            return false;
        }
        return true;
    }

    private static void dimension(List<FieldProblem> problems, Catalog catalog, String field, String value) {
        catalog.refusal(field, value).ifPresent(message -> problems.add(new FieldProblem(field, message)));
    }

    private static void metrics(List<FieldProblem> problems, Catalog catalog, String field,
                                List<EvaluationRequest.MetricRequest> metrics) {
        if (metrics == null || metrics.isEmpty()) {
            problems.add(new FieldProblem(field, "is required: one entry per KPI of the plan"));
            return;
        }
        if (metrics.size() > MAX_METRICS) {
            problems.add(new FieldProblem(field, "must list at most " + MAX_METRICS + " metrics, not " + metrics.size()
                    + " (a plan has 3 to 6 KPIs)"));
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < metrics.size(); i++) {
            String at = field + "[" + i + "]";
            EvaluationRequest.MetricRequest metric = metrics.get(i);
            if (metric == null) {
                problems.add(new FieldProblem(at, "must be an object with kpi, actual and target"));
                continue;
            }
            if (text(problems, at + ".kpi", metric.kpi())) {
                if (catalog.kpi(metric.kpi()).isEmpty()) {
                    problems.add(new FieldProblem(at + ".kpi", "unknown KPI id '" + metric.kpi() + "'"));
                }
                Integer first = seen.putIfAbsent(metric.kpi(), i);
                if (first != null) {
                    problems.add(new FieldProblem(at + ".kpi", metric.kpi() + " is submitted twice (also " + field + "[" + first + "])"));
                }
            }
            if (metric.actual() == null) {
                problems.add(new FieldProblem(at + ".actual", "is required"));
            } else if (metric.actual().signum() < 0) {
                problems.add(new FieldProblem(at + ".actual", "must not be negative"));
            }
            boolean bounded = number(problems, at + ".actual", metric.actual())
                    & number(problems, at + ".target", metric.target())
                    & number(problems, at + ".targetLow", metric.targetLow())
                    & number(problems, at + ".targetHigh", metric.targetHigh());
            if (bounded) {
                target(problems, at, metric);
            }
        }
    }

    /** A point target, an elastic band (targetLow..targetHigh), or both; a band wins when given. */
    private static void target(List<FieldProblem> problems, String at, EvaluationRequest.MetricRequest metric) {
        boolean band = metric.targetLow() != null || metric.targetHigh() != null;
        if (!band && metric.target() == null) {
            problems.add(new FieldProblem(at + ".target", "is required (or an elastic band: targetLow and targetHigh)"));
        }
        if (metric.target() != null && metric.target().signum() <= 0) {
            problems.add(new FieldProblem(at + ".target", "must be greater than 0"));
        }
        if (!band) {
            return;
        }
        if (metric.targetLow() == null || metric.targetHigh() == null) {
            String missing = metric.targetLow() == null ? ".targetLow" : ".targetHigh";
            problems.add(new FieldProblem(at + missing, "is required with an elastic band (targetLow and targetHigh go together)"));
        } else if (metric.targetLow().signum() <= 0) {
            problems.add(new FieldProblem(at + ".targetLow", "must be greater than 0"));
        } else if (metric.targetHigh().compareTo(metric.targetLow()) < 0) {
            problems.add(new FieldProblem(at + ".targetHigh", "must not be below targetLow"));
        }
    }

    private static void signals(List<FieldProblem> problems, EvaluationRequest.SignalsRequest signals) {
        if (signals == null) {
            return;
        }
        ratio(problems, "signals.collectionRate", signals.collectionRate());
        ratio(problems, "signals.periodEndSalesShare", signals.periodEndSalesShare());
        ratio(problems, "signals.avgDiscount", signals.avgDiscount());
        ratio(problems, "signals.newCustomerChurn90d", signals.newCustomerChurn90d());
    }

    /** Within the bounds; compareTo and stripTrailingZeros stay cheap whatever the exponent. */
    private static boolean number(List<FieldProblem> problems, String field, BigDecimal value) {
        if (value == null) {
            return true;
        }
        if (value.abs().compareTo(MAX_NUMBER) > 0) {
            problems.add(new FieldProblem(field, "must be at most 10^15"));
            return false;
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            problems.add(new FieldProblem(field, "must have at most " + MAX_DECIMALS + " decimal places"));
            return false;
        }
        return true;
    }

    private static void ratio(List<FieldProblem> problems, String field, BigDecimal value) {
        if (number(problems, field, value) && value != null
                && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
            problems.add(new FieldProblem(field, "must be a ratio from 0 to 1, not " + value.toPlainString()));
        }
    }
}
