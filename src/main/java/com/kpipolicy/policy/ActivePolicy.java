package com.kpipolicy.policy;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The policy that new evaluations use. Loaded from the rules folder at startup; a ruleset with
 * errors stops the start with every problem listed, so a bad policy never serves.
 */
@Component
public class ActivePolicy {
    private static final Logger log = LoggerFactory.getLogger(ActivePolicy.class);

    private final AtomicReference<Policy> current = new AtomicReference<>();

    public ActivePolicy(RulesProperties properties, PolicyLoader loader) {
        Policy policy = loader.load(RulesetSource.read(properties.dir()));
        policy.warnings().forEach(w -> log.warn("{}", w));
        log.info("Ruleset {} loaded from {}: {} KPIs", policy.version(), properties.dir().toAbsolutePath(),
                policy.catalog().kpis().size());
        current.set(policy);
    }

    public Policy current() {
        return current.get();
    }
}
