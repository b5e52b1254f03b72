package com.kpipolicy.policy;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The live policy. Loaded from the rules folder at startup; afterwards replaced only whole, by a reload that built
 * and checked its successor, so requests in flight keep the policy they started with. A folder that does not load
 * at startup must not take the service down either (a restart after an analyst's broken save would): the ruleset
 * that was live last serves, from its stored bytes, and the folder's problems are logged and shown as a rejected
 * load until a reload of a corrected folder succeeds. Only a first start, with nothing stored, stops on them.
 */
@Component
public class ActivePolicy {
    private static final Logger log = LoggerFactory.getLogger(ActivePolicy.class);

    private final AtomicReference<Policy> current = new AtomicReference<>();
    private final RulesetRejectedException rejectedAtStart;

    public ActivePolicy(RulesProperties properties, PolicyLoader loader, ObjectProvider<StartupRuleset.Started> startup,
                        LastLiveRuleset stored) {
        Path dir = properties.dir();
        Supplier<Policy> load = () -> loader.load(RulesetSource.read(dir));
        StartupRuleset.Started started = startup.getIfAvailable();
        Policy policy;
        RulesetRejectedException rejected = null;
        try {
            policy = started == null ? load.get() : started.take(dir, load);
            log.info("Ruleset {} loaded from {}: {} KPIs", policy.version(), dir.toAbsolutePath(),
                    policy.catalog().kpis().size());
        } catch (RulesetRejectedException e) {
            policy = lastLive(stored, loader, e);
            rejected = e;
            log.error("The rules in {} do not load; ruleset {}, the one live last, serves from its stored files until"
                    + " they do (fix them and save, or POST /api/v1/rulesets/reload). {}", dir.toAbsolutePath(),
                    policy.version(), e.getMessage());
        }
        policy.warnings().forEach(w -> log.warn("{}", w));
        this.rejectedAtStart = rejected;
        current.set(policy);
    }

    /** The ruleset live last, compiled from its stored files; else the folder's rejection, which stops the start. */
    private static Policy lastLive(LastLiveRuleset stored, PolicyLoader loader, RulesetRejectedException folder) {
        RulesetSource source = stored.lastLive().orElseThrow(() -> folder);
        try {
            return loader.load(source);
        } catch (RulesetRejectedException storedToo) {
            folder.addSuppressed(storedToo);
            throw folder;
        }
    }

    public Policy current() {
        return current.get();
    }

    /** Why the rules folder did not load at startup, when the ruleset live last serves instead. */
    Optional<RulesetRejectedException> rejectedAtStart() {
        return Optional.ofNullable(rejectedAtStart);
    }

    /** Makes {@code next} live; returns the policy it replaced. */
    Policy swap(Policy next) {
        return current.getAndSet(next);
    }
}
