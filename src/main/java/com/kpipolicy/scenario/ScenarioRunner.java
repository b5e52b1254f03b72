package com.kpipolicy.scenario;

import com.kpipolicy.evaluation.Evaluation;
import com.kpipolicy.evaluation.EvaluationMapper;
import com.kpipolicy.evaluation.Evaluator;
import com.kpipolicy.policy.Policy;
import com.kpipolicy.web.FieldProblem;
import com.kpipolicy.web.InvalidRequestException;
import com.kpipolicy.policy.NoPlanException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Judges scenarios with the same {@link Evaluator} the service uses, without storing anything.
 * The answer is compared as the HTTP response would show it, with "kpis" and "guardrails"
 * keyed by KPI id and guardrail id, and a refused request shown as {"rejected": [fields]}.
 */
public class ScenarioRunner {
    private final Evaluator evaluator;
    private final EvaluationMapper mapper;
    private final ExpectationMatcher matcher = new ExpectationMatcher();

    public ScenarioRunner(Evaluator evaluator, EvaluationMapper mapper) {
        this.evaluator = evaluator;
        this.mapper = mapper;
    }

    /** Runs a scenario under the given policy; a scenario pinned to another version fails saying so. */
    public ScenarioResult run(Policy policy, Scenario scenario) {
        return run(policy, version -> null, scenario);
    }

    /** Runs a scenario under its pinned version (found by {@code pinned}) or else the given policy. */
    public ScenarioResult run(Policy current, Function<String, Policy> pinned, Scenario scenario) {
        Policy policy = current;
        if (scenario.rulesetVersion() != null && !scenario.rulesetVersion().equals(current.version())) {
            policy = pinned.apply(scenario.rulesetVersion());
            if (policy == null) {
                return new ScenarioResult(scenario.name(), List.of(new Difference("rulesetVersion",
                        scenario.rulesetVersion(), "not available here (rules in use: " + current.version() + ")")));
            }
        }
        return new ScenarioResult(scenario.name(), matcher.compare(scenario.expected(), answer(policy, scenario)));
    }

    JsonNode answer(Policy policy, Scenario scenario) {
        try {
            Evaluator.Evaluated evaluated = evaluator.evaluate(policy, scenario.request());
            Evaluation evaluation = new Evaluation(new UUID(0, 0), evaluated.input(), policy.version(), "scenario",
                    evaluated.outcome(), Instant.EPOCH, null);
            return keyed((ObjectNode) ScenarioFiles.JSON.valueToTree(mapper.toResponse(evaluation)));
        } catch (InvalidRequestException e) {
            return rejected(e.problems().stream().map(FieldProblem::field).distinct().toList());
        } catch (NoPlanException e) {
            return rejected(List.of("industry"));
        }
    }

    private static JsonNode rejected(List<String> fields) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ArrayNode array = node.putArray("rejected");
        fields.forEach(array::add);
        return node;
    }

    private static ObjectNode keyed(ObjectNode response) {
        response.set("kpis", byKey(response.get("kpis"), "kpi"));
        response.set("guardrails", byKey(response.get("guardrails"), "id"));
        return response;
    }

    private static ObjectNode byKey(JsonNode array, String key) {
        ObjectNode keyed = JsonNodeFactory.instance.objectNode();
        for (JsonNode element : array) {
            keyed.set(element.get(key).asString(), element);
        }
        return keyed;
    }
}
