package com.kpipolicy.audit;

import com.kpipolicy.policy.ActivePolicy;
import com.kpipolicy.policy.Policy;
import com.kpipolicy.policy.PolicyLoader;
import com.kpipolicy.web.Problems;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.kpipolicy.policy.PolicyActivated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Which ruleset evaluates a period: among stored versions effective on or before the period's
 * first day (no date = since always), the latest effectiveFrom, then the one activated last.
 * Older versions are compiled from their stored bytes on first use and kept, a few at a time.
 */
@Component
public class RulesetVersions {
    private static final Logger log = LoggerFactory.getLogger(RulesetVersions.class);
    private static final int COMPILED_KEPT = 8;

    private final ActivePolicy active;
    private final RulesetStore store;
    private final PolicyLoader loader;
    private final DurableCommits durable;
    private final AtomicReference<List<StoredVersion>> known = new AtomicReference<>(List.of());
    private final Map<String, Policy> compiled = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Policy> eldest) {
            return size() > COMPILED_KEPT;
        }
    };

    public RulesetVersions(ActivePolicy active, RulesetStore store, PolicyLoader loader, DurableCommits durable) {
        this.active = active;
        this.store = store;
        this.loader = loader;
        this.durable = durable;
        register(active.current());
    }

    @EventListener
    void onActivated(PolicyActivated event) {
        register(event.policy());
    }

    /** Stores a freshly loaded policy's bytes (once) and makes it selectable. */
    public final void register(Policy policy) {
        if (store.saveIfAbsent(policy.source(), policy.manifest().effectiveFrom(), policy.loadedAt())) {
            log.info("Ruleset {} stored (effective from {})", policy.version(),
                    policy.manifest().effectiveFrom() == null ? "always" : policy.manifest().effectiveFrom());
        }
        // Every evaluation under this version refers to its row: were the row lost with H2's unwritten commits (a
        // crash or a full disk within the write delay), the reopened database would refuse them all.
        durable.flushNow();
        synchronized (compiled) {
            compiled.put(policy.version(), policy);
        }
        known.set(store.versions());
    }

    public List<StoredVersion> versions() {
        return known.get();
    }

    public SelectedPolicy select(LocalDate periodStart, String pinned) {
        if (pinned != null) {
            StoredVersion version = versions().stream().filter(v -> v.version().equals(pinned)).findFirst()
                    .orElseThrow(() -> new NoRulesetInForceException("rulesetVersion",
                            "no stored ruleset has version " + Problems.quote(pinned)));
            return new SelectedPolicy(policy(version.version()), "pinned by the request");
        }
        StoredVersion inForce = versions().stream()
                .filter(v -> v.effectiveFrom() == null || !v.effectiveFrom().isAfter(periodStart))
                .max(Comparator.comparing((StoredVersion v) -> v.effectiveFrom() == null ? LocalDate.MIN : v.effectiveFrom())
                        .thenComparing(StoredVersion::activatedAt))
                .orElseThrow(() -> new NoRulesetInForceException("period",
                        "no stored ruleset is in force for a period starting " + periodStart));
        return new SelectedPolicy(policy(inForce.version()), "in force on " + periodStart + ": effective "
                + (inForce.effectiveFrom() == null ? "since always" : "from " + inForce.effectiveFrom())
                + ", live since " + inForce.activatedAt());
    }

    /** A stored version, compiled from its stored bytes (not from rules/) unless it is in memory. */
    public Policy policy(String version) {
        synchronized (compiled) {
            Policy policy = compiled.get(version);
            if (policy != null) {
                return policy;
            }
        }
        if (version.equals(active.current().version())) {
            return active.current();
        }
        Policy policy = loader.load(store.source(version).orElseThrow(() -> new NoRulesetInForceException(
                "rulesetVersion", "no stored ruleset has version " + version)));
        synchronized (compiled) {
            compiled.put(version, policy);
        }
        return policy;
    }

    public Optional<StoredVersion> version(String version) {
        return versions().stream().filter(v -> v.version().equals(version)).findFirst();
    }
}
