package com.kpipolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kpipolicy.support.RulesFolder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits an analyst makes to a copy of the shipped rules, and what the loader makes of them:
 * good edits take effect, bad ones are refused with the file, sheet and row to fix.
 * Shipped layout: weights.drl.xlsx Plans rows 16 (SAAS), 17 (B2B) and 18 (B2C), the three industry defaults, columns A-D
 * conditions (variant, industry, stage, mode), E plan id, F SALES_AMOUNT … M CRM_DATA_COMPLETENESS (the first eight
 * catalogue KPIs; the other KPIs follow). Row 18 weighs only KPIs that row 16 weighs too, so copying row 16 onto row 18
 * replaces it completely, which leaves B2C with only its STARTUP and CHANNEL rows. grades.drl.xlsx Grades rows 15-19 (S-D).
 */
class AnalystEditsTest {
    private static final String WEIGHTS = "weights.drl.xlsx";
    private static final String GRADES = "grades.drl.xlsx";

    @TempDir
    Path dir;

    private RulesFolder rules() {
        return RulesFolder.copyOfShipped(dir);
    }

    @Test
    void aRowNamingTheStageWinsOverTheIndustryOnlyRowForThatStage() {
        RulesFolder rules = rules().copyRow(WEIGHTS, "Plans", 16, 41)
                .setCell(WEIGHTS, "Plans", "C41", "MATURE")
                .setCell(WEIGHTS, "Plans", "E41", "SAAS_MATURE")
                .setCell(WEIGHTS, "Plans", "F41", 30)
                .setCell(WEIGHTS, "Plans", "I41", 25);

        Policy policy = rules.load();

        assertThat(policy.plans().require(new BusinessContext("SAAS", "MATURE", "CHANNEL")).planId()).isEqualTo("SAAS_MATURE");
        assertThat(policy.plans().require(new BusinessContext("SAAS", "GROWTH", "CHANNEL")).planId()).isEqualTo("SAAS_FUSION");
    }

    @Test
    void aFilledIndustryCellOutranksAFilledStageCell() {
        // A stage-only row for MATURE: every industry has its own default row, which must still win.
        RulesFolder rules = rules().copyRow(WEIGHTS, "Plans", 16, 41)
                .setCell(WEIGHTS, "Plans", "B41", null)
                .setCell(WEIGHTS, "Plans", "C41", "MATURE")
                .setCell(WEIGHTS, "Plans", "E41", "ANY_MATURE");

        Policy policy = rules.load();

        assertThat(policy.plans().require(new BusinessContext("SAAS", "MATURE", "DIRECT")).planId()).isEqualTo("SAAS_FUSION");
        assertThat(policy.plans().require(new BusinessContext("B2C", "MATURE", "DIRECT")).planId())
                .isEqualTo("B2C_REPEAT_PURCHASE");
        assertThat(policy.plans().require(new BusinessContext("B2B", "MATURE", "DIRECT")).planId())
                .isEqualTo("B2B_MATURE_PIPELINE");
    }

    @Test
    void aChangedWeightTakesEffectOnTheNextLoad() {
        RulesFolder rules = rules().setCell(WEIGHTS, "Plans", "F16", 40).setCell(WEIGHTS, "Plans", "H16", 10);

        Plan plan = rules.load().plans().require(new BusinessContext("SAAS", "GROWTH", "DIRECT"));

        assertThat(plan.lines()).filteredOn(l -> l.kpi().id().equals("SALES_AMOUNT"))
                .singleElement().extracting(PlanLine::weight).isEqualTo(new java.math.BigDecimal("40"));
    }

