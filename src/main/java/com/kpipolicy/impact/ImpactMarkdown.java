package com.kpipolicy.impact;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** The report as Markdown an analyst can paste into a change review: summary, changed results, grade migration. */
final class ImpactMarkdown {
    private static final String NONE = "–";

    private ImpactMarkdown() {
    }

    static String render(ImpactReport report) {
        StringBuilder md = new StringBuilder("## Impact of the rules change\n\n");
        md.append("Live ruleset `").append(abbreviated(report.liveRulesetVersion())).append("` → candidate `")
                .append(abbreviated(report.candidateRulesetVersion())).append("`.\n\n");
        String scenarios = "Scenarios (`" + report.scenariosFolder() + "`)";
        String stored = "Stored evaluations of " + report.period();
        md.append("- ").append(summary(scenarios, report.scenarios())).append('\n');
        if (report.storedEvaluations() != null) {
            md.append("- ").append(summary(stored, report.storedEvaluations())).append('\n');
        }
        md.append('\n').append(report.basis()).append('\n');
        section(md, "Scenarios", "Scenario", report.scenarios());
        if (report.storedEvaluations() != null) {
            section(md, stored, "Evaluation", report.storedEvaluations());
        }
        return md.toString();
    }

    private static String summary(String what, ImpactSection section) {
        return what + ": " + section.evaluated() + " evaluated, " + section.changed() + " changed, "
                + section.refusedByCandidate() + " refused by the candidate.";
    }

    private static void section(StringBuilder md, String title, String source, ImpactSection section) {
        md.append("\n### ").append(title).append(": changed results\n\n");
        if (section.changes().isEmpty()) {
            md.append("No result changes.\n");
        } else {
            row(md, List.of(source, "Employee", "Old total", "New total", "Old grade", "New grade", "Old bonus",
                    "New bonus", "Note"));
            md.append("|---|---|--:|--:|---|---|--:|--:|---|\n");
            section.changes().forEach(item -> row(md, cells(item)));
        }
        md.append("\n### ").append(title).append(": grade migration\n\n");
        GradeMigration migration = section.gradeMigration();
        if (migration.grades().isEmpty()) {
            md.append("Nothing was evaluated.\n");
            return;
        }
        md.append("Rows are old grades, columns new grades; each cell counts results, changed or not.\n\n");
        row(md, concat("Old \\ New", migration.grades()));
        md.append("|---").append("|--:".repeat(migration.grades().size())).append("|\n");
        for (String from : migration.grades()) {
            row(md, concat("**" + from + "**", migration.grades().stream()
                    .map(to -> Integer.toString(migration.count(from, to))).toList()));
        }
    }

    private static List<String> cells(ImpactItem item) {
        Verdict old = item.live();
        Verdict now = item.candidate();
        String note = now.isRefused() ? "refused by the candidate: " + now.refusal()
                : old.isRefused() ? "refused by the live rules: " + old.refusal() : "";
        return List.of(item.source(), item.employeeId() == null ? NONE : item.employeeId(),
                value(old, v -> number(v.totalScore())), value(now, v -> number(v.totalScore())),
                value(old, Verdict::grade), value(now, Verdict::grade),
                value(old, v -> number(v.bonusMultiplier())), value(now, v -> number(v.bonusMultiplier())), note);
    }

    private static String value(Verdict verdict, Function<Verdict, String> field) {
        return verdict.isRefused() ? Verdict.REFUSED : field.apply(verdict);
    }

    private static String number(BigDecimal value) {
        return value.toPlainString();
    }

    private static List<String> concat(String first, List<String> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append('|');
        cells.forEach(cell -> md.append(' ').append(escaped(cell)).append(" |"));
        md.append('\n');
    }

    // Employee ids and refusal reasons come from requests: a '|' or a line break would break the table.
    private static String escaped(String cell) {
        return cell.replace("|", "\\|").replaceAll("[\\r\\n]+", " ");
    }

    private static String abbreviated(String version) {
        return version.length() > 12 ? version.substring(0, 12) : version;
    }
}
