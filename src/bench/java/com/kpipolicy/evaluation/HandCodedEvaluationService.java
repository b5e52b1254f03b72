package com.kpipolicy.evaluation;

import com.kpipolicy.audit.DecisionLog;
import com.kpipolicy.audit.LogEntry;
import com.kpipolicy.audit.RulesetVersions;
import com.kpipolicy.audit.SelectedPolicy;
import com.kpipolicy.policy.ActivePolicy;
import com.kpipolicy.web.FieldProblem;
import com.kpipolicy.web.InvalidRequestException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline for the service: {@link EvaluationService} step for step (ruleset selection,
 * validation against the catalogue, mapping, response, the same decision-log row with its hash
 * chain), except that the plan and the arithmetic are {@link HandCodedDefaultPolicy} instead of
 * the rule engine. Its response has no firedRules, and it skips the plan-coverage check.
 */
final class HandCodedEvaluationService {
    private final ActivePolicy activePolicy;
    private final RulesetVersions versions;
    private final EvaluationMapper mapper;
    private final DecisionLog log;
    private final JsonMapper json;
    private final Clock clock;
    private final RequestValidator validator = new RequestValidator();
    private final HandCodedDefaultPolicy policy = new HandCodedDefaultPolicy();

    HandCodedEvaluationService(ActivePolicy activePolicy, RulesetVersions versions, EvaluationMapper mapper,
                               DecisionLog log, JsonMapper json, Clock clock) {
        this.activePolicy = activePolicy;
        this.versions = versions;
        this.mapper = mapper;
        this.log = log;
        this.json = json;
        this.clock = clock;
    }

    static HandCodedEvaluationService from(ApplicationContext context) {
        return new HandCodedEvaluationService(context.getBean(ActivePolicy.class), context.getBean(RulesetVersions.class),
                context.getBean(EvaluationMapper.class), context.getBean(DecisionLog.class), context.getBean(JsonMapper.class),
                context.getBean(Clock.class));
    }

    EvaluationService.Decided evaluate(EvaluationRequest request, String caller) {
        SelectedPolicy selected = ReportingPeriod.parse(request.period())
                .map(period -> versions.select(period.first(), request.rulesetVersion()))
                .orElseGet(() -> new SelectedPolicy(activePolicy.current(), "live"));
        List<FieldProblem> problems = validator.check(request, selected.policy().catalog());
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        EvaluationInput input = mapper.toInput(request);
        EvaluationOutcome outcome = policy.evaluate(input);
        Evaluation evaluation = new Evaluation(UUID.randomUUID(), input, selected.policy().version(), selected.reason(),
                outcome, clock.instant().truncatedTo(ChronoUnit.MILLIS), null);
        String response = json.writeValueAsString(mapper.toResponse(evaluation));
        LogEntry entry = new LogEntry(evaluation.id(), request.employeeId(), request.period(), evaluation.rulesetVersion(),
                outcome.planId(), outcome.totalScore(), outcome.grade(), outcome.status(), evaluation.evaluatedAt(),
                caller, null, json.writeValueAsString(request), response);
        log.append(entry);
        return new EvaluationService.Decided(evaluation.id(), response, entry, outcome);
    }
}
