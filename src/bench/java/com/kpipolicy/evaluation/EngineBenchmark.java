package com.kpipolicy.evaluation;

import com.kpipolicy.policy.Plan;
import com.kpipolicy.policy.Policy;
import com.kpipolicy.policy.PolicyLoader;
import com.kpipolicy.policy.RulesetSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.mapstruct.factory.Mappers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One evaluation with the facts prepared: the rule engine alone ({@code engine}: session, facts,
 * phases, reading the outcome), the same plus request validation and mapping ({@code evaluator},
 * what the service calls), and the same policy hand-coded in Java ({@code handCoded}).
 * Run on 2 threads with {@code -t 2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {
    /** A file of bench/requests: the SaaS plan with every guardrail tripped, or one industry's default plan. */
    @Param({"saas-all-guardrails", "saas", "b2b", "b2c", "fmcg", "it-solutions", "pharma", "education"})
    public String request;

    private Policy policy;
    private EvaluationRequest evaluationRequest;
    private EvaluationInput input;
    private Plan plan;
    private final PolicyEngine engine = new PolicyEngine();
    private Evaluator evaluator;
    private final HandCodedDefaultPolicy handCoded = new HandCodedDefaultPolicy();

    @Setup(Level.Trial)
    public void load() {
        policy = new PolicyLoader(Clock.systemUTC()).load(RulesetSource.read(Path.of(System.getProperty("kpi.rules.dir", "rules"))));
        EvaluationMapper mapper = Mappers.getMapper(EvaluationMapper.class);
        evaluator = new Evaluator(mapper);
        evaluationRequest = BenchmarkRequests.read(request);
        input = mapper.toInput(evaluationRequest);
        plan = policy.plans().require(input.context());
    }

    @Benchmark
    public EvaluationOutcome engine() {
        return engine.run(policy, plan, input, null);
    }

    @Benchmark
    public Evaluator.Evaluated evaluator() {
        return evaluator.evaluate(policy, evaluationRequest);
    }

    @Benchmark
    public EvaluationOutcome handCoded() {
        return handCoded.evaluate(input);
    }
}
