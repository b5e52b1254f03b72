package com.kpipolicy.impact;

import com.kpipolicy.Command;
import com.kpipolicy.KpiPolicyApplication;
import com.kpipolicy.evaluation.EvaluationMapper;
import com.kpipolicy.evaluation.Evaluator;
import com.kpipolicy.evaluation.ReportingPeriod;
import com.kpipolicy.policy.Policy;
import com.kpipolicy.policy.PolicyLoader;
import com.kpipolicy.policy.RulesetRejectedException;
import com.kpipolicy.policy.RulesetSource;
import com.kpipolicy.scenario.Scenario;
import com.kpipolicy.scenario.ScenarioFiles;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.mapstruct.factory.Mappers;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code impact --candidate <rules-dir> [--period 2025-Q3] [--scenarios scenarios] [--format markdown|json]}:
 * what the candidate rules would change, against the live rules (./rules, or --kpi.rules.dir=…). Without a period
 * it runs on the scenarios alone and opens nothing; with one it also reads that period's stored evaluations
 * from the service's database (--spring.datasource.url=… and other options are passed on). Exits 0 when it ran,
 * whatever changed; 1 when the candidate (or the live rules) do not load; 2 on a usage error.
 */
public final class ImpactCommand implements Command {
    static final String USAGE = "usage: java -jar kpi-policy.jar impact --candidate <rules-dir> [--period 2025-Q3]"
            + " [--scenarios scenarios] [--format markdown|json] [--option=value …]";

    @Override
    public int run(List<String> args, PrintStream out) {
        ImpactArguments arguments;
        try {
            arguments = ImpactArguments.parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(USAGE);
            return 2;
        }
        if (arguments.period() != null && !ReportingPeriod.isValid(arguments.period())) {
            out.println("--period must be a quarter (2025-Q3), a month (2025-07) or a half year (2025-H2), not '"
                    + arguments.period() + "'");
            return 2;
        }
        if (!Files.isDirectory(arguments.scenarios())) {
            out.println("no scenarios folder at " + arguments.scenarios().toAbsolutePath());
            return 2;
        }
        PolicyLoader loader = new PolicyLoader(Clock.systemUTC());
        Policy candidate = load(loader, arguments.candidate(), "candidate", out);
        if (candidate == null) {
            return 1;
        }
        List<Scenario> scenarios = ScenarioFiles.readAll(arguments.scenarios());
        String folder = arguments.scenarios().toString();
        ImpactReport report;
        if (arguments.period() == null) {
            Policy live = load(loader, arguments.liveRules(), "live", out);
            if (live == null) {
                return 1;
            }
            EvaluationMapper mapper = Mappers.getMapper(EvaluationMapper.class);
            report = new ImpactAnalysis(new Evaluator(mapper)).report(live, candidate, folder, scenarios, null, null);
        } else {
            try (ConfigurableApplicationContext service = KpiPolicyApplication.offline(
                    arguments.serviceOptions().toArray(String[]::new))) {
                report = service.getBean(ImpactService.class).analyse(candidate, folder, scenarios, arguments.period());
            }
        }
        out.print(arguments.format().equals(ImpactArguments.JSON) ? json(report) : ImpactMarkdown.render(report));
        return 0;
    }

    private static Policy load(PolicyLoader loader, Path folder, String which, PrintStream out) {
        try {
            return loader.load(RulesetSource.read(folder));
        } catch (RulesetRejectedException e) {
            e.problems().forEach(out::println);
            out.println("the " + which + " rules in " + folder + " do not load; nothing was compared");
            return null;
        }
    }

    private static String json(ImpactReport report) {
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        return json.writeValueAsString(Mappers.getMapper(ImpactMapper.class).toResponse(report)) + System.lineSeparator();
    }
}
