package com.kpipolicy.evaluation;

import static com.kpipolicy.web.OpenApiRefs.EXAMPLES;

import com.kpipolicy.web.OpenApiRefs;
import com.kpipolicy.web.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
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
    @Operation(operationId = "replayEvaluation", tags = "Audit", summary = "Replay a stored evaluation (AUDITOR)",
            description = "Re-evaluates the stored request under the ruleset version it was evaluated with, compiled"
                    + " from that version's stored files, and compares the answer field by field.")
    @ApiResponse(responseCode = "200", description = "IDENTICAL, or DIFFERENT with every differing field",
            content = @Content(schema = @Schema(implementation = ReplayResult.class),
                    examples = @ExampleObject(name = "replay-result", ref = EXAMPLES + "replay-result")))
    @ApiResponse(responseCode = "404", ref = OpenApiRefs.NOT_FOUND)
    @PostMapping(value = "/{id}/replay", produces = MediaType.APPLICATION_JSON_VALUE)
    ReplayResult replay(@PathVariable String id) {
        return replay.replay(id);
    }

    @Operation(operationId = "evaluate", tags = "Evaluations", summary = "Evaluate one salesperson for one period (HR_SYSTEM)",
            description = "Scores the metrics against the plan for the industry, stage and sales mode under the"
                    + " ruleset in force for the period, explains every step and stores the evaluation.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            schema = @Schema(implementation = EvaluationRequest.class),
            examples = @ExampleObject(name = "evaluation-request", ref = EXAMPLES + "evaluation-request")))
    @ApiResponse(responseCode = "201", description = "Evaluated and stored",
            headers = @Header(name = "Location", description = "Where the evaluation can be read back",
                    schema = @Schema(type = "string", format = "uri")),
            content = @Content(schema = @Schema(implementation = EvaluationResponse.class),
                    examples = @ExampleObject(name = "evaluation-response", ref = EXAMPLES + "evaluation-response")))
    @ApiResponse(responseCode = "400", ref = OpenApiRefs.MALFORMED_REQUEST)
    @ApiResponse(responseCode = "413", ref = OpenApiRefs.CONTENT_TOO_LARGE)
    @ApiResponse(responseCode = "422", ref = OpenApiRefs.INVALID_EVALUATION_REQUEST)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> evaluate(@RequestBody EvaluationRequest request, UriComponentsBuilder uri, Principal caller) {
        EvaluationService.Decided answer = service.evaluate(request, caller == null ? "anonymous" : caller.getName());
        URI location = uri.path("/api/v1/evaluations/{id}").buildAndExpand(answer.evaluationId()).toUri();
        return ResponseEntity.created(location).contentType(MediaType.APPLICATION_JSON).body(answer.json());
    }

    /** The stored evaluation, byte for byte as it was answered; an HR system reads only its own. */
    @Operation(operationId = "getEvaluation", tags = "Evaluations", summary = "Read a stored evaluation (HR_SYSTEM: its own; AUDITOR)",
            description = "The evaluation exactly as it was first answered.")
    @ApiResponse(responseCode = "200", description = "The stored evaluation",
            content = @Content(schema = @Schema(implementation = EvaluationResponse.class),
                    examples = @ExampleObject(name = "evaluation-response", ref = EXAMPLES + "evaluation-response")))
    @ApiResponse(responseCode = "404", ref = OpenApiRefs.NOT_FOUND)
    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> get(@PathVariable String id, @io.swagger.v3.oas.annotations.Parameter(hidden = true)
                               Authentication caller) {
        String stored = service.storedJson(id, caller.getName(), Role.AUDITOR.heldBy(caller));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(stored);
    }
}
