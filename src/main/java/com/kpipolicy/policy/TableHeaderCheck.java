package com.kpipolicy.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Checks the header rows of every decision table as the analyst sees them, before the rule engine
 * does: Drools silently ignores a misspelled keyword (CONDITON), a sheet without a RuleSet cell
 * and a column whose code cell was cleared, and each of those changes what the rules do.
 */
final class TableHeaderCheck {
    private static final Set<String> KEYWORDS = Set.of("CONDITION", "ACTION", "NAME", "DESCRIPTION", "PRIORITY",
            "SALIENCE", "DURATION", "TIMER", "ENABLED", "CALENDARS", "NO-LOOP", "LOCK-ON-ACTIVE", "AUTO-FOCUS",
            "ACTIVATION-GROUP", "AGENDA-GROUP", "RULEFLOW-GROUP", "DATE-EFFECTIVE", "DATE-EXPIRES", "METADATA");

    List<RuleProblem> check(String file, Workbook workbook) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Sheet sheet : workbook) {
            checkSheet(file, sheet, problems);
        }
        return problems;
    }

    private static void checkSheet(String file, Sheet sheet, List<RuleProblem> problems) {
        boolean ruleSetSeen = false;
        for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                String text = TableLayout.text(cell);
                if (text.equals("RuleSet")) {
                    ruleSetSeen = true;
                } else if (text.startsWith("RuleTable")) {
                    if (!ruleSetSeen) {
                        problems.add(RuleProblem.error(file, sheet.getSheetName(), "cell " + ref(cell),
                                "This table has no 'RuleSet' cell above it, so its rules would land in a package"
                                        + " without the imports and rule group they need. Put back the grey RuleSet rows."));
                    }
                    checkHeaders(file, sheet, r, cell.getColumnIndex(), problems);
                }
            }
        }
    }

    // Below "RuleTable": keyword row (+1), object row (+2), code row (+3), label row (+4), data.
    private static void checkHeaders(String file, Sheet sheet, int tableRow, int firstColumn, List<RuleProblem> problems) {
        Row keywords = sheet.getRow(tableRow + 1);
        if (keywords == null) {
            problems.add(RuleProblem.error(file, sheet.getSheetName(), "row " + (tableRow + 2),
                    "The row under the 'RuleTable' cell must name each column: CONDITION or ACTION."));
            return;
        }
        int last = Math.max(keywords.getLastCellNum(), lastUsedColumn(sheet, tableRow + 2));
        boolean ended = false;
        for (int c = firstColumn; c < last; c++) {
            Cell keywordCell = keywords.getCell(c);
            String keyword = TableLayout.text(keywordCell).toUpperCase();
            String at = "cell " + new CellReference(tableRow + 1, c).formatAsString();
            boolean hasData = columnHasData(sheet, tableRow + 5, c);
            if (keyword.isEmpty()) {
                ended = true;
                if (hasData) {
                    problems.add(RuleProblem.error(file, sheet.getSheetName(), at, "This column has values below but"
                            + " no CONDITION or ACTION header, so the rule engine would ignore it (and every column"
                            + " to its right). Copy the header cells from a neighbouring column."));
                }
                continue;
            }
            if (!KEYWORDS.contains(keyword)) {
                problems.add(RuleProblem.error(file, sheet.getSheetName(), at, "'" + TableLayout.text(keywordCell) + "' is not a"
                        + " column keyword the rule engine knows (CONDITION, ACTION, …); a misspelled keyword makes it"
                        + " drop the whole column silently."));
            } else if (ended) {
                problems.add(RuleProblem.error(file, sheet.getSheetName(), at, "This column comes after an empty header"
                        + " cell, where the rule engine stops reading the table: fill the gap or move the column left."));
            } else if ((keyword.equals("CONDITION") || keyword.equals("ACTION")) && hasData
                    && TableLayout.text(TableLayout.cell(sheet, tableRow + 3, c)).isEmpty()) {
                problems.add(RuleProblem.error(file, sheet.getSheetName(),
                        "cell " + new CellReference(tableRow + 3, c).formatAsString(), "The grey code cell of this"
                                + " column is empty, so every value below would be taken as rule code. Copy the code"
                                + " cell back from the shipped workbook."));
            }
        }
    }

    private static int lastUsedColumn(Sheet sheet, int fromRow) {
        int last = 0;
        for (int r = fromRow; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                last = Math.max(last, row.getLastCellNum());
            }
        }
        return last;
    }

    private static boolean columnHasData(Sheet sheet, int fromRow, int column) {
        for (int r = fromRow; r <= sheet.getLastRowNum(); r++) {
            if (!TableLayout.text(TableLayout.cell(sheet, r, column)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String ref(Cell cell) {
        return new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString();
    }

}
