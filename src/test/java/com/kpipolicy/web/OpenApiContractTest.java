package com.kpipolicy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.support.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document lists every endpoint the service serves, with an example for every request,
 * parameter and response, and is the contract checked in as openapi/kpi-policy.json (from which the
 * build generates the client that GeneratedClientTest uses).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:openapi-contract;DB_CLOSE_DELAY=-1")
class OpenApiContractTest {
    static final Path CHECKED_IN = Path.of("openapi", "kpi-policy.json");
    private static final Path SERVED = Path.of("target", "openapi", "kpi-policy.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private JsonNode document() {
        Http.Response response = http.anonymous().get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static Set<String> operations(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (METHODS.contains(op.getKey())) {
                operations.add(op.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        return operations;
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        if (node.has("$ref")) {
            String[] ref = node.get("$ref").asString().substring(2).split("/");
            JsonNode target = document;
            for (String part : ref) {
                target = target.get(part);
            }
            assertThat(target).as("%s resolves", node.get("$ref")).isNotNull();
            return target;
        }
        return node;
    }

    @Test
    void everyEndpointTheServiceServesIsDocumentedAndNothingElse() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(path -> path.startsWith("/api/"))
                .forEach(path -> info.getMethodsCondition().getMethods()
                        .forEach(method -> served.add(method.name() + " " + path))));

        assertThat(served).hasSize(14);
        assertThat(operations(document())).containsExactlyElementsOf(served);
    }

    @Test
    void everyRequestParameterAndResponseHasAnExample() {
        JsonNode document = document();
        List<String> missing = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            String op = entry.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = entry.getValue();
            if (operation.has("requestBody")) {
                operation.get("requestBody").get("content").properties().forEach(media -> {
                    if (!media.getValue().has("examples")) {
                        missing.add(op + " request " + media.getKey());
                    }
                });
            }
            if (operation.has("parameters")) {
                operation.get("parameters").forEach(p -> {
                    if (!p.has("example")) {
                        missing.add(op + " parameter " + p.get("name").asString());
                    }
                });
            }
            operation.get("responses").properties().forEach(response -> {
                JsonNode content = resolve(document, response.getValue()).get("content");
                if (content == null) {
                    missing.add(op + " response " + response.getKey() + " has no content");
                    return;
                }
                content.properties().forEach(media -> {
                    JsonNode examples = media.getValue().get("examples");
                    if (examples == null || examples.isEmpty()) {
                        missing.add(op + " response " + response.getKey() + " " + media.getKey());
                    } else {
                        examples.forEach(example -> assertThat(resolve(document, example).has("value")).isTrue());
                    }
                });
            });
        }));

        assertThat(missing).isEmpty();
    }

    @Test
    void theCheckedInContractIsTheDocumentTheServiceServes() throws IOException {
        JsonNode served = document();
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");

        assertThat(served).as("The API changed: review " + SERVED + " and copy it to " + CHECKED_IN
                        + " (the generated client and its users follow it)")
                .isEqualTo(JSON.readTree(Files.readString(CHECKED_IN)));
    }

    @Test
    void theDocumentAndSwaggerUiNeedNoCredentials() {
        Http anonymous = http.anonymous();

        assertThat(anonymous.get("/v3/api-docs").contentType()).startsWith("application/json");
        Http.Response ui = anonymous.get("/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("Swagger UI");
        assertThat(anonymous.get("/swagger-ui.html").status()).isIn(200, 302);
    }

    @Test
    void theExamplesAreWhatTheServiceAnswers() {
        JsonNode examples = document().get("components").get("examples");

        Http.Response evaluated = http.post("/api/v1/evaluations",
                examples.get("evaluation-request").get("value").toString());
        JsonNode answer = examples.get("evaluation-response").get("value");
        assertThat(evaluated.status()).isEqualTo(201);
        for (String field : List.of("planId", "kpis", "totalScore", "grade", "bonusMultiplier", "guardrails", "firedRules")) {
            assertThat(evaluated.json().get(field)).as(field).isEqualTo(answer.get(field));
        }

        Http.Response batch = http.post("/api/v1/evaluations/batch", examples.get("batch-request").get("value").toString());
        JsonNode batchAnswer = examples.get("batch-response").get("value");
        assertThat(batch.json().get("summary")).isEqualTo(batchAnswer.get("summary"));
        assertThat(batch.json().get("items").get(2).get("problem").get("errors"))
                .isEqualTo(batchAnswer.get("items").get(2).get("problem").get("errors"));
    }
}
