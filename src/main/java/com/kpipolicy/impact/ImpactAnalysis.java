package com.kpipolicy.impact;

import com.kpipolicy.evaluation.EvaluationRequest;
import com.kpipolicy.evaluation.Evaluator;
import com.kpipolicy.policy.NoPlanException;
import com.kpipolicy.policy.Policy;
import com.kpipolicy.policy.PolicyDefectException;
import com.kpipolicy.scenario.Scenario;
import com.kpipolicy.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Judges the same requests under the live ruleset and a candidate, with the evaluator the service uses,
 * storing nothing. A request either ruleset cannot score is a refusal in the report, never a failure of it.
 */
public class ImpactAnalysis {
    private final Evaluator evaluator;

    public ImpactAnalysis(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** Scenarios always; stored evaluations only when a period is given (stored is then not null). */
    public ImpactReport report(Policy live, Policy candidate, String scenariosFolder, List<Scenario> scenarios,
                               String period, StoredRequests stored) {
        if (period == null) {
            return new ImpactReport(live.version(), candidate.version(), ImpactReport.BASIS, scenariosFolder,
                    scenarios(live, candidate, scenarios), null, null);
        }
        return new ImpactReport(live.version(), candidate.version(), ImpactReport.BASIS + ImpactReport.STORED_BASIS,
                scenariosFolder, scenarios(live, candidate, scenarios), period, stored(live, candidate, stored));
    }

    // A pinned scenario (rulesetVersion) is judged like any other: the question is what the change does to its request.
    ImpactSection scenarios(Policy live, Policy candidate, List<Scenario> scenarios) {
        return ImpactSection.of(scenarios.stream()
                .map(s -> new ImpactItem(s.name(), null, s.request().employeeId(), verdict(live, s.request()),
                        verdict(candidate, s.request())))
                .toList());
    }

    ImpactSection stored(Policy live, Policy candidate, StoredRequests stored) {
        List<ImpactItem> items = new ArrayList<>();
        Set<UUID> superseded = new HashSet<>();
        stored.forEach(row -> {
            if (row.supersedes() != null) {
                superseded.add(row.supersedes());
            }
            EvaluationRequest request = row.request();
            items.add(new ImpactItem(null, row.evaluationId(), request.employeeId(), verdict(live, request),
                    verdict(candidate, request)));
        });
        // A correction replaces the evaluation it supersedes: counting both would count one person twice.
        items.removeIf(item -> superseded.contains(item.evaluationId()));
        return ImpactSection.of(items);
    }

    private Verdict verdict(Policy policy, EvaluationRequest request) {
        try {
            return Verdict.of(evaluator.evaluate(policy, request).outcome());
        } catch (InvalidRequestException e) {
            return Verdict.refused(e.problems().stream().map(p -> p.field() + " " + p.message())
                    .collect(Collectors.joining("; ")));
        } catch (NoPlanException e) {
            return Verdict.refused("industry " + e.getMessage());
        } catch (PolicyDefectException e) {
            return Verdict.refused("the rules could not evaluate it: " + e.getMessage());
        }
    }
}
