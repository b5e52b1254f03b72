package com.kpipolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.support.Caller;
import com.kpipolicy.support.Http;
import com.kpipolicy.support.Multipart;
import com.kpipolicy.support.RulesFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * POST /api/v1/rulesets/validate on a real port: an analyst uploads the files they changed (or the whole folder
 * zipped) and gets every problem located by file, sheet and cell, while the rules in force stay as they are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:impact-api;DB_CLOSE_DELAY=-1")
class RulesetValidateApiTest {
    private static final String VALIDATE = "/api/v1/rulesets/validate";

    @LocalServerPort
    int port;
    @Autowired
    ActivePolicy activePolicy;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port, Caller.ANALYST);
    }

    private Http.Response upload(Multipart form) {
        return http.post(VALIDATE, form.contentType(), form.bytes(), "application/json");
    }

    /** The one error of the lint; the shipped rules' deliberate warnings may stand beside it. */
    private static JsonNode onlyProblem(JsonNode lint) {
        List<JsonNode> errors = lint.get("problems").valueStream()
                .filter(p -> "ERROR".equals(p.get("severity").asString())).toList();
        assertThat(errors).as(lint.toString()).hasSize(1);
        assertThat(lint.get("errors").asInt()).isEqualTo(1);
        return errors.get(0);
    }

    @Test
    void anUploadedWorkbookWithABadExpressionIsNamedByCellAndNothingLiveChanges(@TempDir Path copy) {
        String live = activePolicy.current().version();
        RulesFolder.copyOfShipped(copy).setCell("grades.drl.xlsx", "Grades", "A16", "1OO");

        Http.Response response = upload(new Multipart().file("files", copy.resolve("grades.drl.xlsx")));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode lint = response.json();
        assertThat(lint.get("valid").asBoolean()).isFalse();
        assertThat(lint.get("errors").asInt()).isEqualTo(1);
        JsonNode problem = onlyProblem(lint);
        assertThat(problem.get("file").asString()).isEqualTo("grades.drl.xlsx");
        assertThat(problem.get("sheet").asString()).isEqualTo("Grades");
        assertThat(problem.get("location").asString()).isEqualTo("cell A16");
        assertThat(lint.get("rulesetVersion").asString()).isNotEqualTo(live);
        assertThat(activePolicy.current().version()).isEqualTo(live);
    }

    @Test
    void weightsThatDoNotSumTo100AreNamedByRow(@TempDir Path copy) {
        RulesFolder.copyOfShipped(copy).setCell("weights.drl.xlsx", "Plans", "F16", 34);

        JsonNode problem = onlyProblem(upload(new Multipart().file("files", copy.resolve("weights.drl.xlsx"))).json());

        assertThat(problem.get("severity").asString()).isEqualTo("ERROR");
        assertThat(problem.get("sheet").asString()).isEqualTo("Plans");
        assertThat(problem.get("location").asString()).isEqualTo("row 16");
        assertThat(problem.get("message").asString()).isEqualTo("The weights of plan SAAS_FUSION sum to 99, not 100.");
    }

    @Test
    void aDrlSyntaxErrorIsNamedByFileAndLine() {
        byte[] drl = RulesFolder.read("guardrails.drl").replace("achievement.compareTo($floor) < 0,",
                "achievement.compareTo($floor) < ,").getBytes(StandardCharsets.UTF_8);

        JsonNode problem = onlyProblem(upload(new Multipart().file("files", "guardrails.drl", "text/plain", drl)).json());

        assertThat(problem.get("file").asString()).isEqualTo("guardrails.drl");
        assertThat(problem.get("location").asString()).startsWith("line ");
        assertThat(problem.get("message").asString()).contains("CUSTOMER_VALUE_FLOOR");
    }

    @Test
    void aFileThatIsNotAWorkbookIsNamed() {
        Multipart form = new Multipart().file("files", "weights.drl.xlsx", "application/octet-stream",
                "just some text".getBytes(StandardCharsets.UTF_8));

        JsonNode problem = onlyProblem(upload(form).json());

        assertThat(problem.get("file").asString()).isEqualTo("weights.drl.xlsx");
        assertThat(problem.get("message").asString()).containsIgnoringCase("not a workbook");
    }

    @Test
    void aZipOfTheWholeShippedFolderIsValidWithItsKnownWarnings() {
        Multipart form = new Multipart().file("rules", "rules.zip", "application/zip",
                Multipart.zipOf(RulesFolder.SHIPPED, "rules/"));

        JsonNode lint = upload(form).json();

        assertThat(lint.get("valid").asBoolean()).as(lint.toString()).isTrue();
        assertThat(lint.get("errors").asInt()).isZero();
        assertThat(lint.get("rulesetVersion").asString()).isEqualTo(activePolicy.current().version());
    }

    @Test
    void anUploadWithoutFilesIsABadUploadProblem() {
        Http.Response response = upload(new Multipart().field("note", "forgot the file"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("No rule files were uploaded");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.kpipolicy.support.Multipart#malformed")
    void aBodyThatIsNotReadableMultipartIsABadUploadProblem(Multipart.Malformed body) {
        Http.Response response = http.post(VALIDATE, body.contentType(), body.body(), "application/json");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:problem:kpi-policy:bad-upload");
        assertThat(response.json().get("detail").asString()).startsWith("The upload cannot be read as"
                + " multipart/form-data");
    }
}
