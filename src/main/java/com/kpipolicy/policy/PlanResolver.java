package com.kpipolicy.policy;

import com.kpipolicy.policy.fact.PlanQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Chooses the plan for a business context. The weights table's own conditions decide which rows
 * match (rule group "planning"); among matching rows the most specific wins, where a filled
 * condition cell further left outranks all cells to its right (so the column order of the table,
 * e.g. plan variant, industry, stage, mode, is the order of precedence).
 * Plans depend only on the context, so each context is resolved once per ruleset.
 */
public final class PlanResolver {
    static final String GROUP = "planning";
    private static final String PLAN_ID = "planId";

    private final KieBase kieBase;
    private final RuleOrigins origins;
    private final Map<String, TableLayout> layouts;
    private final Catalog catalog;
    private final Map<BusinessContext, Optional<Plan>> resolved = new ConcurrentHashMap<>();

    PlanResolver(KieBase kieBase, RuleOrigins origins, Map<String, TableLayout> layouts, Catalog catalog) {
        this.kieBase = kieBase;
        this.origins = origins;
        this.layouts = layouts;
        this.catalog = catalog;
    }

    public Optional<Plan> resolve(BusinessContext context) {
        return resolved.computeIfAbsent(context, c -> choose(c, new ArrayList<>()));
    }

    public Plan require(BusinessContext context) {
        return resolve(context).orElseThrow(() -> new NoPlanException(context));
    }

