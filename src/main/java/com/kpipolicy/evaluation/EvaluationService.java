package com.kpipolicy.evaluation;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import com.kpipolicy.audit.DecisionLog;
import com.kpipolicy.audit.LogEntry;
import com.kpipolicy.audit.RulesetVersions;
import com.kpipolicy.audit.SelectedPolicy;
import com.kpipolicy.policy.ActivePolicy;
import com.kpipolicy.web.FailureProblems;
import com.kpipolicy.web.FieldProblem;
import com.kpipolicy.web.ForbiddenException;
import com.kpipolicy.web.InvalidRequestException;
import com.kpipolicy.web.Problems;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluates under the ruleset in force for the period (or the pinned one) and appends the
 * request, the answer and the ruleset version to the decision log.
 */
@Service
class EvaluationService {
    /**
     * Evaluation ids are UUIDs of version 7 (RFC 9562): time first, and increasing within a millisecond. A random id
     * lands on a random page of the decision log's id index, so every stored evaluation rewrote a page of it.
     */
    private static final TimeBasedEpochGenerator IDS = Generators.timeBasedEpochGenerator();

    private final ActivePolicy activePolicy;
    private final RulesetVersions versions;
    private final Evaluator evaluator;
    private final EvaluationMapper mapper;
    private final DecisionLog log;
    private final JsonMapper json;
    private final Clock clock;
    private final EvaluationMetrics metrics;

    EvaluationService(ActivePolicy activePolicy, RulesetVersions versions, Evaluator evaluator, EvaluationMapper mapper,
                      DecisionLog log, JsonMapper json, Clock clock, EvaluationMetrics metrics) {
        this.activePolicy = activePolicy;
        this.versions = versions;
        this.evaluator = evaluator;
        this.mapper = mapper;
        this.log = log;
        this.json = json;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * An evaluation decided but not yet stored: its id, the answer serialized once (the caller and the decision log
     * get the same bytes), its decision-log entry, and the outcome for metrics.
     */
    record Decided(UUID evaluationId, String json, LogEntry entry, EvaluationOutcome outcome) {
    }

    /** Evaluates and stores one request; the answer is the JSON stored in the decision log, byte for byte. */
    Decided evaluate(EvaluationRequest request, String caller) {
        Decided decided = decide(request, caller);
        log.append(decided.entry());
        return decided;
    }

    /** Stores decisions in their order as one chunk of the decision log: all of them or none. */
    void store(List<Decided> chunk) {
        log.appendChunk(chunk.stream().map(Decided::entry).toList());
    }

    /** Evaluates without storing; safe to call from several threads at once. */
    Decided decide(EvaluationRequest request, String caller) {
        Timer.Sample sample = metrics.start();
        try {
            Decided decided = run(request, caller);
            metrics.evaluated(sample, decided.outcome());
            return decided;
        } catch (RuntimeException e) {
            metrics.failed(sample, FailureProblems.slug(FailureProblems.of(e)));
            throw e;
        }
    }

    private Decided run(EvaluationRequest request, String caller) {
        SelectedPolicy selected = ReportingPeriod.parse(request.period())
                .map(period -> versions.select(period.first(), request.rulesetVersion()))
                // An invalid period is reported by the validator, under the live rules.
                .orElseGet(() -> new SelectedPolicy(activePolicy.current(), "live"));
        UUID supersedes = supersedes(request.supersedes());
        Evaluator.Evaluated evaluated = evaluator.evaluate(selected.policy(), request);
        Evaluation evaluation = new Evaluation(IDS.generate(), evaluated.input(), selected.policy().version(),
                selected.reason(), evaluated.outcome(), clock.instant().truncatedTo(ChronoUnit.MILLIS), supersedes);
        String response = json.writeValueAsString(mapper.toResponse(evaluation));
        EvaluationOutcome outcome = evaluation.outcome();
        return new Decided(evaluation.id(), response, new LogEntry(evaluation.id(), request.employeeId(),
                request.period(), evaluation.rulesetVersion(), outcome.planId(), outcome.totalScore(), outcome.grade(),
                outcome.status(), evaluation.evaluatedAt(), caller, supersedes, json.writeValueAsString(request), response),
                outcome);
    }

    /** The stored answer; a caller that may not read every evaluation reads only those it submitted. */
    String storedJson(String id, String caller, boolean readsEverything) {
        LogEntry entry = parse(id).flatMap(log::find).map(row -> row.entry())
                .orElseThrow(() -> new EvaluationNotFoundException(id));
        if (!readsEverything && !entry.caller().equals(caller)) {
            throw new ForbiddenException("Evaluation " + id + " was submitted by another caller; an HR system reads"
                    + " only the evaluations it submitted.");
        }
        return entry.responseJson();
    }

    private UUID supersedes(String id) {
        if (id == null) {
            return null;
        }
        return parse(id).filter(log::exists).orElseThrow(() -> new InvalidRequestException(List.of(
                new FieldProblem("supersedes", "names no stored evaluation: " + Problems.quote(id)))));
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
