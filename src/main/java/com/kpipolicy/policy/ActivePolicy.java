package com.kpipolicy.policy;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The live policy. Loaded from the rules folder at startup, where a ruleset with errors stops
 * the start with every problem listed; afterwards replaced only whole, by a reload that built
 * and checked its successor, so requests in flight keep the policy they started with.
 */
@Component
public class ActivePolicy {
    private static final Logger log = LoggerFactory.getLogger(ActivePolicy.class);

    private final AtomicReference<Policy> current = new AtomicReference<>();

    public ActivePolicy(RulesProperties properties, PolicyLoader loader, ObjectProvider<StartupRuleset.Started> startup) {
        Supplier<Policy> load = () -> loader.load(RulesetSource.read(properties.dir()));
        StartupRuleset.Started started = startup.getIfAvailable();
        Policy policy = started == null ? load.get() : started.take(properties.dir(), load);
        policy.warnings().forEach(w -> log.warn("{}", w));
        log.info("Ruleset {} loaded from {}: {} KPIs", policy.version(), properties.dir().toAbsolutePath(),
                policy.catalog().kpis().size());
        current.set(policy);
    }

    public Policy current() {
        return current.get();
    }

    /** Makes {@code next} live; returns the policy it replaced. */
    Policy swap(Policy next) {
        return current.getAndSet(next);
    }
}
