package com.kpipolicy.evaluation;

import static com.kpipolicy.web.OpenApiRefs.EXAMPLES;

import com.kpipolicy.web.OpenApiRefs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
    @Operation(operationId = "evaluateBatch", tags = "Evaluations", summary = "Evaluate up to 10,000 requests (HR_SYSTEM)",
            description = "Each request is evaluated and stored, or refused, on its own: one bad request never fails"
                    + " the others. Stored in request order, " + BatchEvaluation.CHUNK + " per transaction.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            schema = @Schema(implementation = BatchRequest.class),
            examples = @ExampleObject(name = "batch-request", ref = EXAMPLES + "batch-request")))
    @ApiResponse(responseCode = "200", description = "One result per request, in the order sent, and the counts",
            content = @Content(schema = @Schema(implementation = BatchResponse.class),
                    examples = @ExampleObject(name = "batch-response", ref = EXAMPLES + "batch-response")))
    @ApiResponse(responseCode = "400", ref = OpenApiRefs.MALFORMED_REQUEST)
    @ApiResponse(responseCode = "413", ref = OpenApiRefs.CONTENT_TOO_LARGE)
    @ApiResponse(responseCode = "422", ref = OpenApiRefs.INVALID_EVALUATION_REQUEST)
    @PostMapping(value = "/api/v1/evaluations/batch", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    BatchResponse evaluate(@RequestBody BatchRequest batch, Principal caller) {
        return batches.evaluate(batch, caller.getName());
    }
}
