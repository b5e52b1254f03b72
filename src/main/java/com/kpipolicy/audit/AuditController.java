package com.kpipolicy.audit;

import static com.kpipolicy.web.OpenApiRefs.EXAMPLES;

import com.kpipolicy.web.OpenApiRefs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What auditors read: ruleset versions and their files, the chain check, and the log itself. */
@RestController
class AuditController {
    private final RulesetVersions versions;
    private final RulesetStore store;
    private final DecisionLog log;
    private final JsonMapper json;

    AuditController(RulesetVersions versions, RulesetStore store, DecisionLog log, JsonMapper json) {
        this.versions = versions;
        this.store = store;
        this.log = log;
        this.json = json;
    }

    record VersionResponse(String version, java.time.Instant firstLoadedAt, LocalDate effectiveFrom,
                           List<RulesetStore.StoredFile> files) {
    }

    record LogPage(List<LogRow> items, int page, int size, long total) {
    }

    record LogRow(java.util.UUID evaluationId, long seq, String employeeId, String period, String rulesetVersion,
                  String planId, java.math.BigDecimal totalScore, String grade, String status,
                  java.time.Instant evaluatedAt, String caller, java.util.UUID supersedes, String rowHash) {
    }

    @Operation(operationId = "listRulesets", tags = "Rulesets", summary = "Every ruleset version ever loaded"
            + " (AUDITOR, ANALYST)")
    @ApiResponse(responseCode = "200", description = "Versions by content hash, with when they were loaded and apply",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = StoredVersion.class)),
                    examples = @ExampleObject(name = "ruleset-versions", ref = EXAMPLES + "ruleset-versions")))
    @GetMapping(value = "/api/v1/rulesets", produces = MediaType.APPLICATION_JSON_VALUE)
    List<StoredVersion> rulesets() {
        return versions.versions();
    }

    @Operation(operationId = "getRuleset", tags = "Rulesets", summary = "One ruleset version and the hash of each"
            + " file (AUDITOR, ANALYST)")
    @ApiResponse(responseCode = "200", description = "The version and its files", content = @Content(
            schema = @Schema(implementation = VersionResponse.class),
            examples = @ExampleObject(name = "ruleset-version", ref = EXAMPLES + "ruleset-version")))
    @ApiResponse(responseCode = "404", ref = OpenApiRefs.NOT_FOUND)
    @GetMapping(value = "/api/v1/rulesets/{version}", produces = MediaType.APPLICATION_JSON_VALUE)
    VersionResponse ruleset(@PathVariable String version) {
        StoredVersion stored = versions.version(version).orElseThrow(() -> new UnknownRulesetException(version));
        return new VersionResponse(stored.version(), stored.firstLoadedAt(), stored.effectiveFrom(), store.files(version));
    }

    @Operation(operationId = "verifyChain", tags = "Audit", summary = "Walk the decision log's hash chain (AUDITOR)")
    @ApiResponse(responseCode = "200", description = "Intact, or the first row whose content or link does not hold",
            content = @Content(schema = @Schema(implementation = ChainVerification.class),
                    examples = @ExampleObject(name = "chain-verification", ref = EXAMPLES + "chain-verification")))
    @GetMapping(value = "/api/v1/audit/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    ChainVerification verify() {
        return log.verify();
    }

    @Operation(operationId = "listEvaluations", tags = "Audit", summary = "Page through the decision log (AUDITOR)",
            description = "In chain order, filtered by employee, period and evaluation date (from/to inclusive);"
                    + " size at most 500.")
    @ApiResponse(responseCode = "200", description = "One page of the log", content = @Content(
            schema = @Schema(implementation = LogPage.class),
            examples = @ExampleObject(name = "evaluation-page", ref = EXAMPLES + "evaluation-page")))
    @GetMapping(value = "/api/v1/evaluations", produces = MediaType.APPLICATION_JSON_VALUE)
    LogPage evaluations(@RequestParam(required = false) String employeeId, @RequestParam(required = false) String period,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        int safeSize = Math.max(1, Math.min(size, 500));
        int safePage = Math.max(0, page);
        LogFilter filter = new LogFilter(employeeId, period, from, to);
        List<LogRow> rows = log.page(filter, (long) safePage * safeSize, safeSize).stream().map(AuditController::row).toList();
        return new LogPage(rows, safePage, safeSize, log.count(filter));
    }

    @Operation(operationId = "exportLog", tags = "Audit", summary = "Export the decision log as NDJSON (AUDITOR)",
            description = "One JSON object per line in chain order, each with its hashes, request and response:"
                    + " re-verifiable outside the service.")
    @ApiResponse(responseCode = "200", description = "One evaluation per line", content = @Content(
            mediaType = "application/x-ndjson", schema = @Schema(type = "string"),
            examples = @ExampleObject(name = "audit-export", ref = EXAMPLES + "audit-export")))
    /** One JSON object per line, in chain order, each with its hashes: re-verifiable outside the service. */
    @GetMapping(value = "/api/v1/audit/export", produces = "application/x-ndjson")
    void export(@RequestParam(required = false) String employeeId, @RequestParam(required = false) String period,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @Parameter(hidden = true) HttpServletResponse response) throws IOException {
        response.setContentType("application/x-ndjson");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter out = response.getWriter();
        log.export(new LogFilter(employeeId, period, from, to), row -> out.println(exportLine(row)));
        out.flush();
    }

    private String exportLine(ChainedEntry row) {
        ObjectNode line = json.createObjectNode();
        LogEntry e = row.entry();
        line.put("seq", row.seq());
        line.put("evaluationId", e.id().toString());
        line.put("prevHash", row.prevHash());
        line.put("rowHash", row.rowHash());
        line.put("caller", e.caller());
        line.put("supersedes", e.supersedes() == null ? null : e.supersedes().toString());
        line.set("request", json.readTree(e.requestJson()));
        line.set("response", json.readTree(e.responseJson()));
        return json.writeValueAsString(line);
    }

    private static LogRow row(ChainedEntry row) {
        LogEntry e = row.entry();
        return new LogRow(e.id(), row.seq(), e.employeeId(), e.period(), e.rulesetVersion(), e.planId(), e.totalScore(),
                e.grade(), e.status(), e.evaluatedAt(), e.caller(), e.supersedes(), row.rowHash());
    }
}
