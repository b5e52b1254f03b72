package com.kpipolicy.evaluation;

import com.kpipolicy.audit.ChainedEntry;
import com.kpipolicy.audit.DecisionLog;
import com.kpipolicy.audit.FieldDifference;
import com.kpipolicy.audit.JsonDiff;
import com.kpipolicy.audit.LogEntry;
import com.kpipolicy.audit.RulesetVersions;
import com.kpipolicy.policy.Policy;
import java.util.List;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-evaluates a stored request under the ruleset version it was evaluated with, compiled from
 * that version's stored bytes (not today's rules/), and compares the answer field by field.
 */
@Service
class EvaluationReplay {
    private final DecisionLog log;
    private final RulesetVersions versions;
    private final Evaluator evaluator;
    private final EvaluationMapper mapper;
    private final JsonMapper json;

    EvaluationReplay(DecisionLog log, RulesetVersions versions, Evaluator evaluator, EvaluationMapper mapper,
                     JsonMapper json) {
        this.log = log;
        this.versions = versions;
        this.evaluator = evaluator;
        this.mapper = mapper;
        this.json = json;
    }

    ReplayResult replay(String id) {
        ChainedEntry row = EvaluationService.parse(id).flatMap(log::find)
                .orElseThrow(() -> new EvaluationNotFoundException(id));
        LogEntry stored = row.entry();
        Policy policy = versions.policy(stored.rulesetVersion());
        EvaluationRequest request = json.readValue(stored.requestJson(), EvaluationRequest.class);
        EvaluationResponse original = json.readValue(stored.responseJson(), EvaluationResponse.class);
        Evaluator.Evaluated evaluated = evaluator.evaluate(policy, request);
        Evaluation again = new Evaluation(stored.id(), evaluated.input(), policy.version(), original.rulesetReason(),
                evaluated.outcome(), stored.evaluatedAt(), stored.supersedes());
        String replayed = json.writeValueAsString(mapper.toResponse(again));
        List<FieldDifference> differences = JsonDiff.between(json.readTree(stored.responseJson()), json.readTree(replayed));
        return new ReplayResult(stored.id(), stored.rulesetVersion(),
                differences.isEmpty() ? ReplayResult.IDENTICAL : ReplayResult.DIFFERENT, differences);
    }
}
