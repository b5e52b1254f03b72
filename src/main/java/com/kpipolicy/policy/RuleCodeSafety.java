package com.kpipolicy.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule code (DRL files, and the code a table's cells become) can call any Java. Policy needs only
 * the facts, numbers, dates and collections, so anything else is refused when the rules load:
 * imports outside the allow-list, and names that reach files, the network, processes,
 * threads, reflection or class loading.
 */
final class RuleCodeSafety {
    private static final List<String> ALLOWED_IMPORTS = List.of("java.math.", "java.util.", "java.time.",
            "com.kpipolicy.policy.fact.");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+|function\\s+)?([\\w.*]+)\\s*;?", Pattern.MULTILINE);
    private static final Pattern FORBIDDEN = Pattern.compile("\\b(java\\s*\\.\\s*(?:io|nio|net|lang\\s*\\.\\s*reflect|lang\\s*\\.\\s*invoke)"
            + "|javax|sun|jdk|Runtime|ProcessBuilder|ProcessHandle|System|Thread|ThreadGroup|ClassLoader|Class\\s*\\.\\s*forName"
            + "|forName|getClass|getDeclared\\w*|setAccessible|Unsafe|ScriptEngine\\w*|MethodHandles?|Files?|Paths?|Socket|URL"
            + "|URI|exec|exit|halt|loadClass|newInstance)\\b|\\.\\s*class\\b");

    record Finding(int line, String token) {
    }

    /** Every refused import or name, with the line it stands on (comments and string literals are skipped). */
    List<Finding> scan(String code) {
        String text = blankCommentsAndStrings(code);
        List<Finding> findings = new ArrayList<>();
        Matcher imports = IMPORT.matcher(text);
        while (imports.find()) {
            String name = imports.group(1);
            if (ALLOWED_IMPORTS.stream().noneMatch(name::startsWith)) {
                findings.add(new Finding(lineOf(text, imports.start(1)), "import " + name));
            }
        }
        String withoutImports = IMPORT.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
        Matcher forbidden = FORBIDDEN.matcher(withoutImports);
        while (forbidden.find()) {
            findings.add(new Finding(lineOf(withoutImports, forbidden.start()), forbidden.group().replaceAll("\\s+", "")));
        }
        return findings;
    }

    List<RuleProblem> checkDrl(String file, String code) {
        return scan(code).stream().map(f -> RuleProblem.error(file, null, "line " + f.line(), message(f))).toList();
    }

    /** Findings in the code generated from a sheet, named by the cell (value or grey code cell) they came from. */
    List<RuleProblem> checkTable(GeneratedSheet sheet, TableLayout layout) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Finding finding : scan(sheet.drl())) {
            String location = layout == null ? null : cellOf(layout, sheet.sheet(), finding.token()).orElse(null);
            RuleProblem problem = RuleProblem.error(sheet.file(), sheet.sheet(), location, message(finding));
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }
        return problems;
    }

    private static Optional<String> cellOf(TableLayout layout, String sheet, String token) {
        for (TableLayout.Table table : layout.tables()) {
            if (!table.sheet().equals(sheet)) {
                continue;
            }
            for (TableLayout.Column column : table.columns()) {
                if (column.snippet().replaceAll("\\s+", "").contains(token)) {
                    return Optional.of("cell " + column.letter() + (table.rows().isEmpty() ? "" : table.rows().get(0).number() - 2));
                }
                for (TableLayout.TableRow row : table.rows()) {
                    if (row.value(column).replaceAll("\\s+", "").contains(token)) {
                        return Optional.of("cell " + column.letter() + row.number());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String message(Finding finding) {
        return "Rule code may use only the policy's facts, numbers, dates and collections; '" + finding.token()
                + "' is not allowed (it could reach files, the network, processes or the service itself).";
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    // Keeps line breaks so that line numbers stay right.
    private static String blankCommentsAndStrings(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
                while (i < code.length() && code.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '*') {
                while (i < code.length() && !(code.charAt(i) == '*' && i + 1 < code.length() && code.charAt(i + 1) == '/')) {
                    out.append(code.charAt(i) == '\n' ? '\n' : ' ');
                    i++;
                }
                out.append("  ");
                i += 2;
            } else if (c == '"' || c == '\'') {
                out.append(' ');
                i++;
                while (i < code.length() && code.charAt(i) != c && code.charAt(i) != '\n') {
                    if (code.charAt(i) == '\\') {
                        out.append(' ');
                        i++;
                    }
                    out.append(' ');
                    i++;
                }
                out.append(' ');
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
