package com.kpipolicy.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;

/**
 * The RFC 9457 problem document as it is sent, for the OpenAPI contract only: Spring's ProblemDetail
 * nests extra members under "properties", which is not what goes over the wire.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record ProblemDocument(
        @Schema(example = "urn:problem:kpi-policy:invalid-request") URI type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "422") int status,
        @Schema(example = "metrics[2].target must be greater than 0") String detail,
        @Schema(example = "/api/v1/evaluations") URI instance,
        @Schema(description = "Only for 422 invalid-request: every field that cannot be evaluated") List<FieldProblem> errors) {
}
