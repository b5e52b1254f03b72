package com.kpipolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.support.RulesFolder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks broken the way an edit in Excel breaks them, built with Apache POI, and the message
 * an analyst gets: the file, the sheet and the cell to fix, in plain words.
 * grades.drl.xlsx, sheet Grades: RuleTable at A10, keywords row 11, code row 13, labels row 14, data 15-19.
 */
class BrokenWorkbookMessagesTest {
    private static final String GRADES = "grades.drl.xlsx";

    @TempDir
    Path dir;

    private List<String> errors(java.util.function.UnaryOperator<RulesFolder> edit) {
        return edit.apply(RulesFolder.copyOfShipped(dir)).loadErrors().stream().map(RuleProblem::toString).toList();
    }

    @Test
    void aMisspelledColumnKeywordIsNamedInsteadOfTheColumnBeingDroppedSilently() {
        assertThat(errors(r -> r.setCell(GRADES, "Grades", "A11", "CONDITON"))).containsExactly(
                "ERROR grades.drl.xlsx, sheet Grades, cell A11: 'CONDITON' is not a column keyword the rule engine knows"
                        + " (CONDITION, ACTION, …); a misspelled keyword makes it drop the whole column silently.");
    }

    @Test
    void anEmptyHeaderCellAboveValuesIsNamed() {
        assertThat(errors(r -> r.setCell(GRADES, "Grades", "B11", null))).first().asString()
                .startsWith("ERROR grades.drl.xlsx, sheet Grades, cell B11: This column has values below but no CONDITION"
                        + " or ACTION header");
    }

    @Test
    void aClearedCodeCellIsNamedBeforeItsValuesCanBeRunAsCode() {
        assertThat(errors(r -> r.setCell(GRADES, "Grades", "D13", null))).containsExactly(
                "ERROR grades.drl.xlsx, sheet Grades, cell D13: The grey code cell of this column is empty, so every value"
                        + " below would be taken as rule code. Copy the code cell back from the shipped workbook.");
    }

    @Test
    void aMistypedCodeCellIsNamedOnceNotOncePerRow() {
        assertThat(errors(r -> r.setCell(GRADES, "Grades", "C13", "insert(new Grad(drools, \"$param\"));")))
                .containsExactly("ERROR grades.drl.xlsx, sheet Grades, cell C13: The grey code cell of column 'Grade' does"
                        + " not compile: the rule's code does not compile (Grad cannot be resolved to a type). Copy the code"
                        + " cell back from the shipped workbook.");
    }

    @Test
    void aTableTheEngineCannotConvertIsNamedWithItsSheetAndTheCellItStoppedAt() {
        // A NAME column takes no code; the engine refuses the whole table, and the message still names the sheet.
        assertThat(errors(r -> r.setCell(GRADES, "Grades", "C11", "NAME"))).singleElement().asString()
                .startsWith("ERROR grades.drl.xlsx, sheet Grades: This file could not be read as a rule table")
                .contains("in cell C13, leave this cell blank");
    }

    @Test
    void aTableWithoutItsRuleSetCellIsNamed() {
        assertThat(errors(r -> r.setCell(GRADES, "Grades", "A6", "Notes"))).singleElement().asString()
                .startsWith("ERROR grades.drl.xlsx, sheet Grades, cell A10: This table has no 'RuleSet' cell above it");
    }

    @Test
    void aWorkbookWithoutAnyRuleTableIsNamed() {
        assertThat(errors(r -> r.setCell(GRADES, "Grades", "A10", "Table of grades"))).singleElement().asString()
                .startsWith("ERROR grades.drl.xlsx: No sheet of this workbook has a 'RuleTable <name>' cell");
    }

    @Test
    void anOperatorLeftInANumberCellIsNamedByItsCell() {
        assertThat(errors(r -> r.setCell(GRADES, "Grades", "B18", "85 +"))).singleElement().asString()
                .startsWith("ERROR grades.drl.xlsx, sheet Grades, cell B18: The value '85 +' in column 'Below (total <)'"
                        + " does not make a valid rule: the rule engine cannot read it");
    }

    @Test
    void aBrokenThresholdInTheTrainingTableIsNamedByItsCell() {
        assertThat(errors(r -> r.setCell("incentives.drl.xlsx", "Training", "B15", "0.8 +"))).singleElement().asString()
                .startsWith("ERROR incentives.drl.xlsx, sheet Training, cell B15: The value '0.8 +' in column"
                        + " 'Achievement below' does not make a valid rule");
    }

    @Test
    void aDrlSyntaxErrorNamesTheFileTheLineAndTheRuleInPlainWords() {
        List<String> errors = errors(r -> r.replaceIn("guardrails.drl",
                "$s : KpiScore(category == \"RESULT\", points.compareTo($cap) > 0)\nthen\n    delete($s);\n    insert($s.adjustedTo($cap, \"DISCOUNT_DEPTH\"));",
                "$s : KpiScore(category == \"RESULT\", points.compareTo($cap) > 0,)\nthen\n    delete($s);\n    insert($s.adjustedTo($cap, \"DISCOUNT_DEPTH\"));"));

        assertThat(errors).singleElement().asString().matches("ERROR guardrails\\.drl, line \\d+: In rule"
                + " \"DISCOUNT_DEPTH: cap RESULT scores\": the rule engine cannot read it: '\\)' is not expected there");
    }
}
