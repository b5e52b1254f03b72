package com.kpipolicy.policy;

import com.kpipolicy.policy.fact.Setting;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.kie.api.KieBase;

/** Turns a ruleset's bytes into a {@link Policy}, or rejects it with every problem found. */
public class PolicyLoader {
    /** Sessions the pool starts with: one per core of the machines this runs on; it grows under more threads. */
    private static final int SESSIONS_KEPT = 2;
    private final RulesetCompiler compiler;
    private final CatalogReader catalogReader = new CatalogReader();
    private final GradeBandCheck gradeBands = new GradeBandCheck();
    private final SettingsReader settingsReader = new SettingsReader();
    private final PlanLint planLint = new PlanLint();
    private static final List<PolicyCheck> CHECKS = ServiceLoader.load(PolicyCheck.class, PolicyLoader.class.getClassLoader())
            .stream().map(ServiceLoader.Provider::get).toList();
    private final Clock clock;

    public PolicyLoader(Clock clock) {
        this(clock, null);
    }

    /** tablesKeptIn: where compiled decision tables are kept across restarts (RulesProperties.cache), or null. */
    public PolicyLoader(Clock clock, Path tablesKeptIn) {
        this.clock = clock;
        this.compiler = new RulesetCompiler(tablesKeptIn);
    }

    public Policy load(RulesetSource source) {
        CompiledRuleset compiled = compiler.compile(source);
        Map<String, TableLayout> layouts = compiled.layouts();
        RuleOrigins origins = RuleOrigins.of(compiled.kieBase(), compiled.generatedDrl(), layouts);

        List<RuleProblem> problems = new ArrayList<>(compiled.warnings());
        RulesetManifest manifest = RulesetManifest.read(source, problems);
        Catalog catalog = catalogReader.read(compiled.kieBase(), origins, problems);
        List<Setting> settings = settingsReader.read(compiled.kieBase(), origins, problems);
        PlanResolver plans = new PlanResolver(compiled.kieBase(), origins, layouts, catalog);
        plans.resolveAll(problems);
        planLint.check(compiled.kieBase(), origins, plans, problems);
        BlendResolver blends = new BlendResolver(compiled.kieBase(), origins, layouts);
        blends.resolveAll(catalog, problems);
        gradeBands.check(compiled.kieBase(), origins, layouts, problems);
        if (problems.stream().anyMatch(RuleProblem::isError)) {
            throw new RulesetRejectedException(problems);
        }
        KieBase evaluation = compiled.kieBaseWith(Phases::evaluates);
        Policy policy = new Policy(source, manifest, evaluation, evaluation.newKieSessionsPool(SESSIONS_KEPT),
                catalog, plans, blends, settings, origins, List.copyOf(problems), clock.instant());
        for (PolicyCheck check : CHECKS) {
            problems.addAll(check.check(policy));
        }
        if (problems.stream().anyMatch(RuleProblem::isError)) {
            throw new RulesetRejectedException(problems);
        }
        return policy;
    }
}
