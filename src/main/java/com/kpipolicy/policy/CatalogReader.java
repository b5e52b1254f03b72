package com.kpipolicy.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;

/**
 * Reads the catalogue tables (rule group "catalog") into a {@link Catalog}, and reports every
 * row an analyst must fix: a missing cell, an unknown category or direction, a repeated id.
 */
final class CatalogReader {
    static final String GROUP = "catalog";
    private static final Set<String> REQUIRED = Set.of(Catalog.INDUSTRY, Catalog.STAGE, Catalog.SALES_MODE);
    private static final Set<String> DIMENSIONS = Set.of(Catalog.INDUSTRY, Catalog.STAGE, Catalog.SALES_MODE,
            Catalog.PLAN_VARIANT);

    Catalog read(KieBase kieBase, RuleOrigins origins, List<RuleProblem> problems) {
        Map<String, KpiDefinition> kpis = new LinkedHashMap<>();
        Map<String, List<String>> dimensions = new LinkedHashMap<>();
        for (TableRows.Values row : TableRows.fire(kieBase, origins, GROUP)) {
            if (row.cells().containsKey("kpi")) {
                readKpi(row, kpis, problems);
            } else if (row.cells().containsKey("dimension")) {
                readDimension(row, dimensions, problems);
            }
        }
        if (kpis.isEmpty()) {
            problems.add(RuleProblem.error(null, null, null,
                    "No KPI catalogue was found: kpi-catalog.drl.xlsx must list at least one KPI (rule group 'catalog')."));
        }
        for (String dimension : REQUIRED) {
            if (!dimensions.containsKey(dimension)) {
                problems.add(RuleProblem.error(null, null, null, "The catalogue lists no codes for the dimension '"
                        + dimension + "': add rows for it to the Dimensions sheet of kpi-catalog.drl.xlsx."));
            }
        }
        dimensions.replaceAll((k, v) -> List.copyOf(v));
        return new Catalog(Collections.unmodifiableMap(kpis), Collections.unmodifiableMap(dimensions));
    }

    private static void readKpi(TableRows.Values row, Map<String, KpiDefinition> kpis, List<RuleProblem> problems) {
        String id = row.get("kpi");
        KpiCategory category = parse(KpiCategory.class, row, "category", problems);
        Direction direction = parse(Direction.class, row, "direction", problems);
        if (id == null || !id.matches("[A-Z][A-Z0-9_]*")) {
            problems.add(problem(row, "The KPI id '" + (id == null ? "" : id)
                    + "' must be UPPER_SNAKE (capital letters, digits and underscores), e.g. SALES_AMOUNT."));
            return;
        }
        if (kpis.containsKey(id)) {
            problems.add(problem(row, "The KPI id " + id + " is listed twice; each KPI must have exactly one row."));
            return;
        }
        if (category != null && direction != null) {
            kpis.put(id, new KpiDefinition(id, category, direction, orEmpty(row.get("unit")),
                    orEmpty(row.get("nameEn")), orEmpty(row.get("nameZh"))));
        }
    }

    private static void readDimension(TableRows.Values row, Map<String, List<String>> dimensions, List<RuleProblem> problems) {
        String dimension = row.get("dimension");
        String code = row.get("code");
        if (dimension == null || !DIMENSIONS.contains(dimension)) {
            problems.add(problem(row, "Dimension must be one of " + String.join(", ", DIMENSIONS.stream().sorted().toList())
                    + ", not '" + (dimension == null ? "" : dimension) + "'."));
            return;
        }
        if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
            problems.add(problem(row, "The code must be UPPER_SNAKE, e.g. SAAS, not '" + (code == null ? "" : code) + "'."));
            return;
        }
        List<String> codes = dimensions.computeIfAbsent(dimension, k -> new ArrayList<>());
        if (codes.contains(code)) {
            problems.add(problem(row, "The " + dimension + " code " + code + " is listed twice."));
            return;
        }
        codes.add(code);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, TableRows.Values row, String column, List<RuleProblem> problems) {
        String value = row.get(column);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        problems.add(problem(row, "The " + column + " '" + (value == null ? "" : value) + "' is not one of "
                + String.join(", ", allowed) + "."));
        return null;
    }

    static RuleProblem problem(TableRows.Values row, String message) {
        RuleOrigin origin = row.origin();
        return RuleProblem.error(origin.file(), origin.sheet(), origin.location(), message);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
