package com.kpipolicy.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/** A ruleset that compiled, with the DRL generated from each table sheet (by build path) and any warnings. */
public record CompiledRuleset(RulesetSource source, KieContainer container, Map<String, GeneratedSheet> generatedDrl,
                              Map<String, TableLayout> layouts, List<RuleProblem> warnings) {

    /** Every rule of the ruleset, load-time tables included (the container builds it once and keeps it). */
    public KieBase kieBase() {
        return container.getKieBase();
    }

    /**
     * A KieBase of its own, from the same compiled rules, holding only the rules {@code keep} accepts.
     * A session's reset walks every rule's memory, and rules with no condition are matched again on
     * every reset whether their group ever fires or not; an evaluation should not pay for the ones it never runs.
     */
    public KieBase kieBaseWith(Predicate<Rule> keep) {
        // Only the packages it needs: a copy of the whole module built every load-time rule into the network,
        // only to take them out again.
        // Immutable: its sessions keep facts in an identity store instead of one indexed by class, rebuilt after every
        // reset (a tenth of an evaluation's engine time). The copy is never changed after this method; a reload
        // builds another. An immutable base drops from a session the facts no rule matches, so the engine reads
        // what the rules produced from the session's insert and delete events, not from the session's store.
        // The class path as the build saw it, through the lookups it remembered: left to itself the copy takes the
        // calling thread's loader (a request's: the web application's), and the first evaluations' expressions,
        // compiled on first use, searched every nested jar again for each name that is not a class.
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration(null, ClassLookupCache.SHARED);
        conf.setOption(KieBaseMutabilityOption.DISABLED);
        InternalKnowledgeBase copy = KnowledgeBaseFactory.newKnowledgeBase(conf);
        copy.addPackages(kieBase().getKiePackages().stream().filter(pkg -> needed(pkg, keep)).toList());
        Map<InternalKnowledgePackage, List<RuleImpl>> dropped = new LinkedHashMap<>();
        for (KiePackage pkg : copy.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (!keep.test(rule)) {
                    dropped.computeIfAbsent((InternalKnowledgePackage) pkg, p -> new ArrayList<>()).add((RuleImpl) rule);
                }
            }
        }
        // One pass over the network for all of them; then out of the copy's own package lists too.
        copy.removeRules(dropped.values().stream().flatMap(List::stream).toList());
        dropped.forEach((pkg, rules) -> rules.forEach(pkg::removeRule));
        return copy;
    }

    /** A package goes into the copy if it has a rule to keep, or may declare a type that one uses. */
    private static boolean needed(KiePackage pkg, Predicate<Rule> keep) {
        return pkg.getRules().isEmpty() || pkg.getRules().stream().anyMatch(keep)
                || !((InternalKnowledgePackage) pkg).getTypeDeclarations().isEmpty();
    }
}
