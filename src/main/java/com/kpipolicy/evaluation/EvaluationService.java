package com.kpipolicy.evaluation;

import com.kpipolicy.policy.ActivePolicy;
import com.kpipolicy.policy.Policy;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Evaluates under the policy in force and stores the request and the answer together. */
@Service
class EvaluationService {
    private final ActivePolicy activePolicy;
    private final Evaluator evaluator;
    private final EvaluationMapper mapper;
    private final EvaluationRepository repository;
    private final JsonMapper json;
    private final Clock clock;

    EvaluationService(ActivePolicy activePolicy, Evaluator evaluator, EvaluationMapper mapper,
                      EvaluationRepository repository, JsonMapper json, Clock clock) {
        this.activePolicy = activePolicy;
        this.evaluator = evaluator;
        this.mapper = mapper;
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    EvaluationResponse evaluate(EvaluationRequest request) {
        Policy policy = activePolicy.current();
        Evaluator.Evaluated evaluated = evaluator.evaluate(policy, request);
        Evaluation evaluation = new Evaluation(UUID.randomUUID(), evaluated.input(), policy.version(),
                evaluated.outcome(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        EvaluationResponse response = mapper.toResponse(evaluation);
        repository.insert(evaluation, json.writeValueAsString(request), json.writeValueAsString(response));
        return response;
    }

    String storedJson(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new EvaluationNotFoundException(id);
        }
        return repository.findResponseJson(uuid).orElseThrow(() -> new EvaluationNotFoundException(id));
    }
}