    @Test
    void weightsSummingTo99AreRefusedNamingFileSheetAndRow() {
        List<RuleProblem> errors = rules().setCell(WEIGHTS, "Plans", "F16", 34).loadErrors();

        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(WEIGHTS);
            assertThat(p.sheet()).isEqualTo("Plans");
            assertThat(p.location()).isEqualTo("row 16");
            assertThat(p.message()).contains("SAAS_FUSION").contains("sum to 99");
        });
    }

    @Test
    void aWeightTypedAsAPercentageIsRefusedBecauseThePlanNoLongerSumsTo100() {
        List<RuleProblem> errors = rules().setCell(WEIGHTS, "Plans", "F16", 0.35).loadErrors();

        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("row 16");
            assertThat(p.message()).contains("sum to 65.35");
        });
    }

    @Test
    void aWeightThatIsNotANumberIsRefusedNamingTheKpi() {
        List<RuleProblem> errors = rules().setCell(WEIGHTS, "Plans", "H16", "fifteen").loadErrors();

        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.toString()).startsWith("ERROR weights.drl.xlsx, sheet Plans, cell H16:");
            assertThat(p.message()).contains("NEW_CUSTOMERS").contains("'fifteen'");
        });
    }

    @Test
    void twoRowsWithTheSameConditionsAreRefusedAsAmbiguous() {
        List<RuleProblem> errors = rules().copyRow(WEIGHTS, "Plans", 16, 41).loadErrors();

        assertThat(errors).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(WEIGHTS);
            assertThat(p.message()).contains("row 41").contains("equally specific");
        });
    }

    @Test
    void aPlanColumnForAKpiMissingFromTheCatalogueIsRefused() {
        // Renaming NPS in the catalogue leaves the weights table's NPS column pointing at nothing:
        // every plan row that weighs NPS is refused, the SaaS row among them.
        List<RuleProblem> errors = rules().setCell("kpi-catalog.drl.xlsx", "Catalog", "A19", "NPS_SCORE").loadErrors();

        assertThat(errors).isNotEmpty().allSatisfy(p -> {
            assertThat(p.toString()).startsWith("ERROR weights.drl.xlsx, sheet Plans, cell J");
            assertThat(p.message()).contains("NPS is not a KPI of the catalogue");
        });
        assertThat(errors).anySatisfy(p -> assertThat(p.location()).isEqualTo("cell J16"));
    }

    @Test
    void anUnknownCategoryInTheCatalogueIsRefusedNamingTheRow() {
        List<RuleProblem> errors = rules().setCell("kpi-catalog.drl.xlsx", "Catalog", "B15", "RESULTS").loadErrors();

        assertThat(errors).anySatisfy(p -> {
            assertThat(p.toString()).startsWith("ERROR kpi-catalog.drl.xlsx, sheet Catalog, row 15:");
            assertThat(p.message()).contains("'RESULTS' is not one of RESULT, PROCESS");
        });
    }

    @Test
    void aLowerGradeBoundaryTakesEffect() {
        RulesFolder rules = rules().setCell(GRADES, "Grades", "A15", 110).setCell(GRADES, "Grades", "B16", 110);

        Policy policy = rules.load();

        assertThat(policy.version()).isNotEqualTo(RulesFolder.shippedPolicy().version());
    }

    @Test
    void aGapBetweenGradeBandsIsRefused() {
        List<RuleProblem> errors = rules().setCell(GRADES, "Grades", "B17", 99).loadErrors();

        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(GRADES);
            assertThat(p.message()).contains("99.00 falls in no grade band");
        });
    }

    @Test
    void overlappingGradeBandsAreRefusedNamingBothRows() {
        List<RuleProblem> errors = rules().setCell(GRADES, "Grades", "B17", 101).loadErrors();

        assertThat(errors).anySatisfy(p -> {
            assertThat(p.sheet()).isEqualTo("Grades");
            assertThat(p.message()).contains("falls in 2 grade bands (row 16, row 17)");
        });
    }

    @Test
    void aBonusMultiplierThatIsNotANumberIsRefusedNamingTheRow() {
        List<RuleProblem> errors = rules().setCell(GRADES, "Grades", "D16", "1,2").loadErrors();

        assertThat(errors).anySatisfy(p -> {
            assertThat(p.toString()).startsWith("ERROR grades.drl.xlsx, sheet Grades, row 16:");
            assertThat(p.message()).contains("plain number");
        });
    }

    @Test
    void aBadExpressionInAConditionCellIsRefusedNamingTheCellInPlainWords() {
        List<RuleProblem> errors = rules().setCell(GRADES, "Grades", "A16", "1OO").loadErrors();

        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.toString()).startsWith("ERROR grades.drl.xlsx, sheet Grades, cell A16: The value '1OO' in"
                    + " column 'From (total ≥)' does not make a valid rule");
            assertThat(p.message()).doesNotContain("[ERR").doesNotContain("Grades_16");
        });
    }

    @Test
    void aDrlSyntaxErrorIsRefusedNamingTheFileAndLine() {
        List<RuleProblem> errors = rules().replaceIn("guardrails.drl",
                "    delete($s);", "    delete($s)\n    oops here;").loadErrors();

        assertThat(errors).isNotEmpty().anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("guardrails.drl");
            assertThat(p.location()).startsWith("line ");
        });
    }

    @Test
    void deletingTheScoringRulesIsRefusedBecauseASampleEvaluationNoLongerScores() {
        // Together, so that nothing else in the folder refers to what scoring.drl declares and the rest compiles.
        List<RuleProblem> errors = rules().delete("scoring.drl", "forecast.drl").loadErrors();

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).message()).isEqualTo("A sample evaluation under plan B2B_CHANNEL (industry B2B, stage"
                + " GROWTH, sales mode CHANNEL; every KPI on target, half the period gone) fails, so every evaluation under"
                + " it would: The rules produced 0 team total score result(s) instead of exactly one: check scoring.drl");
    }

    @Test
    void aFolderWithNoRuleFilesIsRefusedForWhatItLacks() {
        RulesFolder rules = rules();
        for (String file : List.of("blend.drl.xlsx", "forecast.drl", "grades.drl.xlsx", "guardrails.drl",
                "incentives.drl.xlsx", "kpi-catalog.drl.xlsx", "plan-checks.drl.xlsx", "scoring.drl",
                "settings.drl.xlsx", "weights.drl.xlsx")) {
            rules.delete(file);
        }

        assertThat(rules.loadErrors()).extracting(RuleProblem::toString).isNotEmpty()
                .anySatisfy(p -> assertThat(p).contains("kpi-catalog.drl.xlsx"));
    }

    @Test
    void aFileNamedLikeAWorkbookThatIsNotOneIsRefused() {
        List<RuleProblem> errors = rules().write("weights.drl.xlsx", "Industry;Stage\nSAAS;GROWTH\n").loadErrors();

        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(WEIGHTS);
            assertThat(p.message()).contains("not a workbook");
        });
    }

    @Test
    void aPlainWorkbookIsLoadedWithAWarningThatItIsNotARuleTable() throws Exception {
        RulesFolder rules = rules();
        java.nio.file.Files.copy(dir.resolve(GRADES), dir.resolve("grades-draft.xlsx"));

        Policy policy = rules.load();

        assertThat(policy.warnings()).anySatisfy(w -> {
            assertThat(w.file()).isEqualTo("grades-draft.xlsx");
            assertThat(w.message()).contains("not compiled").contains("*.drl.xlsx");
        });
    }

    @Test
    void aRowNamingACodeTheCatalogueDoesNotListLoadsWithAWarningThatItNeverApplies() {
        RulesFolder rules = rules().copyRow(WEIGHTS, "Plans", 16, 41).setCell(WEIGHTS, "Plans", "B41", "RETAIL");

        Policy policy = rules.load();

        assertThat(policy.warnings()).anySatisfy(w -> {
            assertThat(w.toString()).startsWith("WARNING weights.drl.xlsx, sheet Plans, row 41:");
            assertThat(w.message()).contains("never applies");
        });
    }

    @Test
    void removingTheOnlyRowOfAnIndustryIsRefusedListingTheUncoveredCombinations() {
        // Row 22 is the EDUCATION default; the education stage and mode rows cover STARTUP, MATURE and CHANNEL only.
        RulesFolder rules = rules().setCell(WEIGHTS, "Plans", "B22", "NOT_A_CODE");

        assertThat(rules.loadErrors()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(WEIGHTS);
            assertThat(p.message()).contains("have no plan").contains("EDUCATION/GROWTH/DIRECT")
                    .doesNotContain("EDUCATION/STARTUP");
        });
    }

    @Test
    void aRequestedVariantWithoutARowOfItsOwnHasNoPlanRatherThanTheStandardOne() {
        RulesFolder rules = rules().setCell(WEIGHTS, "Plans", "A40", null)
                .setCell(WEIGHTS, "Plans", "B40", "NOT_A_CODE");

        Policy policy = rules.load();

        assertThat(policy.plans().resolve(new BusinessContext("SAAS", "GROWTH", "DIRECT", "SHORT_LONG_TERM"))).isEmpty();
        assertThat(policy.plans().resolve(new BusinessContext("SAAS", "GROWTH", "DIRECT", "PERFORMANCE_GROWTH")))
                .get().extracting(Plan::planId).isEqualTo("FAQ1_PERFORMANCE_GROWTH");
    }

    @Test
    void editorLockFilesBesideAnOpenWorkbookAreIgnored() {
        RulesFolder rules = rules().write(".~lock.weights.drl.xlsx#", "user,host").write("~$grades.drl.xlsx", "x");

        assertThat(rules.load().version()).isEqualTo(RulesFolder.shippedPolicy().version());
    }
}
