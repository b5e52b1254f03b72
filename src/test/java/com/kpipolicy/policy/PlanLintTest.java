package com.kpipolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.support.RulesFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan checks of plan-checks.drl.xlsx, applied when the rules load, to the shipped rules and
 * to copies an analyst has edited. Shipped layout: weights.drl.xlsx Plans row 16 SAAS_FUSION,
 * row 17 B2B_LONG_CYCLE, columns F SALES_AMOUNT, G COLLECTION_RATE, H NEW_CUSTOMERS,
 * I RENEWAL_RATE, J NPS, K AVG_ORDER_CYCLE_DAYS, L TEAM_COLLABORATION, M CRM_DATA_COMPLETENESS;
 * plan-checks.drl.xlsx CategoryRanges rows 15-21 (RESULT … GROWTH), columns A category,
 * B min %, C max %, D every plan needs it, E severity; PlanSize row 15, columns A min, B max, C severity.
 */
class PlanLintTest {
    private static final String WEIGHTS = "weights.drl.xlsx";
    private static final String CHECKS = "plan-checks.drl.xlsx";

    @TempDir
    Path dir;

    private RulesFolder rules() {
        return RulesFolder.copyOfShipped(dir);
    }

    /** The deliberate departures from the brief's group ranges, each explained in rules/README.md. */
    static final List<String> PLANS_OUTSIDE_A_WARNING_RANGE = List.of("SAAS_FUSION", "B2B_LONG_CYCLE",
            "B2C_REPEAT_PURCHASE", "B2B_STARTUP", "B2C_STARTUP", "FMCG_STARTUP", "IT_SOLUTIONS_STARTUP", "PHARMA_STARTUP",
            "EDUCATION_STARTUP", "FAQ1_PERFORMANCE_GROWTH", "FAQ3_SHORT_LONG_TERM");

    @Test
    void theShippedPlansPassWithWarningsOnlyWhereThePolicyDepartsFromTheBriefsRangesOnPurpose() {
        Policy policy = RulesFolder.shippedPolicy();

        assertThat(policy.warnings()).hasSize(12).allSatisfy(w -> {
            assertThat(w.file()).isEqualTo(WEIGHTS);
            assertThat(w.message()).contains("of the weight; the plan checks (plan-checks.drl.xlsx, sheet CategoryRanges");
        });
        assertThat(policy.warnings()).extracting(w -> w.message().split(" ")[1]).containsOnlyElementsOf(
                PLANS_OUTSIDE_A_WARNING_RANGE).containsAll(PLANS_OUTSIDE_A_WARNING_RANGE);
        assertThat(policy.warnings()).extracting(RuleProblem::toString).contains(
                "WARNING weights.drl.xlsx, sheet Plans, row 16: plan SAAS_FUSION gives PROCESS KPIs 15% of the weight;"
                        + " the plan checks (plan-checks.drl.xlsx, sheet CategoryRanges, row 16) require 20–30%.",
                "WARNING weights.drl.xlsx, sheet Plans, row 16: plan SAAS_FUSION gives CUSTOMER_VALUE KPIs 30% of the"
                        + " weight; the plan checks (plan-checks.drl.xlsx, sheet CategoryRanges, row 17) require 10–20%.",
                "WARNING weights.drl.xlsx, sheet Plans, row 17: plan B2B_LONG_CYCLE gives PROCESS KPIs 15% of the weight;"
                        + " the plan checks (plan-checks.drl.xlsx, sheet CategoryRanges, row 16) require 20–30%.");
    }

    @Test
    void aPlanWhoseResultKpisFallTo25PercentIsRefusedNamingItsWeightsRow() {
        RulesFolder rules = rules().setCell(WEIGHTS, "Plans", "F16", 25).setCell(WEIGHTS, "Plans", "H16", 25);

        assertThat(rules.loadErrors()).extracting(RuleProblem::toString).containsExactly(
                "ERROR weights.drl.xlsx, sheet Plans, row 16: plan SAAS_FUSION gives RESULT KPIs 25% of the weight;"
                        + " the plan checks (plan-checks.drl.xlsx, sheet CategoryRanges, row 15) require 30–50%.");
    }

    @Test
    void aPlanWithoutAnyResultKpiIsRefusedAsGivingThemNothing() {
        RulesFolder rules = rules()
                .setCell(WEIGHTS, "Plans", "F17", null).setCell(WEIGHTS, "Plans", "G17", null)
                .setCell(WEIGHTS, "Plans", "H17", 30).setCell(WEIGHTS, "Plans", "I17", 20)
                .setCell(WEIGHTS, "Plans", "J17", 30);

        assertThat(rules.loadErrors()).singleElement().satisfies(p -> {
            assertThat(p.toString()).startsWith("ERROR weights.drl.xlsx, sheet Plans, row 17:");
            assertThat(p.message()).isEqualTo("plan B2B_LONG_CYCLE gives RESULT KPIs 0% of the weight; the plan checks"
                    + " (plan-checks.drl.xlsx, sheet CategoryRanges, row 15) require 30–50%.");
        });
    }

    @Test
    void aPlanWithSevenKpisIsRefused() {
        // Adds AVG_ORDER_CYCLE_DAYS 5 and takes 5 from NPS: still 100, RESULT still 35.
        RulesFolder rules = rules().setCell(WEIGHTS, "Plans", "K16", 5).setCell(WEIGHTS, "Plans", "J16", 5);

        assertThat(rules.loadErrors()).extracting(RuleProblem::toString).containsExactly(
                "ERROR weights.drl.xlsx, sheet Plans, row 16: plan SAAS_FUSION has 7 KPIs; the plan checks"
                        + " (plan-checks.drl.xlsx, sheet PlanSize, row 15) require 3–6 KPIs.");
    }

