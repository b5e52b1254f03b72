package com.kpipolicy.policy;

import static com.kpipolicy.web.OpenApiRefs.EXAMPLES;

import com.kpipolicy.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RulesetReloadController {
    private final RulesetReloader reloader;

    RulesetReloadController(RulesetReloader reloader) {
        this.reloader = reloader;
    }

    /** 200 when the folder's rules are live (new or unchanged); a 422 problem when they were rejected and the last good serve. */
    @Operation(operationId = "reloadRuleset", tags = "Rulesets", summary = "Load the rules folder now (ANALYST)",
            description = "Builds the rules folder beside the live rules and swaps them in whole; evaluations already"
                    + " running finish on the rules they started with. Rules that do not load are refused: the last"
                    + " good rules keep serving and the problem lists why, by file, sheet and cell or row.")
    @ApiResponse(responseCode = "200", description = "RELOADED (a new version is live) or UNCHANGED", content = @Content(
            schema = @Schema(implementation = ReloadResult.class),
            examples = @ExampleObject(name = "reload-result", ref = EXAMPLES + "reload-result")))
    @ApiResponse(responseCode = "422", description = "REJECTED: the last good rules keep serving", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = "#/components/schemas/Problem"),
            examples = @ExampleObject(name = "reload-rejected", ref = EXAMPLES + "reload-rejected")))
    @PostMapping(value = "/api/v1/rulesets/reload", produces = {MediaType.APPLICATION_JSON_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<?> reload() {
        ReloadResult result = reloader.reload();
        if (!ReloadResult.REJECTED.equals(result.status())) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(result);
        }
        long errors = result.problems().stream().filter(RuleProblem::isError).count();
        ProblemDetail problem = Problems.rulesRejected("The rules folder does not load (" + errors
                + " error(s); see problems); the last good rules, version " + result.liveVersion() + ", keep serving.");
        problem.setProperty("outcome", result.status());
        problem.setProperty("liveVersion", result.liveVersion());
        problem.setProperty("at", result.at());
        problem.setProperty("buildMillis", result.buildMillis());
        problem.setProperty("problems", result.problems());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
