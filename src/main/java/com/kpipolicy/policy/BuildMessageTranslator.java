package com.kpipolicy.policy;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * Turns the rule engine's build messages into messages an analyst can act on: the file they
 * edit (not the generated DRL), the sheet and cell of a table rule, the line of a DRL file.
 */
class BuildMessageTranslator {
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    // SpreadsheetCompiler writes this comment above every rule it generates.
    private static final Pattern CELL_COMMENT = Pattern.compile("//\\s*rule values at ([A-Z]+)(\\d+), header at ([A-Z]+)(\\d+)");
    private static final Pattern RULE_LINE = Pattern.compile("^rule \"([^\"]+)\"");

    RuleProblem translate(Message message, Map<String, GeneratedSheet> generatedDrl) {
        RuleProblem.Severity severity = message.getLevel() == Message.Level.ERROR
                ? RuleProblem.Severity.ERROR : RuleProblem.Severity.WARNING;
        String path = message.getPath() == null ? null : RulesetCompiler.analystPath(message.getPath());
        String text = firstLines(message.getText());
        GeneratedSheet sheet = path == null ? null : generatedDrl.get(path);
        if (sheet != null) {
            TableRuleLocation where = locate(sheet.drl(), message.getLine());
            if (where != null) {
                return new RuleProblem(severity, sheet.file(), sheet.sheet(), "row " + where.row,
                        "The values in this row do not make a valid rule: " + text);
            }
            return new RuleProblem(severity, sheet.file(), sheet.sheet(), null,
                    "The table's header rows do not make valid rules: " + text);
        }
        String location = message.getLine() > 0 ? "line " + message.getLine() : null;
        return new RuleProblem(severity, path, null, location, text);
    }

    /** Drools follows a located parse error with "Parser returned a null Package" for the same file: drop the echo. */
    static List<RuleProblem> withoutEchoes(List<RuleProblem> problems) {
        return problems.stream()
                .filter(p -> !(p.message().contains(NULL_PACKAGE) && problems.stream().anyMatch(o -> o != p
                        && java.util.Objects.equals(o.file(), p.file()) && !o.message().contains(NULL_PACKAGE))))
                .toList();
    }

    static String explainTableFailure(RuntimeException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "This file could not be read as a rule table (" + detail + "). Check that it is a workbook saved"
                + " as .xlsx, with a 'RuleSet' cell and a 'RuleTable <name>' cell above the table headers.";
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
