package com.kpipolicy.evaluation;

import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class BatchEvaluationController {
    private final BatchEvaluation batches;

    BatchEvaluationController(BatchEvaluation batches) {
        this.batches = batches;
    }

    /** 200 whatever the items' fates: each item carries its own status, the summary counts them. */
    @PostMapping(value = "/api/v1/evaluations/batch", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    BatchResponse evaluate(@RequestBody BatchRequest batch, Principal caller) {
        return batches.evaluate(batch, caller.getName());
    }
}
