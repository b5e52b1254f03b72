package com.kpipolicy.policy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the KieBase and everything read from it from rules/ (what a start and a hot reload do):
 * {@code warm} after a JIT warm-up, {@code cold} as the first load in a fresh JVM (one shot per fork).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RulesLoadBenchmark {
    private final PolicyLoader loader = new PolicyLoader(Clock.systemUTC());
    private final Path rules = Path.of(System.getProperty("kpi.rules.dir", "rules"));

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 5, time = 3)
    @Measurement(iterations = 5, time = 3)
    @Fork(1)
    public Policy warm() {
        return loader.load(RulesetSource.read(rules));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public Policy cold() {
        return loader.load(RulesetSource.read(rules));
    }
}