    /** Resolves every combination the catalogue allows, so that a bad row stops the load, not a request. */
    void resolveAll(List<RuleProblem> problems) {
        Set<String> matchedRows = new HashSet<>();
        List<String> uncovered = new ArrayList<>();
        List<String> variants = new ArrayList<>();
        variants.add(null);
        variants.addAll(catalog.codes(Catalog.PLAN_VARIANT));
        try (TableRows.Lookups lookups = new TableRows.Lookups(kieBase, origins, GROUP)) {
            for (String variant : variants) {
                for (String industry : catalog.codes(Catalog.INDUSTRY)) {
                    for (String stage : catalog.codes(Catalog.STAGE)) {
                        for (String mode : catalog.codes(Catalog.SALES_MODE)) {
                            BusinessContext context = new BusinessContext(industry, stage, mode, variant);
                            List<RuleProblem> found = new ArrayList<>();
                            Optional<Plan> plan = choose(lookups, context, found, matchedRows);
                            found.stream().filter(p -> !problems.contains(p)).forEach(problems::add);
                            resolved.put(context, plan);
                            if (variant == null && plan.isEmpty() && found.isEmpty()) {
                                uncovered.add(context.industry() + "/" + context.stage() + "/" + context.salesMode());
                            }
                        }
                    }
                }
            }
        }
        if (!uncovered.isEmpty()) {
            problems.add(RuleProblem.error("weights.drl.xlsx", null, null, uncovered.size() + " combination(s) of"
                    + " industry/stage/sales mode have no plan: " + String.join(", ", uncovered.stream().limit(12).toList())
                    + (uncovered.size() > 12 ? " …" : "") + ". Add a row that covers them (e.g. an industry row with"
                    + " stage and sales mode blank)."));
        }
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleOrigin origin = origins.of(rule);
                if (rule instanceof RuleImpl impl && GROUP.equals(impl.getAgendaGroup())
                        && !matchedRows.contains(origin.describe())) {
                    problems.add(RuleProblem.warning(origin.file(), origin.sheet(), origin.location(), "This row never"
                            + " applies: no combination of the industry, stage and sales mode codes listed in"
                            + " kpi-catalog.drl.xlsx (sheet Dimensions) matches its conditions."));
                }
            }
        }
    }

    /** For every plan some combination of codes resolves to, the first such combination (by its name). */
    public List<BusinessContext> oneContextPerPlan() {
        Map<RuleOrigin, BusinessContext> byRow = new LinkedHashMap<>();
        resolved.entrySet().stream().filter(e -> e.getValue().isPresent())
                .sorted(Comparator.comparing(e -> e.getKey().toString()))
                .forEach(e -> byRow.putIfAbsent(e.getValue().get().origin(), e.getKey()));
        return List.copyOf(byRow.values());
    }

    /** Every plan some combination of codes resolves to, once per weights row, in sheet order. */
    List<Plan> distinctPlans() {
        Map<RuleOrigin, Plan> byRow = new LinkedHashMap<>();
        resolved.values().stream().flatMap(Optional::stream).forEach(plan -> byRow.putIfAbsent(plan.origin(), plan));
        return byRow.values().stream()
                .sorted(Comparator.comparing((Plan p) -> p.origin().file())
                        .thenComparing(p -> p.origin().row(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    private Optional<Plan> choose(BusinessContext context, List<RuleProblem> problems) {
        try (TableRows.Lookups lookups = new TableRows.Lookups(kieBase, origins, GROUP)) {
            return choose(lookups, context, problems, new HashSet<>());
        }
    }

    private Optional<Plan> choose(TableRows.Lookups lookups, BusinessContext context, List<RuleProblem> problems,
                                  Set<String> matchedRows) {
        List<Plan> candidates = new ArrayList<>();
        for (TableRows.Values row : lookups.fire(
                new PlanQuery(context.industry(), context.stage(), context.salesMode(), context.planVariant()))) {
            matchedRows.add(row.origin().describe());
            toPlan(row, problems).ifPresent(candidates::add);
        }
        candidates.sort(Comparator.comparingInt(Plan::specificity).reversed());
        if (candidates.size() > 1 && candidates.get(0).specificity() == candidates.get(1).specificity()) {
            Plan first = candidates.get(0);
            problems.add(RuleProblem.error(first.origin().file(), first.origin().sheet(), first.origin().location(),
                    "This row and " + candidates.get(1).origin().location() + " both match " + context
                            + " and are equally specific, so neither can win. Make one row more specific or remove one."));
        }
        // A requested variant is only honoured by a row that names it; the standard plan is not a variant.
        return candidates.stream().findFirst()
                .filter(plan -> context.planVariant() == null || namesVariant(plan.origin()));
    }

    private boolean namesVariant(RuleOrigin origin) {
        TableLayout layout = layouts.get(origin.file());
        return layout != null && layout.locate(origin.rule()).map(at -> at.table().conditions().stream()
                .filter(c -> c.snippet().contains("variant"))
                .anyMatch(c -> !at.row().value(c).isEmpty())).orElse(false);
    }

    private Optional<Plan> toPlan(TableRows.Values row, List<RuleProblem> problems) {
        String planId = row.get(PLAN_ID);
        int before = problems.size();
        if (planId == null) {
            problems.add(CatalogReader.problem(row, "The row has no plan id: give every plan a name, e.g. SAAS_FUSION."));
        }
        List<PlanLine> lines = new ArrayList<>();
        for (Map.Entry<String, String> cell : row.cells().entrySet()) {
            if (cell.getKey().equals(PLAN_ID) || cell.getValue() == null || cell.getValue().isBlank()) {
                continue;
            }
            Optional<KpiDefinition> kpi = catalog.kpi(cell.getKey());
            BigDecimal weight = weight(cell.getValue());
            if (kpi.isEmpty()) {
                problems.add(cellProblem(row, cell.getKey(), "The column " + cell.getKey()
                        + " is not a KPI of the catalogue (kpi-catalog.drl.xlsx): add it there or fix the column's id."));
            } else if (weight == null || weight.signum() <= 0) {
                problems.add(cellProblem(row, cell.getKey(), "The weight of " + cell.getKey() + " is '" + cell.getValue()
                        + "': type a positive number of percent points, e.g. 35 (not 35%, not 0.35)."));
            } else {
                lines.add(new PlanLine(kpi.get(), weight));
            }
        }
        BigDecimal total = lines.stream().map(PlanLine::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (problems.size() == before && total.compareTo(BigDecimal.valueOf(100)) != 0) {
            problems.add(CatalogReader.problem(row, "The weights of plan " + planId + " sum to " + total.toPlainString()
                    + ", not 100."));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        lines.sort(Comparator.comparingInt(l -> catalog.position(l.kpi().id())));
        return Optional.of(new Plan(planId, List.copyOf(lines), row.origin(), specificity(row.origin())));
    }

    /** Names the cell of the row in the given KPI's column when the workbook shows it, else the row. */
    private RuleProblem cellProblem(TableRows.Values row, String column, String message) {
        RuleOrigin origin = row.origin();
        TableLayout layout = layouts.get(origin.file());
        String location = layout == null ? origin.location() : layout.cell(origin.rule(), column).orElse(origin.location());
        return RuleProblem.error(origin.file(), origin.sheet(), location, message);
    }

    private int specificity(RuleOrigin origin) {
        TableLayout layout = layouts.get(origin.file());
        return layout == null ? 0 : layout.specificity(origin.rule());
    }

    private static BigDecimal weight(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
