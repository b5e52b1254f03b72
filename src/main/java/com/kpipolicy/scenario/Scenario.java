package com.kpipolicy.scenario;

import com.kpipolicy.evaluation.EvaluationRequest;
import tools.jackson.databind.JsonNode;

/**
 * One case of the corpus: a request and what the policy must answer. {@code name} is the
 * file's path under scenarios/ without ".json", e.g. "guardrails/customer-value-floor-caps-result-scores".
 * {@code rulesetVersion}, when set, pins the ruleset version the scenario was written for.
 */
public record Scenario(String name, String description, String rulesetVersion, EvaluationRequest request,
                       JsonNode expected) {
}
