package com.kpipolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.kpipolicy.support.RulesFolder;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the shipped rules/ folder holds, read through the same loader the service uses. */
class ShippedPolicyTest {
    private static Policy policy;

    @BeforeAll
    static void load() {
        policy = RulesFolder.shippedPolicy();
    }

    @Test
    void theSaasPlanIsTheArticlesFusionCaseInCatalogueOrder() {
        Plan plan = policy.plans().require(new BusinessContext("SAAS", "GROWTH", "DIRECT"));

        assertThat(plan.planId()).isEqualTo("SAAS_FUSION");
        assertThat(plan.lines()).extracting(l -> l.kpi().id(), l -> l.kpi().category(), PlanLine::weight).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SALES_AMOUNT", KpiCategory.RESULT, new BigDecimal("35")),
                org.assertj.core.groups.Tuple.tuple("NEW_CUSTOMERS", KpiCategory.PROCESS, new BigDecimal("15")),
                org.assertj.core.groups.Tuple.tuple("RENEWAL_RATE", KpiCategory.CUSTOMER_VALUE, new BigDecimal("20")),
                org.assertj.core.groups.Tuple.tuple("NPS", KpiCategory.CUSTOMER_VALUE, new BigDecimal("10")),
                org.assertj.core.groups.Tuple.tuple("TEAM_COLLABORATION", KpiCategory.COLLABORATION, new BigDecimal("10")),
                org.assertj.core.groups.Tuple.tuple("CRM_DATA_COMPLETENESS", KpiCategory.DIGITAL, new BigDecimal("10")));
        assertThat(plan.origin().describe()).isEqualTo("weights.drl.xlsx, sheet Plans, row 16");
    }

    @Test
    void theSaasPlanAppliesToEveryStageAndSalesMode() {
        for (String stage : policy.catalog().codes(Catalog.STAGE)) {
            for (String mode : policy.catalog().codes(Catalog.SALES_MODE)) {
                assertThat(policy.plans().resolve(new BusinessContext("SAAS", stage, mode)))
                        .get().extracting(Plan::planId).isEqualTo("SAAS_FUSION");
            }
        }
    }

    @Test
    void theCatalogueDefinesTheCoreKpisWithCategoryAndDirection() {
        assertThat(policy.catalog().kpis()).containsKeys("SALES_AMOUNT", "NEW_CUSTOMERS", "RENEWAL_RATE", "NPS",
                "CRM_DATA_COMPLETENESS", "TEAM_COLLABORATION", "COLLECTION_RATE", "AVG_ORDER_CYCLE_DAYS");
        assertThat(policy.catalog().kpi("COLLECTION_RATE")).get()
                .extracting(KpiDefinition::category, KpiDefinition::direction)
                .containsExactly(KpiCategory.RESULT, Direction.HIGHER_IS_BETTER);
        assertThat(policy.catalog().kpi("AVG_ORDER_CYCLE_DAYS")).get()
                .extracting(KpiDefinition::category, KpiDefinition::direction, KpiDefinition::unit)
                .containsExactly(KpiCategory.EFFICIENCY, Direction.LOWER_IS_BETTER, "days");
        assertThat(policy.catalog().kpi("RENEWAL_RATE")).get().extracting(KpiDefinition::nameZh).isEqualTo("续约率/复购率");
    }

    @Test
    void theCatalogueHoldsAtLeast30KpisWithTheCoreEightFirstInTheirOriginalOrder() {
        assertThat(policy.catalog().kpis()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(policy.catalog().kpis().keySet()).startsWith("SALES_AMOUNT", "COLLECTION_RATE", "NEW_CUSTOMERS",
                "RENEWAL_RATE", "NPS", "AVG_ORDER_CYCLE_DAYS", "TEAM_COLLABORATION", "CRM_DATA_COMPLETENESS");
        assertThat(policy.catalog().kpis().values()).extracting(KpiDefinition::category).contains(KpiCategory.values());
    }

    @Test
    void theIndustryCaseKpisOfTheBriefAreCatalogued() {
        assertThat(policy.catalog().kpis().values())
                .extracting(KpiDefinition::id, KpiDefinition::category, KpiDefinition::direction, KpiDefinition::unit)
                .contains(
                        tuple("SIGNED_CONTRACT_AMOUNT", KpiCategory.RESULT, Direction.HIGHER_IS_BETTER, "CNY"),
                        tuple("REGIONAL_SALES", KpiCategory.RESULT, Direction.HIGHER_IS_BETTER, "CNY"),
                        tuple("ENROLMENTS", KpiCategory.RESULT, Direction.HIGHER_IS_BETTER, "count"),
                        tuple("KEY_MILESTONE_COMPLETION", KpiCategory.PROCESS, Direction.HIGHER_IS_BETTER, "ratio"),
                        tuple("TRIAL_CLASS_CONVERSION", KpiCategory.PROCESS, Direction.HIGHER_IS_BETTER, "ratio"),
                        tuple("NEW_CHANNELS", KpiCategory.PROCESS, Direction.HIGHER_IS_BETTER, "count"),
                        tuple("CUSTOMER_SUCCESS_CASES", KpiCategory.CUSTOMER_VALUE, Direction.HIGHER_IS_BETTER, "count"),
                        tuple("PHARMACY_SELL_THROUGH", KpiCategory.CUSTOMER_VALUE, Direction.HIGHER_IS_BETTER, "ratio"),
                        tuple("STUDENT_RENEWAL", KpiCategory.CUSTOMER_VALUE, Direction.HIGHER_IS_BETTER, "ratio"),
                        tuple("DELIVERY_SATISFACTION", KpiCategory.COLLABORATION, Direction.HIGHER_IS_BETTER, "points"),
                        tuple("REP_COLLABORATION", KpiCategory.COLLABORATION, Direction.HIGHER_IS_BETTER, "points"),
                        tuple("TEACHING_COLLABORATION", KpiCategory.COLLABORATION, Direction.HIGHER_IS_BETTER, "points"),
                        tuple("CRM_ACCURACY", KpiCategory.DIGITAL, Direction.HIGHER_IS_BETTER, "ratio"),
                        tuple("KNOWLEDGE_SHARING", KpiCategory.GROWTH, Direction.HIGHER_IS_BETTER, "count"));
        assertThat(policy.catalog().kpi("PHARMACY_SELL_THROUGH")).get().extracting(KpiDefinition::nameZh).isEqualTo("药店终端动销率");
    }

    @Test
    void anIndustryTheCatalogueKnowsButNoRowCoversHasNoPlan() {
        assertThat(policy.catalog().allows(Catalog.INDUSTRY, "B2C")).isTrue();
        assertThat(policy.plans().resolve(new BusinessContext("B2C", "GROWTH", "DIRECT"))).isEmpty();
    }

    @Test
    void theVersionIsAContentHashThatChangesWithAnyByteOfTheRules() {
        assertThat(policy.version()).matches("[0-9a-f]{64}");
        RulesetSource same = RulesetSource.read(RulesFolder.SHIPPED);
        assertThat(same.version()).isEqualTo(policy.version());
        java.util.List<RuleFile> edited = new java.util.ArrayList<>(same.files());
        RuleFile scoring = same.file("scoring.drl").orElseThrow();
        edited.set(edited.indexOf(scoring), new RuleFile("scoring.drl", (new String(scoring.content()) + " ").getBytes()));
        assertThat(RulesetSource.of(edited).version()).isNotEqualTo(policy.version());
    }
}
