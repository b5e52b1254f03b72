package com.kpipolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.policy.fact.PlanQuery;
import com.kpipolicy.support.RulesFolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A load resolves every business context through one session of the shipped rules; each lookup must see only its
 * own query and the rows it matched, as if it had a session of its own.
 */
class TableLookupsTest {
    private static CompiledRuleset compiled;
    private static RuleOrigins origins;
    private static Catalog catalog;

    @BeforeAll
    static void compileTheShippedRules() {
        compiled = new RulesetCompiler().compile(RulesetSource.read(RulesFolder.SHIPPED));
        origins = RuleOrigins.of(compiled.kieBase(), compiled.generatedDrl(), compiled.layouts());
        catalog = new CatalogReader().read(compiled.kieBase(), origins, new ArrayList<>());
    }

    private static List<BusinessContext> everyContext() {
        List<String> variants = new ArrayList<>();
        variants.add(null);
        variants.addAll(catalog.codes(Catalog.PLAN_VARIANT));
        List<BusinessContext> contexts = new ArrayList<>();
        for (String variant : variants) {
            for (String industry : catalog.codes(Catalog.INDUSTRY)) {
                for (String stage : catalog.codes(Catalog.STAGE)) {
                    for (String mode : catalog.codes(Catalog.SALES_MODE)) {
                        contexts.add(new BusinessContext(industry, stage, mode, variant));
                    }
                }
            }
        }
        return contexts;
    }

    /** Each matched row and its cells; the cells by column, since the session hands facts back in no set order. */
    private static List<String> rows(List<TableRows.Values> values) {
        return values.stream().map(v -> v.origin().describe() + " " + new TreeMap<>(v.cells())).toList();
    }

    @Test
    void aLookupInASharedSessionMatchesTheRowsItMatchesInASessionOfItsOwn() {
        PlanQuery saas = new PlanQuery("SAAS", "GROWTH", "DIRECT", null);
        PlanQuery pharma = new PlanQuery("PHARMA", "MATURE", "CHANNEL", null);
        List<String> saasAlone = rows(TableRows.fire(compiled.kieBase(), origins, PlanResolver.GROUP, saas));
        List<String> pharmaAlone = rows(TableRows.fire(compiled.kieBase(), origins, PlanResolver.GROUP, pharma));
        assertThat(saasAlone).isNotEmpty().isNotEqualTo(pharmaAlone);
        assertThat(pharmaAlone).isNotEmpty();

        try (TableRows.Lookups shared = new TableRows.Lookups(compiled.kieBase(), origins, PlanResolver.GROUP)) {
            assertThat(rows(shared.fire(saas))).isEqualTo(saasAlone);
            assertThat(rows(shared.fire(pharma))).isEqualTo(pharmaAlone);
            assertThat(rows(shared.fire(saas))).isEqualTo(saasAlone);
        }
    }

    @Test
    void aRowsCellsComeInTheOrderOfTheSheetsColumns() {
        // So that the problems of one row (two bad weights, say) are listed the same way at every load.
        List<TableRows.Values> saas = TableRows.fire(compiled.kieBase(), origins, PlanResolver.GROUP,
                new PlanQuery("SAAS", "GROWTH", "DIRECT", null));

        assertThat(saas).singleElement().satisfies(row -> assertThat(row.cells().keySet()).containsExactly("planId",
                "SALES_AMOUNT", "NEW_CUSTOMERS", "RENEWAL_RATE", "NPS", "TEAM_COLLABORATION", "CRM_DATA_COMPLETENESS"));
    }

    @Test
    void everyContextGetsThePlanAndBlendItGetsWhenResolvedAlone() {
        Map<String, TableLayout> layouts = compiled.layouts();
        PlanResolver together = new PlanResolver(compiled.kieBase(), origins, layouts, catalog);
        List<RuleProblem> problems = new ArrayList<>();
        together.resolveAll(problems);
        BlendResolver blendsTogether = new BlendResolver(compiled.kieBase(), origins, layouts);
        blendsTogether.resolveAll(catalog, problems);
        assertThat(problems).noneMatch(RuleProblem::isError);

        int planned = 0;
        for (BusinessContext context : everyContext()) {
            Optional<Plan> alone = new PlanResolver(compiled.kieBase(), origins, layouts, catalog).resolve(context);
            assertThat(together.resolve(context)).as("%s", context).isEqualTo(alone);
            planned += alone.isPresent() ? 1 : 0;
            if (context.planVariant() == null) {
                assertThat(blendsTogether.resolve(context)).as("%s", context)
                        .isEqualTo(new BlendResolver(compiled.kieBase(), origins, layouts).resolve(context));
            }
        }
        assertThat(planned).isGreaterThan(catalog.codes(Catalog.INDUSTRY).size());
    }
}
