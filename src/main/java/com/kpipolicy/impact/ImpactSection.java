package com.kpipolicy.impact;

import java.util.List;

/**
 * The impact on one set of results (the scenarios, or the stored evaluations of a period): how many were
 * evaluated, which changed, and the grade migration over all of them, changed or not.
 */
public record ImpactSection(int evaluated, int changed, int refusedByCandidate, List<ImpactItem> changes,
                            GradeMigration gradeMigration) {

    static ImpactSection of(List<ImpactItem> items) {
        List<ImpactItem> changes = items.stream().filter(ImpactItem::changed).toList();
        int refused = (int) items.stream().filter(ImpactItem::refusedByCandidate).count();
        return new ImpactSection(items.size(), changes.size(), refused, changes, GradeMigration.of(items));
    }
}
