package com.kpipolicy.policy;

import com.kpipolicy.policy.fact.TableCell;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaGroup;
import org.kie.api.runtime.rule.FactHandle;

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
        try (Lookups lookups = new Lookups(kieBase, origins, group)) {
            return lookups.fire(facts);
        }
    }

    /**
     * One session for many lookups in the same group, one after another (a resolver trying every business context).
     * A new session propagates Drools' initial fact through every rule of the ruleset that needs it, which was about
     * half of resolving all contexts at each reload; here that happens once, and each lookup deletes what it inserted
     * and what its rows inserted, so the next one sees only its own facts. Not for use by two threads.
     */
    static final class Lookups implements AutoCloseable {
        private final KieSession session;
        private final RuleOrigins origins;
        private final String group;
        /** The cells the rows inserted, in the order their actions inserted them: the columns, left to right. */
        private final List<TableCell> cells = new ArrayList<>();

        Lookups(KieBase kieBase, RuleOrigins origins, String group) {
            this.session = kieBase.newKieSession();
            this.origins = origins;
            this.group = group;
            // The session's own list of facts comes in no set order (identity hashes), so a row's problems could be
            // listed in another order from one run to the next.
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getObject() instanceof TableCell cell) {
                        cells.add(cell);
                    }
                }

                @Override
                public void objectDeleted(ObjectDeletedEvent event) {
                    cells.removeIf(cell -> cell == event.getOldObject());
                }
            });
        }

        List<Values> fire(Object... facts) {
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
                for (TableCell cell : cells) {
                    rows.computeIfAbsent(cell.getPackageName() + '/' + cell.getRule(),
                                    k -> new Values(origins.of(cell.getPackageName(), cell.getRule()), new LinkedHashMap<>()))
                            .cells().put(cell.getColumn(), cell.getValue());
                }
                List<Values> ordered = new ArrayList<>(rows.values());
                ordered.sort(Comparator.comparing((Values v) -> v.origin().file())
                        .thenComparing(v -> v.origin().row() == null ? 0 : v.origin().row()));
                return ordered;
            } finally {
                // Cleared first, so that the deletes below do not each search the list.
                cells.clear();
                List<FactHandle> inserted = new ArrayList<>(session.getFactHandles());
                for (FactHandle handle : inserted) {
                    session.delete(handle);
                }
            }
        }

        @Override
        public void close() {
            session.dispose();
        }
    }
}
