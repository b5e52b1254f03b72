package com.kpipolicy.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * The decision tables of one workbook as an analyst sees them: sheet, header labels, and the
 * cells of every row, addressed like Excel ("E16"). The rule engine names a table rule
 * {@code <table>_<row>}; this is how such a name is traced back to a sheet and its cells.
 */
public record TableLayout(String file, List<Table> tables) {

    public record Column(int index, String keyword, String snippet, String label) {
        public String letter() {
            return CellReference.convertNumToColString(index);
        }
    }

    public record TableRow(int number, Map<Integer, String> cells) {
        public String value(Column column) {
            return cells.getOrDefault(column.index(), "");
        }
    }

    public record Table(String name, String sheet, List<Column> columns, List<TableRow> rows) {
        public Optional<TableRow> row(int number) {
            return rows.stream().filter(r -> r.number() == number).findFirst();
        }

        public List<Column> conditions() {
            return columns.stream().filter(c -> c.keyword().startsWith("CONDITION")).toList();
        }

        public String ruleName(TableRow row) {
            return name + "_" + row.number();
        }
    }

    private static final DataFormatter FORMAT = new DataFormatter();

    /** The workbook in a file's bytes, open; null if they are no workbook. The caller closes it. */
    static Workbook open(RuleFile file) {
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(file.content()));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public static TableLayout of(String path, Workbook workbook) {
        List<Table> tables = new ArrayList<>();
        for (Sheet sheet : workbook) {
            readSheet(sheet, tables);
        }
        return new TableLayout(path, List.copyOf(tables));
    }

    /** Names of the sheets holding a RuleTable, in workbook order. */
    public List<String> sheetsWithTables() {
        return tables.stream().map(Table::sheet).distinct().toList();
    }

    /** The table and row a table rule came from, if the rule is one of this workbook's. */
    public Optional<Located> locate(String ruleName) {
        int cut = ruleName.lastIndexOf('_');
        if (cut < 0) {
            return Optional.empty();
        }
        int number;
        try {
            number = Integer.parseInt(ruleName.substring(cut + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        // Compiled sheet by sheet, Drools names a rule "<sheet> <table>_<row>".
        String prefix = ruleName.substring(0, cut);
        return tables.stream()
                .filter(t -> prefix.equals(t.name()) || prefix.equals(t.sheet() + " " + t.name()))
                .flatMap(t -> t.row(number).map(r -> new Located(t, r)).stream())
                .findFirst();
    }

    /**
     * How specific a table rule's row is: each filled condition cell counts, and a cell further
     * left outranks every cell to its right, so the column order is the order of precedence.
     */
    public int specificity(String ruleName) {
        return locate(ruleName).map(at -> {
            List<Column> conditions = at.table().conditions();
            int score = 0;
            for (int i = 0; i < conditions.size(); i++) {
                if (!at.row().value(conditions.get(i)).isEmpty()) {
                    score |= 1 << (conditions.size() - 1 - i);
                }
            }
            return score;
        }).orElse(0);
    }

    /** "cell G16": the cell of a table rule's row in the column whose code mentions {@code token}. */
    public Optional<String> cell(String ruleName, String token) {
        return locate(ruleName).flatMap(at -> at.table().columns().stream()
                .filter(c -> c.snippet().contains("\"" + token + "\""))
                .findFirst()
                .map(c -> "cell " + c.letter() + at.row().number()));
    }

    public record Located(Table table, TableRow row) {
    }

    private static void readSheet(Sheet sheet, List<Table> tables) {
        for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                String text = text(cell);
                if (text.startsWith("RuleTable")) {
                    tables.add(readTable(sheet, r, cell.getColumnIndex(), text.substring("RuleTable".length()).trim()));
                }
            }
        }
    }

    // Below "RuleTable <name>": keywords, object types, snippets, labels, then one rule per row.
    private static Table readTable(Sheet sheet, int tableRow, int firstColumn, String name) {
        Row keywords = sheet.getRow(tableRow + 1);
        List<Column> columns = new ArrayList<>();
        if (keywords != null) {
            for (int c = firstColumn; c < keywords.getLastCellNum(); c++) {
                String keyword = text(keywords.getCell(c)).toUpperCase();
                if (keyword.isEmpty()) {
                    break;
                }
                columns.add(new Column(c, keyword, text(cell(sheet, tableRow + 3, c)), text(cell(sheet, tableRow + 4, c))));
            }
        }
        List<TableRow> rows = new ArrayList<>();
        for (int r = tableRow + 5; r <= sheet.getLastRowNum(); r++) {
            Map<Integer, String> cells = new LinkedHashMap<>();
            for (Column column : columns) {
                String value = text(cell(sheet, r, column.index()));
                if (!value.isEmpty()) {
                    cells.put(column.index(), value);
                }
            }
            if (cells.isEmpty()) {
                break;
            }
            rows.add(new TableRow(r + 1, cells));
        }
        return new Table(name, sheet.getSheetName(), List.copyOf(columns), List.copyOf(rows));
    }

    static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }

    static String text(Cell cell) {
        return cell == null ? "" : FORMAT.formatCellValue(cell).trim();
    }
}
