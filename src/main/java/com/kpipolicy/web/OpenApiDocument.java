package com.kpipolicy.web;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.ProblemDetail;

/**
 * The OpenAPI document at /v3/api-docs: what every operation shares is added here (HTTP Basic, 401 and
 * 403, the Idempotency-Key of the evaluating POSTs, parameter examples); each controller describes its
 * own operations. Examples are real requests and answers kept in resources/openapi/examples.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {
    private static final String EXAMPLES = OpenApiRefs.EXAMPLES;
    private static final String RESPONSES = "#/components/responses/";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final Set<String> IDEMPOTENT = Set.of("evaluate", "evaluateBatch");
    /** One example per parameter name; the same name means the same thing on every endpoint. */
    private static final Map<String, Object> PARAMETER_EXAMPLES = Map.ofEntries(
            Map.entry("id", "3918c116-1c9d-4f5e-b075-a403b352fc74"),
            Map.entry("version", "8a79d23f1609b8ef8d73499e7154974fb03f40ec13b5fc935e7a8d5be449ec50"),
            Map.entry("industry", "SAAS"), Map.entry("stage", "GROWTH"), Map.entry("salesMode", "DIRECT"),
            Map.entry("planVariant", "PERFORMANCE_GROWTH"), Map.entry("employeeId", "E-1001"),
            Map.entry("period", "2025-Q3"), Map.entry("from", "2025-10-01"), Map.entry("to", "2025-10-31"),
            Map.entry("page", 0), Map.entry("size", 50),
            Map.entry("Idempotency-Key", "\"8e03978e-40d5-43e8-bc93-6894a57f9324\""));

    static {
        SpringDocUtils.getConfig().replaceWithClass(ProblemDetail.class, ProblemDocument.class);
    }

    @Bean
    OpenAPI kpiPolicyApi() {
        Components components = new Components()
                .addSecuritySchemes("basicAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("HTTP Basic with a caller's name and key (see the README: callers and roles)"));
        examples(components);
        components.addSchemas("RulesUpload", new ObjectSchema().description("Either the changed rules files, each sent"
                        + " with its file name (e.g. weights.drl.xlsx) under any part name but 'rules', or one zip of a"
                        + " whole rules folder as the part 'rules'")
                .addProperty("files", new ArraySchema().items(new StringSchema().format("binary"))
                        .description("changed rules files; the file name says which file each replaces or adds"))
                .addProperty("rules", new StringSchema().format("binary").description("a zip of a whole rules folder")));
        problemResponses(components);
        return new OpenAPI()
                .info(new Info().title("KPI Policy Service").version("v1").description("Scores a salesperson's"
                        + " performance for a period under the analysts' policy (rules/), explains and stores every"
                        + " decision. Roles: HR_SYSTEM evaluates and reads its own evaluations and plans; AUDITOR reads"
                        + " everything; ANALYST validates, reloads and measures the impact of rules and reads plans and rulesets. Every error is an RFC 9457"
                        + " problem document."))
                // Relative: Swagger UI calls the service it is served by; a generated client is given its base URI.
                .addServersItem(new Server().url("/").description("this service"))
                .addTagsItem(new Tag().name("Evaluations").description("Evaluate salespeople, one or a batch at a time,"
                        + " and read evaluations back"))
                .addTagsItem(new Tag().name("Plans").description("Which KPIs and weights apply to a business context"))
                .addTagsItem(new Tag().name("Rulesets").description("The analysts' rules: lint, validate an upload,"
                        + " reload, the impact of a change, versions and their files"))
                .addTagsItem(new Tag().name("Audit").description("The decision log: list, verify, export, replay"))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList("basicAuth"));
    }

    @Bean
    OpenApiCustomizer sharedResponsesAndParameters() {
        return api -> api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            // Checked before any endpoint (MalformedHeaderFilter, UnreadableParameters), so every operation can answer it.
            if (!operation.getResponses().containsKey("400")) {
                operation.getResponses().addApiResponse("400", ref("MalformedHeaderOrQuery"));
            }
            operation.getResponses().addApiResponse("401", ref("Unauthorized"));
            operation.getResponses().addApiResponse("403", ref("Forbidden"));
            if (IDEMPOTENT.contains(operation.getOperationId())) {
                idempotent(operation);
            }
            if (path.startsWith("/api/v1/evaluations") || path.startsWith("/api/v1/audit")) {
                operation.getResponses().addApiResponse("503", ref("StorageUnavailable"));
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> p.setExample(PARAMETER_EXAMPLES.get(p.getName())));
            }
        }));
    }

    private static void idempotent(Operation operation) {
        // 255 characters, each of which may be escaped, in quotes.
        operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                .schema(new StringSchema().maxLength(2 + 2 * 255))
                .description("Makes a retry safe (IETF httpapi idempotency-key draft): the same key and body get the"
                        + " first answer again without a new evaluation; the same key with another body is 422; while"
                        + " the first request runs, 409. Keys are per caller and kept 24 hours. An RFC 8941 string"
                        + " (printable ASCII, \\\" and \\\\ escaped) or a bare key (visible ASCII without spaces, quotes"
                        + " or backslashes), 1 to 255 characters; else 400."));
        operation.getResponses().addApiResponse("409", ref("RequestInProgress"));
    }

    private static ApiResponse ref(String name) {
        return new ApiResponse().$ref(RESPONSES + name);
    }

    private static void problemResponses(Components components) {
        components.addResponses("MalformedRequest", problem("The request cannot be read: a body that is not JSON, a"
                + " Content-Type or Accept header that does not parse, a query string that cannot be decoded, or an"
                + " Idempotency-Key that is not one", "malformed-json", "malformed-header", "malformed-query",
                "invalid-idempotency-key"));
        components.addResponses("MalformedHeaderOrQuery", problem("The request cannot be read: an Accept (or"
                + " Content-Type) header that does not parse, or a query string that cannot be decoded",
                "malformed-header", "malformed-query"));
        components.addResponses("Unauthorized", problem("No credentials, or credentials that were not accepted",
                "unauthorized").addHeaderObject("WWW-Authenticate", new Header().schema(new StringSchema())
                .description("Basic realm=\"kpi-policy\", charset=\"UTF-8\"")));
        components.addResponses("Forbidden", problem("The caller's roles do not allow this call", "forbidden"));
        components.addResponses("NotFound", problem("Nothing is stored under this id", "not-found"));
        components.addResponses("RequestInProgress", problem("A request with this Idempotency-Key is still running",
                "idempotency-key-in-flight").addHeaderObject("Retry-After", new Header().schema(new StringSchema())));
        components.addResponses("ContentTooLarge", problem("The body or the batch is larger than this endpoint takes",
                "content-too-large", "batch-too-large"));
        components.addResponses("InvalidRequest", problem("Fields that cannot be evaluated, each named",
                "invalid-request"));
        components.addResponses("BadUpload", problem("The upload is not rules: no files, an unsafe file name, a"
                + " zip that cannot be read, files and a zip together, or a body that cannot be read as"
                + " multipart/form-data; or a header or query string that cannot be read", "bad-upload",
                "malformed-header", "malformed-query"));
        components.addResponses("UploadTooLarge", problem("A file, the upload or a zip's content is over its limit",
                "upload-too-large"));
        components.addResponses("RulesRejected", problem("The rules do not load; every error is listed with file,"
                + " sheet and cell or row, and the last good rules keep serving", "ruleset-rejected"));
        components.addResponses("StorageUnavailable", problem("The database cannot be written or read just now (a"
                + " full disk); nothing was stored. Retry after the given seconds", "storage-unavailable")
                .addHeaderObject("Retry-After", new Header().schema(new StringSchema())));
        components.addResponses("InvalidEvaluationRequest", problem("Fields that cannot be evaluated, each named; a JSON"
                + " limit exceeded; or an Idempotency-Key reused for another body", "invalid-request", "json-limit",
                "idempotency-key-reused"));
    }

    private static ApiResponse problem(String description, String... examples) {
        MediaType media = new MediaType().schema(new Schema<>().$ref(PROBLEM_SCHEMA));
        for (String example : examples) {
            media.addExamples(example, new Example().$ref(EXAMPLES + example));
        }
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE, media));
    }

    /** Every file in openapi/examples becomes an example named after it: *.json as JSON, *.ndjson and *.md as text. */
    private static void examples(Components components) {
        PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
        try {
            for (Resource file : resources.getResources("classpath:openapi/examples/*.json")) {
                components.addExamples(name(file), new Example().value(Json.mapper().readTree(
                        file.getContentAsString(StandardCharsets.UTF_8))));
            }
            for (String text : new String[] {"ndjson", "md"}) {
                for (Resource file : resources.getResources("classpath:openapi/examples/*." + text)) {
                    components.addExamples(name(file), new Example().value(file.getContentAsString(StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The OpenAPI examples could not be read", e);
        }
    }

    private static String name(Resource file) {
        String name = String.valueOf(file.getFilename());
        return name.substring(0, name.lastIndexOf('.'));
    }
}
