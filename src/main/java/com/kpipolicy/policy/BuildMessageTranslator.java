package com.kpipolicy.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * Turns the rule engine's build messages into messages an analyst can act on: the file they
 * edit (not the generated DRL), the sheet and cell of a table rule, the line of a DRL file, and
 * what is wrong in plain words; the engine's own words follow only as detail.
 */
class BuildMessageTranslator {
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    // SpreadsheetCompiler writes this comment above every rule it generates.
    private static final Pattern CELL_COMMENT = Pattern.compile("//\\s*rule values at ([A-Z]+)(\\d+), header at ([A-Z]+)(\\d+)");
    private static final Pattern RULE_LINE = Pattern.compile("^rule \"([^\"]+)\"");
    private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression (.+?): \\[Error");
    private static final Pattern POSITION = Pattern.compile("Line (\\d+):(\\d+)");
    private static final Pattern UNRESOLVED = Pattern.compile("(\\S+) cannot be resolved|Unable to resolve ObjectType '([^']+)'"
            + "|The method (\\w+)\\(");

    RuleProblem translate(Message message, Map<String, GeneratedSheet> generatedDrl, Map<String, TableLayout> layouts) {
        RuleProblem.Severity severity = message.getLevel() == Message.Level.ERROR
                ? RuleProblem.Severity.ERROR : RuleProblem.Severity.WARNING;
        String path = message.getPath() == null ? null : RulesetCompiler.analystPath(message.getPath());
        String raw = firstLines(message.getText());
        GeneratedSheet sheet = path == null ? null : generatedDrl.get(path);
        if (sheet == null) {
            String location = message.getLine() > 0 ? "line " + message.getLine() : null;
            Matcher rule = Pattern.compile("in rule \"([^\"]*)\"").matcher(raw);
            return new RuleProblem(severity, path, null, location,
                    (rule.find() ? "In rule \"" + rule.group(1) + "\": " : "") + explain(raw));
        }
        TableRuleLocation where = locate(sheet.drl(), message.getLine());
        if (where == null) {
            return Optional.ofNullable(layouts.get(sheet.file()))
                    .flatMap(layout -> cellOfExpression(severity, sheet, layout, raw))
                    .orElseGet(() -> new RuleProblem(severity, sheet.file(), sheet.sheet(), null,
                            "The table's header rows do not make valid rules: " + explain(raw)));
        }
        Optional<TableLayout.Located> row = Optional.ofNullable(layouts.get(sheet.file())).flatMap(l -> l.locate(where.rule));
        if (row.isPresent()) {
            Optional<RuleProblem> cell = culpritCell(severity, sheet, row.get(), drlLine(sheet.drl(), message.getLine()), raw);
            if (cell.isPresent()) {
                return cell.get();
            }
        }
        return new RuleProblem(severity, sheet.file(), sheet.sheet(), "row " + where.row,
                "The values in this row do not make a valid rule: " + explain(raw));
    }

    /**
     * The cell behind an error: a value cell whose text stands where the engine stopped reading,
     * or, when the unknown name comes from a column's grey code cell, that code cell.
     */
    private static Optional<RuleProblem> culpritCell(RuleProblem.Severity severity, GeneratedSheet sheet,
                                                     TableLayout.Located at, String drlLine, String raw) {
        Matcher position = POSITION.matcher(raw);
        int column = position.find() ? Integer.parseInt(position.group(2)) : -1;
        for (TableLayout.Column c : at.table().columns()) {
            String value = at.row().value(c);
            int index = value.isEmpty() ? -1 : drlLine.indexOf(value);
            if (index >= 0 && column >= index && column <= index + value.length() + 1) {
                return Optional.of(new RuleProblem(severity, sheet.file(), sheet.sheet(), "cell " + c.letter() + at.row().number(),
                        "The value '" + value + "' in column '" + c.label() + "' does not make a valid rule: " + explain(raw)
                                + ". Type numbers as plain digits (e.g. 100) and text without quotes."));
            }
        }
        Matcher unresolved = UNRESOLVED.matcher(raw);
        String name = null;
        if (unresolved.find()) {
            name = unresolved.group(1) != null ? unresolved.group(1)
                    : unresolved.group(2) != null ? unresolved.group(2) : unresolved.group(3);
        }
        if (name != null) {
            for (TableLayout.Column c : at.table().columns()) {
                if (c.snippet().contains(name) && !at.row().value(c).contains(name)) {
                    return Optional.of(new RuleProblem(severity, sheet.file(), sheet.sheet(), "cell " + c.letter()
                            + codeRow(at), "The grey code cell of column '" + c.label() + "' does not compile: "
                            + explain(raw) + ". Copy the code cell back from the shipped workbook."));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * An expression the engine could not analyse, reported without a rule or line (e.g. a value that breaks an exact
     * decimal literal such as {@code $paramB}): the value cell whose column's code, filled with the value, holds it.
     */
    private static Optional<RuleProblem> cellOfExpression(RuleProblem.Severity severity, GeneratedSheet sheet,
                                                          TableLayout layout, String raw) {
        Matcher expression = ANALYSE.matcher(raw);
        if (!expression.find()) {
            return Optional.empty();
        }
        String expr = expression.group(1).strip();
        for (TableLayout.Table table : layout.tables()) {
            if (!table.sheet().equals(sheet.sheet())) {
                continue;
            }
            for (TableLayout.TableRow row : table.rows()) {
                for (TableLayout.Column c : table.columns()) {
                    String value = row.value(c);
                    if (!value.isEmpty() && expr.contains(value) && c.snippet().replace("$param", value).contains(expr)) {
                        return Optional.of(new RuleProblem(severity, sheet.file(), sheet.sheet(),
                                "cell " + c.letter() + row.number(), "The value '" + value + "' in column '" + c.label()
                                + "' does not make a valid rule: the rule engine cannot read it. Type numbers as plain"
                                + " digits (e.g. 100) and text without quotes."));
                    }
                }
            }
        }
        return Optional.empty();
    }

    // The code row is two rows above the label row, which is the row just above the first data row.
    private static int codeRow(TableLayout.Located at) {
        return at.table().rows().get(0).number() - 2;
    }

    /** The engine's message in plain words, without its internal positions and generated rule names. */
    static String explain(String raw) {
        String text = raw.replaceAll("\\[ERR \\d+\\]\\s*", "").replaceAll("Line \\d+:\\d+\\s*", "")
                .replaceAll(" in rule \"[^\"]*\"", "").replaceAll("Rule_\\S+", "the rule").strip();
        Matcher input = Pattern.compile("(?:mismatched|extraneous) input '([^']*)'|no viable alternative at input '([^']*)'")
                .matcher(text);
        if (input.find()) {
            String token = input.group(1) != null ? input.group(1) : input.group(2);
            return "the rule engine cannot read it: '" + token + "' is not expected there";
        }
        if (text.startsWith("Rule Compilation error")) {
            return "the rule's code does not compile (" + text.substring("Rule Compilation error".length()).strip() + ")";
        }
        Matcher type = Pattern.compile("Unable to resolve ObjectType '([^']+)'").matcher(text);
        if (type.find()) {
            return "'" + type.group(1) + "' is not a fact type the rules know (check the spelling)";
        }
        return text;
    }

    /** Drools follows a located parse error with "Parser returned a null Package" for the same file: drop the echo. */
    static List<RuleProblem> withoutEchoes(List<RuleProblem> problems) {
        return problems.stream()
                .filter(p -> !(p.message().contains(NULL_PACKAGE) && problems.stream().anyMatch(o -> o != p
                        && Objects.equals(o.file(), p.file()) && !o.message().contains(NULL_PACKAGE))))
                .distinct()
                .toList();
    }

    static String explainTableFailure(RuntimeException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "This file could not be read as a rule table (" + detail + "). Check that it is a workbook saved"
                + " as .xlsx, with a 'RuleSet' cell and a 'RuleTable <name>' cell above the table headers.";
    }

    private static String drlLine(String drl, int line) {
        String[] lines = drl.split("\n", -1);
        return line > 0 && line <= lines.length ? lines[line - 1] : "";
    }

    private static TableRuleLocation locate(String drl, int line) {
        if (drl == null || line <= 0) {
            return null;
        }
        String[] lines = drl.split("\n", -1);
        String rule = null;
        Integer row = null;
        for (int i = Math.min(line, lines.length) - 1; i >= 0 && (rule == null || row == null); i--) {
            Matcher r = RULE_LINE.matcher(lines[i].trim());
            if (rule == null && r.find()) {
                rule = r.group(1);
            }
            Matcher c = CELL_COMMENT.matcher(lines[i]);
            if (row == null && c.find()) {
                row = Integer.parseInt(c.group(2));
            }
        }
        return rule == null || row == null ? null : new TableRuleLocation(rule, row);
    }

    private static String firstLines(String text) {
        if (text == null) {
            return "";
        }
        String[] lines = text.strip().split("\n");
        return lines.length <= 3 ? String.join(" ", lines).strip() : String.join(" ", lines[0], lines[1], lines[2]).strip() + " …";
    }

    private record TableRuleLocation(String rule, int row) {
    }
}
