package com.kpipolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.kpipolicy.support.RulesFolder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    void everyIndustryStageAndSalesModeResolvesToAPlanOfThreeToSixKpisSummingTo100WithResultsAt30To50() {
        List<String> industries = policy.catalog().codes(Catalog.INDUSTRY);
        List<String> stages = policy.catalog().codes(Catalog.STAGE);
        List<String> modes = policy.catalog().codes(Catalog.SALES_MODE);
        assertThat(industries).containsExactly("B2B", "B2C", "SAAS", "FMCG", "IT_SOLUTIONS", "PHARMA", "EDUCATION");
        assertThat(stages).containsExactly("STARTUP", "GROWTH", "MATURE");
        assertThat(modes).containsExactly("DIRECT", "CHANNEL", "PROJECT");

        int combinations = 0;
        for (String industry : industries) {
            for (String stage : stages) {
                for (String mode : modes) {
                    BusinessContext context = new BusinessContext(industry, stage, mode);
                    Plan plan = policy.plans().resolve(context).orElseThrow(() -> new AssertionError("no plan for " + context));
                    assertThat(plan.lines()).as("KPIs of %s for %s", plan.planId(), context).hasSizeBetween(3, 6);
                    assertThat(total(plan, null)).as("weights of %s", plan.planId()).isEqualByComparingTo("100");
                    assertThat(total(plan, KpiCategory.RESULT)).as("RESULT weight of %s", plan.planId())
                            .isBetween(new BigDecimal("30"), new BigDecimal("50"));
                    combinations++;
                }
            }
        }
        assertThat(combinations).isEqualTo(63);
    }

    @Test
    void eachIndustryGetsItsDefaultPlanUnlessItsStageRowOrElseItsSalesModeRowIsMoreSpecific() {
        // Columns: DIRECT, CHANNEL, PROJECT. A stage row outranks a sales-mode row of the same industry.
        Map<String, Map<String, List<String>>> expected = new LinkedHashMap<>();
        expected.put("SAAS", Map.of(
                "STARTUP", List.of("SAAS_FUSION", "SAAS_FUSION", "SAAS_FUSION"),
                "GROWTH", List.of("SAAS_FUSION", "SAAS_FUSION", "SAAS_FUSION"),
                "MATURE", List.of("SAAS_FUSION", "SAAS_FUSION", "SAAS_FUSION")));
        expected.put("B2B", Map.of(
                "STARTUP", List.of("B2B_STARTUP", "B2B_STARTUP", "B2B_STARTUP"),
                "GROWTH", List.of("B2B_LONG_CYCLE", "B2B_CHANNEL", "B2B_PROJECT"),
                "MATURE", List.of("B2B_MATURE_PIPELINE", "B2B_MATURE_PIPELINE", "B2B_MATURE_PIPELINE")));
        expected.put("B2C", Map.of(
                "STARTUP", List.of("B2C_STARTUP", "B2C_STARTUP", "B2C_STARTUP"),
                "GROWTH", List.of("B2C_REPEAT_PURCHASE", "B2C_CHANNEL", "B2C_REPEAT_PURCHASE"),
                "MATURE", List.of("B2C_REPEAT_PURCHASE", "B2C_CHANNEL", "B2C_REPEAT_PURCHASE")));
        expected.put("FMCG", Map.of(
                "STARTUP", List.of("FMCG_STARTUP", "FMCG_STARTUP", "FMCG_STARTUP"),
                "GROWTH", List.of("FMCG_CHANNEL_COVERAGE", "FMCG_CHANNEL_COVERAGE", "FMCG_CHANNEL_COVERAGE"),
                "MATURE", List.of("FMCG_MATURE", "FMCG_MATURE", "FMCG_MATURE")));
        expected.put("IT_SOLUTIONS", Map.of(
                "STARTUP", List.of("IT_SOLUTIONS_STARTUP", "IT_SOLUTIONS_STARTUP", "IT_SOLUTIONS_STARTUP"),
                "GROWTH", List.of("IT_SOLUTIONS_DELIVERY", "IT_SOLUTIONS_CHANNEL", "IT_SOLUTIONS_DELIVERY"),
                "MATURE", List.of("IT_SOLUTIONS_MATURE", "IT_SOLUTIONS_MATURE", "IT_SOLUTIONS_MATURE")));
        expected.put("PHARMA", Map.of(
                "STARTUP", List.of("PHARMA_STARTUP", "PHARMA_STARTUP", "PHARMA_STARTUP"),
                "GROWTH", List.of("PHARMA_REGIONAL", "PHARMA_REGIONAL", "PHARMA_REGIONAL"),
                "MATURE", List.of("PHARMA_MATURE", "PHARMA_MATURE", "PHARMA_MATURE")));
        expected.put("EDUCATION", Map.of(
                "STARTUP", List.of("EDUCATION_STARTUP", "EDUCATION_STARTUP", "EDUCATION_STARTUP"),
                "GROWTH", List.of("EDUCATION_ENROLMENT", "EDUCATION_CHANNEL", "EDUCATION_ENROLMENT"),
                "MATURE", List.of("EDUCATION_MATURE", "EDUCATION_MATURE", "EDUCATION_MATURE")));
        List<String> modes = List.of("DIRECT", "CHANNEL", "PROJECT");

        expected.forEach((industry, byStage) -> byStage.forEach((stage, planIds) -> {
            for (int i = 0; i < modes.size(); i++) {
                BusinessContext context = new BusinessContext(industry, stage, modes.get(i));
                assertThat(policy.plans().require(context).planId()).as("plan for %s", context).isEqualTo(planIds.get(i));
            }
        }));
    }

    @Test
    void channelPlansCarryChannelKpisAndTheProjectPlanCarriesMilestonesAndTeamwork() {
        for (String industry : List.of("B2B", "B2C", "FMCG", "IT_SOLUTIONS", "PHARMA", "EDUCATION")) {
            Plan plan = policy.plans().require(new BusinessContext(industry, "GROWTH", "CHANNEL"));
            assertThat(kpiIds(plan)).as("KPIs of %s", plan.planId()).containsAnyOf("CHANNEL_DEVELOPMENT", "NEW_CHANNELS");
            assertThat(kpiIds(plan)).as("KPIs of %s", plan.planId()).containsAnyOf("MARKET_COVERAGE", "PARTNER_MANAGEMENT",
                    "DISTRIBUTION_RATE", "PHARMACY_SELL_THROUGH");
        }
        assertThat(kpiIds(policy.plans().require(new BusinessContext("B2B", "GROWTH", "PROJECT"))))
                .contains("KEY_MILESTONE_COMPLETION", "SOLUTION_INNOVATION", "TEAM_COLLABORATION");
    }

    @Test
    void startupPlansAreSimpleAndLedByTheDealAmountAndNewBusiness() {
        for (String industry : List.of("B2B", "B2C", "FMCG", "IT_SOLUTIONS", "PHARMA", "EDUCATION")) {
            Plan plan = policy.plans().require(new BusinessContext(industry, "STARTUP", "DIRECT"));
            assertThat(plan.lines()).as("KPIs of %s", plan.planId()).hasSize(4);
            assertThat(total(plan, KpiCategory.RESULT)).as("RESULT weight of %s", plan.planId()).isEqualByComparingTo("50");
            assertThat(kpiIds(plan)).as("KPIs of %s", plan.planId()).containsAnyOf("NEW_CUSTOMERS", "TRIAL_CLASS_CONVERSION");
        }
    }

    @Test
    void matureTeamsWeighCustomerValueAndProcessAtLeastAsMuchAsTheirIndustryDefaultAndMoreInTotal() {
        for (String industry : List.of("B2B", "FMCG", "IT_SOLUTIONS", "PHARMA", "EDUCATION")) {
            Plan mature = policy.plans().require(new BusinessContext(industry, "MATURE", "DIRECT"));
            Plan standard = policy.plans().require(new BusinessContext(industry, "GROWTH", "DIRECT"));
            assertThat(total(mature, KpiCategory.CUSTOMER_VALUE).add(total(mature, KpiCategory.PROCESS)))
                    .as("%s against %s", mature.planId(), standard.planId())
                    .isGreaterThan(total(standard, KpiCategory.CUSTOMER_VALUE).add(total(standard, KpiCategory.PROCESS)));
            assertThat(total(mature, KpiCategory.CUSTOMER_VALUE)).isGreaterThanOrEqualTo(total(standard, KpiCategory.CUSTOMER_VALUE));
        }
    }

    @Test
    void thePerformanceGrowthVariantIsTheArticles50201515ForAnyIndustryStageAndMode() {
        for (BusinessContext context : everyContextWith("PERFORMANCE_GROWTH")) {
            Plan plan = policy.plans().require(context);
            assertThat(plan.planId()).isEqualTo("FAQ1_PERFORMANCE_GROWTH");
            assertThat(plan.lines()).extracting(l -> l.kpi().id(), l -> l.kpi().category(), PlanLine::weight).containsExactly(
                    tuple("NEW_CUSTOMERS", KpiCategory.PROCESS, new BigDecimal("20")),
                    tuple("SIGNED_CONTRACT_AMOUNT", KpiCategory.RESULT, new BigDecimal("50")),
                    tuple("CROSS_DEPARTMENT_PROJECTS", KpiCategory.COLLABORATION, new BigDecimal("15")),
                    tuple("KNOWLEDGE_SHARING", KpiCategory.GROWTH, new BigDecimal("15")));
        }
    }

    @Test
    void theShortLongTermVariantIsTheArticles50201515ForAnyIndustryStageAndMode() {
        for (BusinessContext context : everyContextWith("SHORT_LONG_TERM")) {
            Plan plan = policy.plans().require(context);
            assertThat(plan.planId()).isEqualTo("FAQ3_SHORT_LONG_TERM");
            assertThat(plan.lines()).extracting(l -> l.kpi().id(), l -> l.kpi().category(), PlanLine::weight).containsExactly(
                    tuple("SALES_AMOUNT", KpiCategory.RESULT, new BigDecimal("50")),
                    tuple("NPS", KpiCategory.CUSTOMER_VALUE, new BigDecimal("15")),
                    tuple("REPEAT_CUSTOMER_GROWTH", KpiCategory.CUSTOMER_VALUE, new BigDecimal("20")),
                    tuple("REFERRALS", KpiCategory.CUSTOMER_VALUE, new BigDecimal("15")));
        }
    }

    @Test
    void theCatalogueOffersExactlyTheTwoArticleVariants() {
        assertThat(policy.catalog().codes(Catalog.PLAN_VARIANT)).containsExactly("PERFORMANCE_GROWTH", "SHORT_LONG_TERM");
    }

    @Test
    void everyPlanRowAppliesToSomeBusinessContext() {
        assertThat(policy.warnings()).noneSatisfy(w -> assertThat(w.message()).contains("never applies"));
    }

    private static List<BusinessContext> everyContextWith(String variant) {
        List<BusinessContext> contexts = new ArrayList<>();
        for (String industry : policy.catalog().codes(Catalog.INDUSTRY)) {
            for (String stage : policy.catalog().codes(Catalog.STAGE)) {
                for (String mode : policy.catalog().codes(Catalog.SALES_MODE)) {
                    contexts.add(new BusinessContext(industry, stage, mode, variant));
                }
            }
        }
        assertThat(contexts).hasSize(63);
        return contexts;
    }

    private static BigDecimal total(Plan plan, KpiCategory category) {
        return plan.lines().stream().filter(l -> category == null || l.kpi().category() == category)
                .map(PlanLine::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<String> kpiIds(Plan plan) {
        return plan.lines().stream().map(l -> l.kpi().id()).toList();
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
