package com.kpipolicy.policy;

import com.kpipolicy.policy.fact.PlanQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieBase;

/**
 * Chooses the individual/team blend for a business context from the blend table (rule group
 * "blend-table"), most specific row first, like plans. Resolved once per context.
 */
public final class BlendResolver {
    static final String GROUP = "blend-table";

    /** Shares in percent of the individual and the team total; they sum to 100. */
    public record Blend(BigDecimal individualShare, BigDecimal teamShare, RuleOrigin origin) {
    }

    private final KieBase kieBase;
    private final RuleOrigins origins;
    private final Map<String, TableLayout> layouts;
    private final Map<BusinessContext, Optional<Blend>> resolved = new ConcurrentHashMap<>();

    BlendResolver(KieBase kieBase, RuleOrigins origins, Map<String, TableLayout> layouts) {
        this.kieBase = kieBase;
        this.origins = origins;
        this.layouts = layouts;
    }

    public Optional<Blend> resolve(BusinessContext context) {
        return resolved.computeIfAbsent(context, c -> {
            try (TableRows.Lookups lookups = new TableRows.Lookups(kieBase, origins, GROUP)) {
                return choose(lookups, c, new ArrayList<>());
            }
        });
    }

    void resolveAll(Catalog catalog, List<RuleProblem> problems) {
        try (TableRows.Lookups lookups = new TableRows.Lookups(kieBase, origins, GROUP)) {
            for (String industry : catalog.codes(Catalog.INDUSTRY)) {
                for (String stage : catalog.codes(Catalog.STAGE)) {
                    for (String mode : catalog.codes(Catalog.SALES_MODE)) {
                        BusinessContext context = new BusinessContext(industry, stage, mode);
                        List<RuleProblem> found = new ArrayList<>();
                        resolved.put(context, choose(lookups, context, found));
                        found.stream().filter(p -> !problems.contains(p)).forEach(problems::add);
                    }
                }
            }
        }
    }

    private Optional<Blend> choose(TableRows.Lookups lookups, BusinessContext context, List<RuleProblem> problems) {
        List<Blend> candidates = new ArrayList<>();
        for (TableRows.Values row : lookups.fire(
                new PlanQuery(context.industry(), context.stage(), context.salesMode(), context.planVariant()))) {
            toBlend(row, problems).ifPresent(candidates::add);
        }
        candidates.sort(Comparator.comparingInt(this::specificity).reversed());
        if (candidates.size() > 1 && specificity(candidates.get(0)) == specificity(candidates.get(1))) {
            RuleOrigin first = candidates.get(0).origin();
            problems.add(RuleProblem.error(first.file(), first.sheet(), first.location(), "This row and "
                    + candidates.get(1).origin().location() + " both match " + context
                    + " and are equally specific, so neither can win."));
        }
        return candidates.stream().findFirst();
    }

    private int specificity(Blend blend) {
        TableLayout layout = layouts.get(blend.origin().file());
        return layout == null ? 0 : layout.specificity(blend.origin().rule());
    }

    private static Optional<Blend> toBlend(TableRows.Values row, List<RuleProblem> problems) {
        BigDecimal individual = number(row.get("individualShare"));
        BigDecimal team = number(row.get("teamShare"));
        if (individual == null || team == null || individual.signum() < 0 || team.signum() < 0) {
            problems.add(CatalogReader.problem(row, "Individual % and Team % must both be numbers from 0 to 100,"
                    + " e.g. 90 and 10."));
            return Optional.empty();
        }
        if (individual.add(team).compareTo(BigDecimal.valueOf(100)) != 0) {
            problems.add(CatalogReader.problem(row, "Individual % and Team % sum to "
                    + individual.add(team).toPlainString() + ", not 100."));
            return Optional.empty();
        }
        return Optional.of(new Blend(individual, team, row.origin()));
    }

    private static BigDecimal number(String text) {
        try {
            return text == null ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
