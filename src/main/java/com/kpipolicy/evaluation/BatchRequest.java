package com.kpipolicy.evaluation;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Up to 10,000 evaluation requests, each evaluated and answered on its own. */
public record BatchRequest(
        @ArraySchema(schema = @Schema(implementation = EvaluationRequest.class), minItems = 1, maxItems = 10_000)
        List<BatchItem> items) {
}
