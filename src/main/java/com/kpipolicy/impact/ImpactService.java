package com.kpipolicy.impact;

import com.kpipolicy.audit.DecisionLog;
import com.kpipolicy.evaluation.ReportingPeriod;
import com.kpipolicy.policy.ActivePolicy;
import com.kpipolicy.policy.Policy;
import com.kpipolicy.policy.PolicyLoader;
import com.kpipolicy.policy.RulesetSource;
import com.kpipolicy.scenario.Scenario;
import com.kpipolicy.scenario.ScenarioFiles;
import com.kpipolicy.web.FieldProblem;
import com.kpipolicy.web.InvalidRequestException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures a candidate ruleset against the live one over the scenarios and a period's stored evaluations.
 * The candidate is loaded into a throwaway policy: the policy in force is read, never replaced.
 */
@Service
public class ImpactService {
    private final ActivePolicy active;
    private final PolicyLoader loader;
    private final DecisionLog log;
    private final JsonMapper json;
    private final ImpactAnalysis analysis;
    private final ImpactProperties properties;

    ImpactService(ActivePolicy active, PolicyLoader loader, DecisionLog log, JsonMapper json, ImpactAnalysis analysis,
                  ImpactProperties properties) {
        this.active = active;
        this.loader = loader;
        this.log = log;
        this.json = json;
        this.analysis = analysis;
        this.properties = properties;
    }

    /** Loads the candidate (a RulesetRejectedException lists its problems) and reports over the configured scenarios. */
    ImpactReport analyse(RulesetSource candidate, String period) {
        checkPeriod(period);
        Path folder = properties.scenarios();
        // A service deployed without its corpus still reports on stored evaluations.
        List<Scenario> scenarios = Files.isDirectory(folder) ? ScenarioFiles.readAll(folder) : List.of();
        return analyse(loader.load(candidate), folder.toString(), scenarios, period);
    }

    public ImpactReport analyse(Policy candidate, String scenariosFolder, List<Scenario> scenarios, String period) {
        checkPeriod(period);
        return analysis.report(active.current(), candidate, scenariosFolder, scenarios, period,
                period == null ? null : new PeriodEvaluations(log, json, period));
    }

    private static void checkPeriod(String period) {
        if (period != null && !ReportingPeriod.isValid(period)) {
            throw new InvalidRequestException(List.of(new FieldProblem("period", "must be a quarter (2025-Q3), a month"
                    + " (2025-07) or a half year (2025-H2), not '" + period + "'")));
        }
    }
}
