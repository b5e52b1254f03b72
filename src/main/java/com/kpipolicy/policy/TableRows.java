package com.kpipolicy.policy;

import com.kpipolicy.policy.fact.TableCell;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaGroup;

/**
 * Runs one group of data-table rules (the catalogue, the plan rows) and hands back the values
 * each matching row inserted, one map per row, in sheet order.
 */
final class TableRows {
    private static final int MAX_FIRINGS = 100_000;

    private TableRows() {
    }

    record Values(RuleOrigin origin, Map<String, String> cells) {
        String get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    static List<Values> fire(KieBase kieBase, RuleOrigins origins, String group, Object... facts) {
        KieSession session = kieBase.newKieSession();
        try {
            for (Object fact : facts) {
                session.insert(fact);
            }
            AgendaGroup table = session.getAgenda().getAgendaGroup(group);
            if (table == null) {
                // A ruleset with no rule files at all has no groups: no rows, which the readers report as missing.
                return List.of();
            }
            table.setFocus();
            session.fireAllRules(MAX_FIRINGS);
            Map<String, Values> rows = new LinkedHashMap<>();
            for (Object o : session.getObjects(o -> o instanceof TableCell)) {
                TableCell cell = (TableCell) o;
                rows.computeIfAbsent(cell.getPackageName() + '/' + cell.getRule(),
                                k -> new Values(origins.of(cell.getPackageName(), cell.getRule()), new LinkedHashMap<>()))
                        .cells().put(cell.getColumn(), cell.getValue());
            }
            List<Values> ordered = new ArrayList<>(rows.values());
            ordered.sort(Comparator.comparing((Values v) -> v.origin().file())
                    .thenComparing(v -> v.origin().row() == null ? 0 : v.origin().row()));
            return ordered;
        } finally {
            session.dispose();
        }
    }
}
