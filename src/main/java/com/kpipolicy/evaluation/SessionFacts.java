package com.kpipolicy.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * The facts of one evaluation's session, in the order they were inserted, kept from the session's own insert
 * and delete events. The session's store cannot be asked: the evaluation KieBase is immutable, and such a
 * session forgets at once a fact that no rule matches, which is what most results (a grade, a training
 * recommendation) are.
 */
final class SessionFacts implements RuleRuntimeEventListener {
    private final List<Object> facts = new ArrayList<>();

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        facts.add(event.getObject());
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        Object gone = event.getOldObject();
        for (int i = facts.size() - 1; i >= 0; i--) {
            // By identity: two results can be equal and still be two facts.
            if (facts.get(i) == gone) {
                facts.remove(i);
                return;
            }
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // The object stays the same one; nothing to follow.
    }

    /** Every fact of {@code type} (or a subtype) still in the session, in insertion order. */
    <T> List<T> all(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Object fact : facts) {
            if (type.isInstance(fact)) {
                found.add(type.cast(fact));
            }
        }
        return found;
    }
}
