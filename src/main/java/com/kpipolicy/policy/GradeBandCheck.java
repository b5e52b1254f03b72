package com.kpipolicy.policy;

import com.kpipolicy.policy.fact.BonusMultiplier;
import com.kpipolicy.policy.fact.Grade;
import com.kpipolicy.policy.fact.TotalScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Sweeps the grade bands at load time: every boundary written in a grading table, and just
 * below it, must fall in exactly one band that pays a valid multiplier. Catches gaps, overlaps
 * and a mistyped multiplier before any employee is graded with them.
 */
final class GradeBandCheck {
    static final String GROUP = "grading";
    private static final BigDecimal STEP = new BigDecimal("0.01");
    private static final String GAP = "falls in no grade band";

    void check(KieBase kieBase, RuleOrigins origins, Map<String, TableLayout> layouts, List<RuleProblem> problems) {
        List<RuleOrigin> gradingRules = gradingRules(kieBase, origins);
        if (gradingRules.isEmpty()) {
            problems.add(RuleProblem.error(null, null, null, "No grade rules were found (rule group 'grading'):"
                    + " grades.drl.xlsx must turn every total score into a grade and a bonus multiplier."));
            return;
        }
        String file = gradingRules.get(0).file();
        boolean inGap = false;
        for (BigDecimal total : probes(gradingRules, layouts)) {
            List<RuleProblem> found = probe(kieBase, origins, total, file);
            boolean gap = found.stream().anyMatch(p -> p.message().contains(GAP));
            if (!(gap && inGap)) {
                found.stream().filter(p -> !problems.contains(p)).forEach(problems::add);
            }
            inGap = gap;
        }
    }

    private static List<RuleOrigin> gradingRules(KieBase kieBase, RuleOrigins origins) {
        List<RuleOrigin> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (rule instanceof RuleImpl impl && GROUP.equals(impl.getAgendaGroup())) {
                    rules.add(origins.of(rule));
                }
            }
        }
        return rules;
    }

    private static TreeSet<BigDecimal> probes(List<RuleOrigin> rules, Map<String, TableLayout> layouts) {
        TreeSet<BigDecimal> probes = new TreeSet<>(List.of(BigDecimal.ZERO));
        for (RuleOrigin origin : rules) {
            TableLayout layout = layouts.get(origin.file());
            if (layout == null) {
                continue;
            }
            layout.locate(origin.rule()).ifPresent(at -> at.table().conditions().forEach(column -> {
                BigDecimal bound = number(at.row().value(column));
                if (bound != null && bound.signum() >= 0) {
                    probes.add(bound);
                    probes.add(bound.subtract(STEP).max(BigDecimal.ZERO));
                }
            }));
        }
        probes.add(probes.last().add(BigDecimal.valueOf(1000)));
        return probes;
    }

    private static List<RuleProblem> probe(KieBase kieBase, RuleOrigins origins, BigDecimal total, String file) {
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(new TotalScore(total));
            session.getAgenda().getAgendaGroup(GROUP).setFocus();
            session.fireAllRules(1000);
            List<Grade> grades = session.getObjects(Grade.class::isInstance).stream().map(Grade.class::cast).toList();
            long multipliers = session.getObjects(BonusMultiplier.class::isInstance).size();
            String at = total.setScale(2).toPlainString();
            if (grades.isEmpty()) {
                return List.of(RuleProblem.error(file, null, null, "A total score of " + at
                        + " " + GAP + ": the bands leave a gap. Make each band start where the one below ends."));
            }
            if (grades.size() > 1) {
                List<RuleOrigin> bands = grades.stream().map(g -> origins.of(g.getPackageName(), g.getRule())).toList();
                List<String> rows = bands.stream().map(o -> o.location() == null ? o.rule() : o.location()).sorted().toList();
                return List.of(RuleProblem.error(bands.get(0).file(), bands.get(0).sheet(), null, "A total score of " + at
                        + " falls in " + grades.size() + " grade bands (" + String.join(", ", rows)
                        + "): the bands overlap. Each total must fall in exactly one band."));
            }
            if (multipliers != 1) {
                return List.of(RuleProblem.error(file, null, null, "The grade band for a total of " + at + " gives "
                        + multipliers + " bonus multipliers instead of one."));
            }
            return List.of();
        } catch (ConsequenceException e) {
            RuleOrigin origin = origins.of(e.getRule());
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return List.of(RuleProblem.error(origin.file(), origin.sheet(), origin.location(), "This row fails when a total"
                    + " of " + total.toPlainString() + " is graded (" + cause.getClass().getSimpleName() + ": "
                    + cause.getMessage() + "). Check that the bonus multiplier is a plain number such as 1.2."));
        } finally {
            session.dispose();
        }
    }

    private static BigDecimal number(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
