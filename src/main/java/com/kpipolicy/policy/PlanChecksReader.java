package com.kpipolicy.policy;

import com.kpipolicy.policy.PlanChecks.Bounds;
import com.kpipolicy.policy.PlanChecks.CategoryRange;
import com.kpipolicy.policy.PlanChecks.SizeLimit;
import com.kpipolicy.policy.RuleProblem.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.kie.api.KieBase;

/**
 * Reads the plan-checks tables (rule group "plan-checks") into {@link PlanChecks}, and reports every
 * row an analyst must fix. A row is a size limit if it gives a number of KPIs, else a category range.
 */
final class PlanChecksReader {
    static final String GROUP = "plan-checks";
    private static final String WHERE = "plan-checks.drl.xlsx (rule group '" + GROUP + "')";

    PlanChecks read(KieBase kieBase, RuleOrigins origins, List<RuleProblem> problems) {
        List<SizeLimit> sizes = new ArrayList<>();
        List<CategoryRange> ranges = new ArrayList<>();
        int sizeRows = 0;
        int rangeRows = 0;
        for (TableRows.Values row : TableRows.fire(kieBase, origins, GROUP)) {
            if (row.get("minKpis") != null || row.get("maxKpis") != null) {
                sizeRows++;
                readSize(row, problems, sizes);
            } else if (row.get("category") != null || row.get("minPercent") != null || row.get("maxPercent") != null) {
                rangeRows++;
                readRange(row, problems, ranges);
            } else {
                problems.add(CatalogReader.problem(row, "This row sets no limit: give a category and its minimum or"
                        + " maximum percent, or a minimum or maximum number of KPIs."));
            }
        }
        if (sizeRows == 0 && rangeRows == 0) {
            problems.add(RuleProblem.error(null, null, null, "No plan checks were found: " + WHERE
                    + " must limit how many KPIs a plan has (sheet PlanSize) and the share of each KPI category"
                    + " (sheet CategoryRanges)."));
        } else if (sizeRows == 0) {
            problems.add(RuleProblem.error(null, null, null, "No plan size limits were found: add a row with a"
                    + " minimum or maximum number of KPIs to sheet PlanSize of " + WHERE + "."));
        } else if (rangeRows == 0) {
            problems.add(RuleProblem.error(null, null, null, "No category ranges were found: add a row per KPI"
                    + " category to sheet CategoryRanges of " + WHERE + "."));
        }
        return new PlanChecks(List.copyOf(sizes), List.copyOf(ranges));
    }

    private static void readSize(TableRows.Values row, List<RuleProblem> problems, List<SizeLimit> sizes) {
        int before = problems.size();
        Bounds kpis = bounds(row, "minKpis", "maxKpis", "KPIs", problems);
        Severity severity = severity(row, problems);
        if (kpis != null && !whole(kpis)) {
            problems.add(CatalogReader.problem(row, "A number of KPIs must be a whole number, not "
                    + kpis.describe("") + "."));
        }
        if (problems.size() == before) {
            sizes.add(new SizeLimit(kpis, severity, row.origin()));
        }
    }

    private static void readRange(TableRows.Values row, List<RuleProblem> problems, List<CategoryRange> ranges) {
        int before = problems.size();
        KpiCategory category = category(row, problems);
        Bounds percent = bounds(row, "minPercent", "maxPercent", "percent", problems);
        Boolean required = required(row, problems);
        Severity severity = severity(row, problems);
        if (problems.size() == before) {
            ranges.add(new CategoryRange(category, percent, required, severity, row.origin()));
        }
    }

    private static Bounds bounds(TableRows.Values row, String minColumn, String maxColumn, String unit,
                                 List<RuleProblem> problems) {
        int before = problems.size();
        BigDecimal min = number(row, minColumn, problems);
        BigDecimal max = number(row, maxColumn, problems);
        if (problems.size() > before) {
            return null;
        }
        if (min == null && max == null) {
            problems.add(CatalogReader.problem(row, "The row gives neither a minimum nor a maximum " + unit
                    + ": fill in one or both."));
            return null;
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            problems.add(CatalogReader.problem(row, "The minimum " + Bounds.plain(min) + " is above the maximum "
                    + Bounds.plain(max) + ": no plan could pass."));
            return null;
        }
        return new Bounds(min, max);
    }

    private static BigDecimal number(TableRows.Values row, String column, List<RuleProblem> problems) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(CatalogReader.problem(row, "The limit '" + text + "' is not a number: type a plain number"
                + " that is 0 or more, e.g. 30 (not 30%)."));
        return null;
    }

    private static KpiCategory category(TableRows.Values row, List<RuleProblem> problems) {
        String text = row.get("category");
        for (KpiCategory category : KpiCategory.values()) {
            if (category.name().equals(text)) {
                return category;
            }
        }
        problems.add(CatalogReader.problem(row, "The category '" + (text == null ? "" : text) + "' is not one of "
                + Arrays.stream(KpiCategory.values()).map(Enum::name).collect(Collectors.joining(", ")) + "."));
        return null;
    }

    private static Boolean required(TableRows.Values row, List<RuleProblem> problems) {
        String text = row.get("required");
        if (text == null || text.equalsIgnoreCase("NO")) {
            return false;
        }
        if (text.equalsIgnoreCase("YES")) {
            return true;
        }
        problems.add(CatalogReader.problem(row, "Whether every plan needs the category must be YES or NO, not '"
                + text + "'."));
        return null;
    }

    private static Severity severity(TableRows.Values row, List<RuleProblem> problems) {
        String text = row.get("severity");
        for (Severity severity : Severity.values()) {
            if (severity.name().equals(text)) {
                return severity;
            }
        }
        problems.add(CatalogReader.problem(row, "The severity '" + (text == null ? "" : text)
                + "' is not one of ERROR (the rules do not load) or WARNING (reported, the rules load)."));
        return null;
    }

    private static boolean whole(Bounds bounds) {
        return (bounds.min() == null || bounds.min().stripTrailingZeros().scale() <= 0)
                && (bounds.max() == null || bounds.max().stripTrailingZeros().scale() <= 0);
    }
}
