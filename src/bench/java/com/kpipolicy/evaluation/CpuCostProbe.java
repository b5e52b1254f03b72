package com.kpipolicy.evaluation;

import com.kpipolicy.KpiPolicyApplication;
import com.kpipolicy.policy.Plan;
import com.kpipolicy.policy.Policy;
import com.kpipolicy.policy.PolicyLoader;
import com.kpipolicy.policy.RulesetSource;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.mapstruct.factory.Mappers;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * CPU time per operation, for a machine whose cores are shared with other work: wall-clock
 * throughput (JMH) swings with the neighbours' load, CPU time spent per operation much less.
 * One thread runs each operation back to back; the process's CPU time (this thread, GC, JIT,
 * the database's writer) divided by the operations gives what one operation costs the machine,
 * and 1 / that is the most a fully loaded core could do. Repeated; median, min and max reported, with the
 * bytes the measuring thread allocated per operation (what the collector will have to clear).
 *
 *   mvn -B -Pbench test-compile exec:exec -Dbench.main=com.kpipolicy.evaluation.CpuCostProbe -Djmh.args="engine,handCoded"
 */
public final class CpuCostProbe {
    private static final int REPEATS = Integer.getInteger("probe.repeats", 7);
    private static final long WARMUP_NANOS = Long.getLong("probe.warmupSeconds", 20) * 1_000_000_000L;
    private static final long ROUND_NANOS = Long.getLong("probe.roundSeconds", 3) * 1_000_000_000L;

    public static void main(String[] args) throws Exception {
        List<String> wanted = args.length == 0 ? List.of("engine", "evaluator", "handCoded") : Arrays.asList(args[0].split(","));
        String requestName = System.getProperty("probe.request", "saas-all-guardrails");
        Path rules = Path.of(System.getProperty("kpi.rules.dir", "rules"));
        Policy policy = new PolicyLoader(Clock.systemUTC()).load(RulesetSource.read(rules));
        EvaluationMapper mapper = Mappers.getMapper(EvaluationMapper.class);
        EvaluationRequest request = BenchmarkRequests.read(requestName);
        EvaluationInput input = mapper.toInput(request);
        Plan plan = policy.plans().require(input.context());
        PolicyEngine engine = new PolicyEngine();
        Evaluator evaluator = new Evaluator(mapper);
        HandCodedDefaultPolicy handCoded = new HandCodedDefaultPolicy();
        PolicyLoader loader = new PolicyLoader(Clock.systemUTC());

        Map<String, Supplier<Object>> operations = new LinkedHashMap<>();
        operations.put("engine", () -> engine.run(policy, plan, input, null));
        operations.put("evaluator", () -> evaluator.evaluate(policy, request));
        operations.put("handCoded", () -> handCoded.evaluate(input));
        operations.put("rulesLoad", () -> loader.load(RulesetSource.read(rules)));
        ConfigurableApplicationContext context = null;
        Path db = null;
        if (wanted.contains("service") || wanted.contains("serviceHandCoded")) {
            db = Files.createTempDirectory("kpi-probe-db");
            SpringApplication app = new SpringApplication(KpiPolicyApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            context = app.run("--spring.datasource.url=jdbc:h2:file:" + db.resolve("kpi") + ";DB_CLOSE_ON_EXIT=FALSE",
                    "--kpi.rules.dir=" + rules.toAbsolutePath(), "--kpi.rules.watch=false", "--spring.main.banner-mode=off");
            EvaluationService service = context.getBean(EvaluationService.class);
            HandCodedEvaluationService baseline = HandCodedEvaluationService.from(context);
            operations.put("service", () -> service.evaluate(request, "probe"));
            operations.put("serviceHandCoded", () -> baseline.evaluate(request, "probe"));
        }
        System.out.printf(Locale.ROOT, "request %s, %d cores, load average at start %s%n", requestName,
                Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).trim());
        for (String name : wanted) {
            Supplier<Object> op = operations.get(name);
            if (op == null) {
                throw new IllegalArgumentException("unknown operation " + name + "; known: " + operations.keySet());
            }
            measure(name, op);
        }
        if (context != null) {
            context.close();
            // A probe stores hundreds of thousands of rows, gigabytes; nothing in them is read afterwards.
            try (var files = Files.walk(db)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void measure(String name, Supplier<Object> op) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long sink = 0;
        for (long end = System.nanoTime() + WARMUP_NANOS; System.nanoTime() < end; ) {
            sink += System.identityHashCode(op.get());
        }
        com.sun.management.ThreadMXBean thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<Double> cpuMicros = new ArrayList<>();
        List<Double> wallMicros = new ArrayList<>();
        List<Double> allocatedKb = new ArrayList<>();
        for (int r = 0; r < REPEATS; r++) {
            long ops = 0;
            long cpu0 = os.getProcessCpuTime();
            long allocated0 = thread.getCurrentThreadAllocatedBytes();
            long wall0 = System.nanoTime();
            long end = wall0 + ROUND_NANOS;
            while (System.nanoTime() < end) {
                sink += System.identityHashCode(op.get());
                ops++;
            }
            cpuMicros.add((os.getProcessCpuTime() - cpu0) / 1e3 / ops);
            allocatedKb.add((thread.getCurrentThreadAllocatedBytes() - allocated0) / 1024.0 / ops);
            wallMicros.add((System.nanoTime() - wall0) / 1e3 / ops);
        }
        double cpu = median(cpuMicros);
        System.out.printf(Locale.ROOT, "%-17s cpu/op median %9.1f us (min %.1f, max %.1f) -> %,.0f ops/s per fully used core;"
                        + " wall/op median %.1f us; allocated by this thread %.1f KB/op [%d]%n", name, cpu, min(cpuMicros),
                max(cpuMicros), 1e6 / cpu, median(wallMicros), median(allocatedKb), sink & 1);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
