package com.kpipolicy.policy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Compiles the rules folder on a thread of its own from the moment the configuration is known, so that the
 * cold compile (seconds: the Java compiler, POI and their classes loaded for the first time) runs beside the
 * start of the web server, the database and the other beans instead of after them. {@link ActivePolicy}
 * takes the result, or the failure with every problem listed, when it is created.
 */
public final class StartupRuleset implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private static final String BEAN = "startupRuleset";
    private static final Logger log = LoggerFactory.getLogger(StartupRuleset.class);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        RulesProperties rules = Binder.get(context.getEnvironment()).bindOrCreate("kpi.rules", RulesProperties.class);
        Path dir = rules.dir();
        CompletableFuture<Policy> load = new CompletableFuture<>();
        long begun = System.nanoTime();
        Thread loader = new Thread(() -> {
            try {
                PolicyLoader policies = new PolicyLoader(Clock.systemUTC(), rules.cache().orElse(null));
                load.complete(policies.load(RulesetSource.read(dir)));
            } catch (Throwable e) {
                load.completeExceptionally(e);
            }
        }, "rules-startup-load");
        // A start that fails elsewhere must not wait for the compile to end.
        loader.setDaemon(true);
        loader.start();
        load.whenComplete((policy, failure) -> log.info("The rules folder was {} beside the start in {} ms",
                failure == null ? "compiled" : "read, and did not load,", (System.nanoTime() - begun) / 1_000_000));
        context.getBeanFactory().registerSingleton(BEAN, new Started(dir, load));
    }

    /**
     * The compile begun at startup, for the folder it was begun on. Taken once: the policy is then the active
     * policy's to keep or replace, and this bean must not pin it for the life of the service.
     */
    static final class Started {
        private final Path dir;
        private final AtomicReference<CompletableFuture<Policy>> load;

        Started(Path dir, CompletableFuture<Policy> load) {
            this.dir = dir;
            this.load = new AtomicReference<>(load);
        }

        /** The policy compiled at startup when it was for {@code wanted} and not taken yet, else what {@code otherwise} loads. */
        Policy take(Path wanted, Supplier<Policy> otherwise) {
            CompletableFuture<Policy> started = load.getAndSet(null);
            if (started == null || !dir.toAbsolutePath().normalize().equals(wanted.toAbsolutePath().normalize())) {
                return otherwise.get();
            }
            long asked = System.nanoTime();
            try {
                return started.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw e;
            } finally {
                // How much of the start the rules compile still holds up (the rest of the start runs beside it).
                log.info("The start waited {} ms for the rules compile", (System.nanoTime() - asked) / 1_000_000);
            }
        }

        boolean taken() {
            return load.get() == null;
        }
    }
}
