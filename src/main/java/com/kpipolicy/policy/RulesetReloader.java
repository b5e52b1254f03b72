package com.kpipolicy.policy;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Builds the rules folder into a new policy beside the live one and swaps it in only when it
 * loads cleanly; a failed build leaves the last good policy serving and is kept for the health
 * endpoint. One reload at a time: a burst of saves from Excel must not race itself.
 */
@Component
public class RulesetReloader {
    private static final Logger log = LoggerFactory.getLogger(RulesetReloader.class);

    private final RulesProperties properties;
    private final PolicyLoader loader;
    private final ActivePolicy active;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReentrantLock reloading = new ReentrantLock();
    private final AtomicReference<ReloadResult> last = new AtomicReference<>();

    RulesetReloader(RulesProperties properties, PolicyLoader loader, ActivePolicy active, ApplicationEventPublisher events,
                    Clock clock) {
        this.properties = properties;
        this.loader = loader;
        this.active = active;
        this.events = events;
        this.clock = clock;
        // A folder that did not load at startup is shown as the first rejected load, until a reload succeeds.
        active.rejectedAtStart().ifPresent(e -> last.set(new ReloadResult(ReloadResult.REJECTED,
                active.current().version(), active.current().version(), active.current().loadedAt(), 0, e.problems())));
    }

    public ReloadResult reload() {
        reloading.lock();
        try {
            long started = System.nanoTime();
            Policy live = active.current();
            ReloadResult result;
            try {
                RulesetSource source = RulesetSource.read(properties.dir());
                if (source.version().equals(live.version())) {
                    result = new ReloadResult(ReloadResult.UNCHANGED, live.version(), live.version(), clock.instant(),
                            millis(started), List.of());
                } else {
                    Policy next = loader.load(source);
                    events.publishEvent(new PolicyActivated(next));
                    active.swap(next);
                    result = new ReloadResult(ReloadResult.RELOADED, next.version(), live.version(), clock.instant(),
                            millis(started), next.warnings());
                    log.info("Rules reloaded: {} -> {} in {} ms", live.version(), next.version(), result.buildMillis());
                }
            } catch (RulesetRejectedException e) {
                result = new ReloadResult(ReloadResult.REJECTED, live.version(), live.version(), clock.instant(),
                        millis(started), e.problems());
                log.warn("Rules reload rejected; {} keeps serving:\n{}", live.version(), e.getMessage());
            }
            last.set(result);
            return result;
        } finally {
            reloading.unlock();
        }
    }

    /** The last reload attempt, if any since startup. */
    public ReloadResult lastReload() {
        return last.get();
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
