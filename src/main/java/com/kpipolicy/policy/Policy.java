package com.kpipolicy.policy;

import com.kpipolicy.policy.fact.Setting;
import java.time.Instant;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * One loaded ruleset, immutable once built: the compiled rules, the catalogue and plans read
 * from them, and where each rule came from. Requests take a reference and keep it to the end.
 * {@code kieBase} holds the rules an evaluation can fire ({@link Phases}); the tables read at load
 * time are not in it. {@code sessions} hands out sessions of it; a disposed one is reset and reused,
 * which saves building a session's memory for every evaluation.
 */
public record Policy(RulesetSource source, RulesetManifest manifest, KieBase kieBase, KieSessionsPool sessions,
                     Catalog catalog, PlanResolver plans, BlendResolver blends, List<Setting> settings, RuleOrigins origins,
                     List<RuleProblem> warnings, Instant loadedAt) {

    public String version() {
        return source.version();
    }
}
