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
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluates under the ruleset in force for the period (or the pinned one) and appends the
 * request, the answer and the ruleset version to the decision log.
 */
@Service
class EvaluationService {
    private final ActivePolicy activePolicy;
    private final RulesetVersions versions;
    private final Evaluator evaluator;
    private final EvaluationMapper mapper;
    private final DecisionLog log;
    private final JsonMapper json;
    private final Clock clock;

    EvaluationService(ActivePolicy activePolicy, RulesetVersions versions, Evaluator evaluator, EvaluationMapper mapper,
                      DecisionLog log, JsonMapper json, Clock clock) {
        this.activePolicy = activePolicy;
        this.versions = versions;
        this.evaluator = evaluator;
        this.mapper = mapper;
        this.log = log;
        this.json = json;
        this.clock = clock;
    }

    /** What was answered: the evaluation's id, and its JSON exactly as stored in the decision log. */
    record Answer(UUID evaluationId, String json) {
    }

    /** The response is serialized once, for the log and for the caller alike, so both get the same bytes. */
    Answer evaluate(EvaluationRequest request, String caller) {
        SelectedPolicy selected = ReportingPeriod.parse(request.period())
                .map(period -> versions.select(period.first(), request.rulesetVersion()))
                // An invalid period is reported by the validator, under the live rules.
                .orElseGet(() -> new SelectedPolicy(activePolicy.current(), "live"));
        UUID supersedes = supersedes(request.supersedes());
        Evaluator.Evaluated evaluated = evaluator.evaluate(selected.policy(), request);
        Evaluation evaluation = new Evaluation(UUID.randomUUID(), evaluated.input(), selected.policy().version(),
                selected.reason(), evaluated.outcome(), clock.instant().truncatedTo(ChronoUnit.MILLIS), supersedes);
        String response = json.writeValueAsString(mapper.toResponse(evaluation));
        EvaluationOutcome outcome = evaluation.outcome();
        log.append(new LogEntry(evaluation.id(), request.employeeId(), request.period(), evaluation.rulesetVersion(),
                outcome.planId(), outcome.totalScore(), outcome.grade(), outcome.status(), evaluation.evaluatedAt(),
                caller, supersedes, json.writeValueAsString(request), response));
        return new Answer(evaluation.id(), response);
    }

    String storedJson(String id) {
        return log.find(parse(id).orElseThrow(() -> new EvaluationNotFoundException(id)))
                .map(row -> row.entry().responseJson())
                .orElseThrow(() -> new EvaluationNotFoundException(id));
    }

    private UUID supersedes(String id) {
        if (id == null) {
            return null;
        }
        UUID uuid = parse(id).filter(log::exists).orElseThrow(() -> new InvalidRequestException(List.of(
                new FieldProblem("supersedes", "names no stored evaluation: '" + id + "'"))));
        return uuid;
    }

    static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
