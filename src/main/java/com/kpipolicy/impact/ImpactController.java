package com.kpipolicy.impact;

import static com.kpipolicy.web.OpenApiRefs.EXAMPLES;

import com.kpipolicy.policy.CandidateUpload;
import com.kpipolicy.web.OpenApiRefs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartRequest;

/**
 * Who a rules change would affect, before it goes live: the candidate is uploaded as the changed files (each
 * part's filename is the rules file it replaces or adds) or as a zip of a whole rules folder (the part named
 * "rules"). Answers JSON, or Markdown for {@code Accept: text/markdown}.
 */
@RestController
class ImpactController {
    static final String MARKDOWN_VALUE = "text/markdown";
    private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

    private final CandidateUpload upload;
    private final ImpactService service;
    private final ImpactMapper mapper;

    ImpactController(CandidateUpload upload, ImpactService service, ImpactMapper mapper) {
        this.upload = upload;
        this.service = service;
        this.mapper = mapper;
    }

    @Operation(operationId = "rulesetImpact", tags = "Rulesets", summary = "Whose results a rules change would change"
            + " (ANALYST)", description = "Scores the scenario corpus, and with 'period' the stored evaluations of that"
            + " period, under the rules in force and under the uploaded candidate (changed files by file name, or a zip"
            + " of a whole rules folder as the part 'rules'). Lists each changed result with old and new total, grade"
            + " and bonus multiplier, and a grade migration matrix. JSON, or Markdown for Accept: text/markdown."
            + " Nothing live changes.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(ref = "#/components/schemas/RulesUpload"),
                    examples = @ExampleObject(name = "rules-upload", ref = EXAMPLES + "rules-upload"))))
    @ApiResponse(responseCode = "200", description = "The impact report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ImpactResponse.class),
                    examples = @ExampleObject(name = "impact-report", ref = EXAMPLES + "impact-report")),
            @Content(mediaType = MARKDOWN_VALUE, schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "impact-report-markdown", ref = EXAMPLES + "impact-report-markdown"))})
    @ApiResponse(responseCode = "400", ref = OpenApiRefs.BAD_UPLOAD)
    @ApiResponse(responseCode = "413", ref = OpenApiRefs.UPLOAD_TOO_LARGE)
    @ApiResponse(responseCode = "422", ref = OpenApiRefs.RULES_REJECTED)
    @PostMapping(value = "/api/v1/rulesets/impact", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MARKDOWN_VALUE})
    ResponseEntity<?> impact(MultipartRequest files, @RequestParam(required = false) String period,
                             @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ImpactReport report = service.analyse(upload.read(files.getMultiFileMap()), blankAsNull(period));
        if (wantsMarkdown(accept)) {
            return ResponseEntity.ok().contentType(MARKDOWN).body(ImpactMarkdown.render(report));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(mapper.toResponse(report));
    }

    /** JSON unless the most preferred acceptable type is Markdown; a wildcard means JSON. */
    static boolean wantsMarkdown(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.getQualityValue() > 0 && type.includes(MediaType.APPLICATION_JSON)) {
                return false;
            }
            if (type.getQualityValue() > 0 && type.includes(MARKDOWN)) {
                return true;
            }
        }
        return false;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
