package com.kpipolicy.policy;

import java.util.HashMap;
import java.util.Map;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;

/** Maps every rule of a KieBase back to the file, sheet and row an analyst edits. */
public final class RuleOrigins {
    private final Map<String, RuleOrigin> byRule;
    /** Package, then rule name, to {@link RuleOrigin#describe()}: read for every rule that fires, so built once. */
    private final Map<String, Map<String, String>> descriptions;

    private RuleOrigins(Map<String, RuleOrigin> byRule, Map<String, Map<String, String>> descriptions) {
        this.byRule = byRule;
        this.descriptions = descriptions;
    }

    public static RuleOrigins of(KieBase kieBase, Map<String, GeneratedSheet> generated, Map<String, TableLayout> layouts) {
        Map<String, RuleOrigin> origins = new HashMap<>();
        Map<String, Map<String, String>> descriptions = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String file = sourceFile(rule, generated);
                TableLayout layout = layouts.get(file);
                RuleOrigin origin = layout == null ? null : layout.locate(rule.getName())
                        .map(at -> new RuleOrigin(layout.file(), at.table().sheet(), at.row().number(), rule.getName()))
                        .orElse(null);
                RuleOrigin found = origin != null ? origin : new RuleOrigin(file, null, null, rule.getName());
                origins.put(key(pkg.getName(), rule.getName()), found);
                descriptions.computeIfAbsent(pkg.getName(), p -> new HashMap<>()).put(rule.getName(), found.describe());
            }
        }
        Map<String, Map<String, String>> frozen = new HashMap<>();
        descriptions.forEach((pkg, rules) -> frozen.put(pkg, Map.copyOf(rules)));
        return new RuleOrigins(Map.copyOf(origins), Map.copyOf(frozen));
    }

    /** {@code of(rule).describe()}, without building the text again. */
    public String describe(Rule rule) {
        Map<String, String> rules = descriptions.get(rule.getPackageName());
        String described = rules == null ? null : rules.get(rule.getName());
        return described != null ? described : of(rule).describe();
    }

    public RuleOrigin of(String packageName, String ruleName) {
        return byRule.getOrDefault(key(packageName, ruleName), new RuleOrigin(packageName, null, null, ruleName));
    }

    public RuleOrigin of(Rule rule) {
        return of(rule.getPackageName(), rule.getName());
    }

    private static String sourceFile(Rule rule, Map<String, GeneratedSheet> generated) {
        Resource resource = rule instanceof RuleImpl impl ? impl.getResource() : null;
        String path = resource == null || resource.getSourcePath() == null ? rule.getPackageName() : resource.getSourcePath();
        path = RulesetCompiler.analystPath(path);
        GeneratedSheet sheet = generated.get(path);
        return sheet == null ? path : sheet.file();
    }

    private static String key(String packageName, String ruleName) {
        return packageName + '\u0000' + ruleName;
    }
}
