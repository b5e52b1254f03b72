package com.kpipolicy.evaluation;

import java.net.URI;
import java.security.Principal;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code POST /bench/v1/evaluations}: the hand-coded baseline behind the same HTTP contract as
 * {@code POST /api/v1/evaluations}. Exists only in target/kpi-policy-bench.jar (mvn -Pbench package),
 * and only with the Spring profile "bench"; bench/load.sh puts it beside the packaged jar.
 */
@Profile("bench")
@RestController
class HandCodedEvaluationController {
    private final HandCodedEvaluationService service;

    HandCodedEvaluationController(ApplicationContext context) {
        this.service = HandCodedEvaluationService.from(context);
    }

    @PostMapping(value = "/bench/v1/evaluations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> evaluate(@RequestBody EvaluationRequest request, UriComponentsBuilder uri, Principal caller) {
        EvaluationService.Decided answer = service.evaluate(request, caller.getName());
        URI location = uri.path("/api/v1/evaluations/{id}").buildAndExpand(answer.evaluationId()).toUri();
        return ResponseEntity.created(location).contentType(MediaType.APPLICATION_JSON).body(answer.json());
    }
}
