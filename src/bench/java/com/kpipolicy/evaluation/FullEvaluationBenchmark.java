package com.kpipolicy.evaluation;

import com.kpipolicy.KpiPolicyApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole evaluation as the HTTP endpoint runs it, minus HTTP: ruleset selection, validation,
 * mapping, the rules, the response, and the decision-log row with its hash chain, in a Spring
 * context on an H2 file database in a fresh temporary folder. {@code handCoded} does the same with
 * the policy computed in Java, storing the same row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class FullEvaluationBenchmark {
    @Param({"saas-all-guardrails"})
    public String request;

    private Path dataDir;
    private ConfigurableApplicationContext context;
    private EvaluationService service;
    private HandCodedEvaluationService handCoded;
    private EvaluationRequest evaluationRequest;

    @Setup(Level.Trial)
    public void start() throws IOException {
        dataDir = Files.createTempDirectory("kpi-bench-db");
        SpringApplication app = new SpringApplication(KpiPolicyApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        context = app.run("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("kpi") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--kpi.rules.dir=" + Path.of(System.getProperty("kpi.rules.dir", "rules")).toAbsolutePath(),
                "--kpi.rules.watch=false", "--spring.main.banner-mode=off");
        service = context.getBean(EvaluationService.class);
        handCoded = HandCodedEvaluationService.from(context);
        evaluationRequest = BenchmarkRequests.read(request);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        context.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public EvaluationService.Decided service() {
        return service.evaluate(evaluationRequest, "bench");
    }

    @Benchmark
    public EvaluationService.Decided handCoded() {
        return handCoded.evaluate(evaluationRequest, "bench");
    }
}
