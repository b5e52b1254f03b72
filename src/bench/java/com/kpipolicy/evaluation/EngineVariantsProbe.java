package com.kpipolicy.evaluation;

import com.kpipolicy.policy.ExecutableModelBuild;
import com.kpipolicy.policy.Plan;
import com.kpipolicy.policy.Policy;
import com.kpipolicy.policy.PolicyLoader;
import com.kpipolicy.policy.RulesetSource;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.mapstruct.factory.Mappers;

/**
 * The engine alone under variants of the rules, side by side in one JVM, in alternating rounds (so that the
 * machine's drift falls on all of them alike): what would a different build or a smaller policy gain?
 * A variant is {@code mvel=<rules dir>} (as the service builds it) or {@code executable=<rules dir>} (Drools'
 * executable model). Each variant's outcome on every benchmark request is compared with the first's: a build of
 * the same rules must give the same outcomes; rules merged into fewer may give the same results with other rules
 * fired; a smaller policy will not.
 *
 *   mvn -B -Pbench test-compile exec:exec -Dbench.main=com.kpipolicy.evaluation.EngineVariantsProbe \
 *       -Djmh.args="mvel=rules,executable=rules saas-all-guardrails"
 *
 * Six measured rounds of 3 s each after a 30 s warm-up; {@code -Dprobe.rounds=N} (run with java directly) for more.
 */
public final class EngineVariantsProbe {
    private static final int ROUNDS = Integer.getInteger("probe.rounds", 6);
    private static final List<String> REQUESTS = List.of("saas", "saas-all-guardrails", "b2b", "b2c", "fmcg", "pharma",
            "education", "it-solutions");

    public static void main(String[] args) throws Exception {
        String request = args.length > 1 ? args[1] : "saas-all-guardrails";
        EvaluationMapper mapper = Mappers.getMapper(EvaluationMapper.class);
        PolicyEngine engine = new PolicyEngine();
        Map<String, Policy> variants = new LinkedHashMap<>();
        for (String variant : args[0].split(",")) {
            String[] kindAndDir = variant.split("=", 2);
            Policy loaded = new PolicyLoader(Clock.systemUTC()).load(RulesetSource.read(Path.of(kindAndDir[1])));
            variants.put(variant, kindAndDir[0].equals("executable") ? ExecutableModelBuild.of(loaded) : loaded);
        }
        Policy first = variants.values().iterator().next();
        for (String name : REQUESTS) {
            EvaluationInput input = mapper.toInput(BenchmarkRequests.read(name));
            EvaluationOutcome expected = engine.run(first, first.plans().require(input.context()), input, null);
            variants.forEach((variant, policy) -> {
                EvaluationOutcome outcome = engine.run(policy, policy.plans().require(input.context()), input, null);
                System.out.printf("%-22s %-40s %s, %d rules fired, %d guardrails%n", name, variant,
                        outcome.equals(expected) ? "same outcome as the first"
                                : unexplained(outcome).equals(unexplained(expected))
                                ? "same results as the first, other rules fired" : "DIFFERENT outcome",
                        outcome.firedRules().size(), outcome.guardrails().size());
            });
        }
        EvaluationInput input = mapper.toInput(BenchmarkRequests.read(request));
        Map<String, Supplier<Object>> ops = new LinkedHashMap<>();
        variants.forEach((variant, policy) -> {
            Plan plan = policy.plans().require(input.context());
            ops.put(variant, () -> engine.run(policy, plan, input, null));
        });
        com.sun.management.ThreadMXBean thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (long end = System.nanoTime() + 30_000_000_000L; System.nanoTime() < end; ) {
            for (Supplier<Object> op : ops.values()) {
                sink += System.identityHashCode(op.get());
            }
        }
        for (int round = 1; round <= ROUNDS; round++) {
            for (Map.Entry<String, Supplier<Object>> op : ops.entrySet()) {
                long n = 0;
                long cpu = thread.getCurrentThreadCpuTime();
                for (long end = System.nanoTime() + 3_000_000_000L; System.nanoTime() < end; n++) {
                    sink += System.identityHashCode(op.getValue().get());
                }
                System.out.printf(Locale.ROOT, "round %d %-40s %6.1f us of CPU per evaluation (%s)%n", round, op.getKey(),
                        (thread.getCurrentThreadCpuTime() - cpu) / 1e3 / n, request);
            }
        }
        System.out.println(sink == 42 ? "" : "done");
    }

    /** The outcome without the list of rules that fired: what a coarser policy should still give. */
    private static EvaluationOutcome unexplained(EvaluationOutcome o) {
        return new EvaluationOutcome(o.planId(), o.kpis(), o.totalScore(), o.grade(), o.bonusMultiplier(), o.blend(),
                o.status(), o.guardrails(), o.promotion(), o.trainingRecommendations(), o.forecast(), o.alerts(),
                List.of());
    }
}
