package com.kpipolicy.evaluation;

import com.kpipolicy.web.FieldProblem;
import com.kpipolicy.web.InvalidRequestException;

import com.kpipolicy.policy.BlendResolver;
import com.kpipolicy.policy.Plan;
import com.kpipolicy.policy.fact.TeamPart;
import com.kpipolicy.policy.Policy;
import java.util.List;

/**
 * Request in, explained outcome out, under a given policy; stores nothing. Shared by the HTTP
 * service and the scenario runner so that both judge exactly the same way.
 */
public class Evaluator {
    private final RequestValidator validator = new RequestValidator();
    private final PolicyEngine engine = new PolicyEngine();
    private final EvaluationMapper mapper;

    public Evaluator(EvaluationMapper mapper) {
        this.mapper = mapper;
    }

    public record Evaluated(EvaluationInput input, Plan plan, EvaluationOutcome outcome) {
    }

    public Evaluated evaluate(Policy policy, EvaluationRequest request) {
        reject(validator.check(request, policy.catalog()));
        EvaluationInput input = mapper.toInput(request);
        Plan plan = policy.plans().require(input.context());
        reject(validator.checkAgainstPlan(request, plan));
        TeamPart team = null;
        if (input.hasTeam()) {
            BlendResolver.Blend blend = policy.blends().resolve(input.context()).orElseThrow(() -> new InvalidRequestException(
                    List.of(new FieldProblem("teamMetrics", "no row of the blend table (blend.drl.xlsx) applies to "
                            + input.context() + ", so team results cannot be counted"))));
            team = new TeamPart(engine.teamTotal(policy, plan, input), blend.individualShare(), blend.teamShare());
        }
        return new Evaluated(input, plan, engine.run(policy, plan, input, team));
    }

    private static void reject(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