    @Test
    void aPlanWithTwoKpisIsRefused() {
        // SALES_AMOUNT 50 and RENEWAL_RATE 50: still 100, RESULT at the top of its range.
        RulesFolder rules = rules()
                .setCell(WEIGHTS, "Plans", "F17", 50).setCell(WEIGHTS, "Plans", "G17", null)
                .setCell(WEIGHTS, "Plans", "H17", null).setCell(WEIGHTS, "Plans", "I17", 50)
                .setCell(WEIGHTS, "Plans", "K17", null).setCell(WEIGHTS, "Plans", "L17", null);

        assertThat(rules.loadErrors()).extracting(RuleProblem::toString).containsExactly(
                "ERROR weights.drl.xlsx, sheet Plans, row 17: plan B2B_LONG_CYCLE has 2 KPIs; the plan checks"
                        + " (plan-checks.drl.xlsx, sheet PlanSize, row 15) require 3–6 KPIs.");
    }

    @Test
    void anAnalystWideningTheResultRangeLetsThePreviouslyRefusedPlanLoad() {
        RulesFolder rules = rules().setCell(WEIGHTS, "Plans", "F16", 25).setCell(WEIGHTS, "Plans", "H16", 25)
                .setCell(CHECKS, "CategoryRanges", "B15", 20);

        Policy policy = rules.load();

        assertThat(policy.plans().require(new BusinessContext("SAAS", "GROWTH", "DIRECT")).planId())
                .isEqualTo("SAAS_FUSION");
        assertThat(policy.warnings()).noneMatch(p -> p.message().contains("RESULT"));
    }

    @Test
    void anAnalystAllowingSevenKpisLetsASevenKpiPlanLoad() {
        RulesFolder rules = rules().setCell(WEIGHTS, "Plans", "K16", 5).setCell(WEIGHTS, "Plans", "J16", 5)
                .setCell(CHECKS, "PlanSize", "B15", 7);

        assertThat(rules.load().plans().require(new BusinessContext("SAAS", "GROWTH", "DIRECT")).lines()).hasSize(7);
    }

    @Test
    void aCategoryOutsideAWarningRangeLoadsWithAWarningNamingTheRow() {
        // B2B: TEAM_COLLABORATION 10 -> 15, RENEWAL_RATE 15 -> 10, still 100.
        RulesFolder rules = rules().setCell(WEIGHTS, "Plans", "L17", 15).setCell(WEIGHTS, "Plans", "I17", 10);

        Policy policy = rules.load();

        assertThat(policy.warnings()).extracting(RuleProblem::toString).contains(
                "WARNING weights.drl.xlsx, sheet Plans, row 17: plan B2B_LONG_CYCLE gives COLLABORATION KPIs 15% of the"
                        + " weight; the plan checks (plan-checks.drl.xlsx, sheet CategoryRanges, row 19) require 5–10%.");
    }

    @Test
    void aCategoryTheAnalystMarksAsErrorRefusesThePlan() {
        RulesFolder rules = rules().setCell(CHECKS, "CategoryRanges", "E16", "ERROR");

        // PROCESS outside 20-30%: the SaaS and B2B defaults (15%) and the six start-up plans (35%).
        assertThat(rules.loadErrors()).extracting(RuleProblem::location)
                .containsExactly("row 16", "row 17", "row 23", "row 24", "row 25", "row 26", "row 27", "row 28");
    }

    @Test
    void aCategoryAPlanDoesNotUseIsNotCheckedUnlessEveryPlanNeedsIt() {
        // B2B_LONG_CYCLE has no DIGITAL KPI: fine until the analyst says every plan needs one.
        RulesFolder rules = rules().setCell(CHECKS, "CategoryRanges", "D20", "YES");

        assertThat(RulesFolder.shippedPolicy().warnings()).noneMatch(p -> p.message().contains("DIGITAL"));
        assertThat(rules.load().warnings()).extracting(RuleProblem::toString).contains(
                "WARNING weights.drl.xlsx, sheet Plans, row 17: plan B2B_LONG_CYCLE gives DIGITAL KPIs 0% of the weight;"
                        + " the plan checks (plan-checks.drl.xlsx, sheet CategoryRanges, row 20) require 10–15%.");
    }

    @Test
    void withoutThePlanChecksWorkbookTheRulesDoNotLoad() throws IOException {
        RulesFolder rules = rules();
        Files.delete(rules.dir().resolve(CHECKS));

        assertThat(rules.loadErrors()).singleElement().satisfies(p ->
                assertThat(p.toString()).startsWith("ERROR rules: No plan checks were found:"));
    }

    @Test
    void aMistypedSeverityIsRefusedNamingThePlanChecksRow() {
        List<RuleProblem> errors = rules().setCell(CHECKS, "CategoryRanges", "E18", "WARN").loadErrors();

        assertThat(errors).extracting(RuleProblem::toString).containsExactly(
                "ERROR plan-checks.drl.xlsx, sheet CategoryRanges, row 18: The severity 'WARN' is not one of ERROR"
                        + " (the rules do not load) or WARNING (reported, the rules load).");
    }

    @Test
    void aMinimumAboveTheMaximumIsRefusedNamingThePlanChecksRow() {
        List<RuleProblem> errors = rules().setCell(CHECKS, "PlanSize", "A15", 7).loadErrors();

        assertThat(errors).extracting(RuleProblem::toString).containsExactly(
                "ERROR plan-checks.drl.xlsx, sheet PlanSize, row 15: The minimum 7 is above the maximum 6:"
                        + " no plan could pass.");
    }
}
