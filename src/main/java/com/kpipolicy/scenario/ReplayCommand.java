package com.kpipolicy.scenario;

import com.kpipolicy.Command;
import com.kpipolicy.KpiPolicyApplication;
import com.kpipolicy.audit.RulesetVersions;
import com.kpipolicy.evaluation.EvaluationMapper;
import com.kpipolicy.evaluation.Evaluator;
import com.kpipolicy.policy.Policy;
import com.kpipolicy.policy.PolicyLoader;
import com.kpipolicy.policy.RulesetRejectedException;
import com.kpipolicy.policy.RulesetSource;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.mapstruct.factory.Mappers;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code replay [scenarios-dir] [rules-dir] [--spring.datasource.url=…]}: runs every scenario through
 * the rules (default {@code scenarios} and {@code rules}), one PASS/FAIL line each, then
 * "N passed, M failed"; exits 1 on any failure. Scenarios pinned to an older ruleset version are
 * run under that version's stored bytes, read from the service's database (options are passed on).
 */
public final class ReplayCommand implements Command {
    static final String USAGE = "usage: java -jar kpi-policy.jar replay [scenarios-dir] [rules-dir] [--option=value …]";

    @Override
    public int run(List<String> arguments, PrintStream out) {
        List<String> args = arguments.stream().filter(a -> !a.startsWith("--")).toList();
        List<String> options = new ArrayList<>(arguments.stream().filter(a -> a.startsWith("--")).toList());
        if (args.size() > 2) {
            out.println(USAGE);
            return 2;
        }
        Path scenarios = Path.of(args.isEmpty() ? "scenarios" : args.get(0));
        Path rules = Path.of(args.size() < 2 ? "rules" : args.get(1));
        if (!Files.isDirectory(scenarios)) {
            out.println("no scenarios folder at " + scenarios.toAbsolutePath());
            return 2;
        }
        Policy current;
        try {
            current = new PolicyLoader(Clock.systemUTC()).load(RulesetSource.read(rules));
        } catch (RulesetRejectedException e) {
            e.problems().forEach(out::println);
            out.println("the rules in " + rules + " do not load; no scenario was run");
            return 1;
        }
        EvaluationMapper mapper = Mappers.getMapper(EvaluationMapper.class);
        ScenarioRunner runner = new ScenarioRunner(new Evaluator(mapper), mapper);
        List<Scenario> all = ScenarioFiles.readAll(scenarios);
        boolean needsStore = all.stream().anyMatch(s -> s.rulesetVersion() != null
                && !s.rulesetVersion().equals(current.version()));
        List<ScenarioResult> results = new ArrayList<>();
        try (ConfigurableApplicationContext store = needsStore ? offline(rules, options) : null) {
            RulesetVersions versions = store == null ? null : store.getBean(RulesetVersions.class);
            for (Scenario scenario : all) {
                ScenarioResult result = runner.run(current, v -> versions == null ? null : versions.policy(v), scenario);
                out.println(result.line());
                results.add(result);
            }
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        out.println((results.size() - failed) + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }

    private static ConfigurableApplicationContext offline(Path rules, List<String> options) {
        options.add("--kpi.rules.dir=" + rules);
        return KpiPolicyApplication.offline(options.toArray(String[]::new));
    }
}
