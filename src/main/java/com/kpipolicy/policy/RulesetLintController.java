package com.kpipolicy.policy;

import static com.kpipolicy.web.OpenApiRefs.EXAMPLES;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lints the rules folder on disk (kpi.rules.dir) without touching the policy in force. */
@RestController
class RulesetLintController {
    private final RulesProperties properties;
    private final RulesetLint lint;
    private final LintMapper mapper;

    RulesetLintController(RulesProperties properties, RulesetLint lint, LintMapper mapper) {
        this.properties = properties;
        this.lint = lint;
        this.mapper = mapper;
    }

    @Operation(operationId = "lintRuleset", tags = "Rulesets", summary = "Lint the rules folder on disk (ANALYST)", description = "Loads"
            + " the folder into a throwaway policy and lists every problem with file, sheet and row; the rules in"
            + " force are not changed. A lint that finds errors is a successful lint (200).")
    @ApiResponse(responseCode = "200", description = "The lint, valid or not", content = @Content(
            schema = @Schema(implementation = LintResponse.class),
            examples = @ExampleObject(name = "lint-response", ref = EXAMPLES + "lint-response")))
    @PostMapping(value = "/api/v1/rulesets/lint", produces = MediaType.APPLICATION_JSON_VALUE)
    LintResponse lint() {
        return mapper.toResponse(lint.lint(properties.dir()));
    }
}
