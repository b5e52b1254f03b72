package com.kpipolicy.evaluation;

import java.net.URI;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/evaluations")
class EvaluationController {
    private final EvaluationService service;

    private final EvaluationReplay replay;

    EvaluationController(EvaluationService service, EvaluationReplay replay) {
        this.service = service;
        this.replay = replay;
    }

    /** Re-evaluates a stored evaluation under its own ruleset version: IDENTICAL or the differences. */
    @PostMapping(value = "/{id}/replay", produces = MediaType.APPLICATION_JSON_VALUE)
    ReplayResult replay(@PathVariable String id) {
        return replay.replay(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> evaluate(@RequestBody EvaluationRequest request, UriComponentsBuilder uri, Principal caller) {
        EvaluationService.Answer answer = service.evaluate(request, caller == null ? "anonymous" : caller.getName());
        URI location = uri.path("/api/v1/evaluations/{id}").buildAndExpand(answer.evaluationId()).toUri();
        return ResponseEntity.created(location).contentType(MediaType.APPLICATION_JSON).body(answer.json());
    }

    /** The stored evaluation, byte for byte as it was answered. */
    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> get(@PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(service.storedJson(id));
    }
}
