package com.kpipolicy.policy;

import static com.kpipolicy.web.OpenApiRefs.EXAMPLES;

import com.kpipolicy.web.OpenApiRefs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartRequest;

/** Lints uploaded rules (changed files over the rules in force, or a zipped folder) without touching what is live. */
@RestController
class RulesetValidateController {
    private final CandidateUpload upload;
    private final RulesetLint lint;
    private final LintMapper mapper;

    RulesetValidateController(CandidateUpload upload, RulesetLint lint, LintMapper mapper) {
        this.upload = upload;
        this.lint = lint;
        this.mapper = mapper;
    }

    @Operation(operationId = "validateRuleset", tags = "Rulesets", summary = "Validate uploaded rules (ANALYST)",
            description = "Send each changed file as a part whose filename is the rules file it replaces or adds (the"
                    + " other files are taken from the rules in force), or a zip of a whole rules folder as the part"
                    + " named 'rules'. Every problem is listed with file, sheet and cell or row; nothing live changes."
                    + " Rules with errors are a successful validation (200, valid false).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(ref = "#/components/schemas/RulesUpload"),
                    examples = @ExampleObject(name = "rules-upload", ref = EXAMPLES + "rules-upload"))))
    @ApiResponse(responseCode = "200", description = "The lint of the uploaded rules, valid or not", content = @Content(
            schema = @Schema(implementation = LintResponse.class),
            examples = @ExampleObject(name = "validate-response", ref = EXAMPLES + "validate-response")))
    @ApiResponse(responseCode = "400", ref = OpenApiRefs.BAD_UPLOAD)
    @ApiResponse(responseCode = "413", ref = OpenApiRefs.UPLOAD_TOO_LARGE)
    @PostMapping(value = "/api/v1/rulesets/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    LintResponse validate(MultipartRequest files) {
        return mapper.toResponse(lint.lint(upload.read(files.getMultiFileMap())));
    }
}
