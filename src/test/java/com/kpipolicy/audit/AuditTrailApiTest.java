package com.kpipolicy.audit;

import com.kpipolicy.support.Requests;
import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.support.Caller;
import com.kpipolicy.support.Http;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:audit-trail;DB_CLOSE_DELAY=-1")
class AuditTrailApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Http http;
    Http auditor;

    @BeforeEach
    void client() {
        http = new Http(port);
        auditor = http.as(Caller.AUDITOR);
    }

    private String evaluate(String employeeId) {
        String body = Requests.saasRequest().replace("E-1001", employeeId);
        Http.Response response = http.post("/api/v1/evaluations", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("evaluationId").asString();
    }

    private String column(String id, String column) {
        return jdbc.sql("SELECT " + column + " FROM evaluation WHERE id = CAST(:id AS UUID)").param("id", id)
                .query(String.class).single();
    }

    private void set(String id, String column, String value) {
        jdbc.sql("UPDATE evaluation SET " + column + " = :v WHERE id = CAST(:id AS UUID)").param("v", value).param("id", id)
                .update();
    }

    @Test
    void everyStoredEvaluationIsChainedToThePreviousOneAndTheChainVerifies() {
        String first = evaluate("A-1");
        String second = evaluate("A-2");

        assertThat(column(second, "prev_hash")).isEqualTo(column(first, "row_hash"));
        JsonNode verification = auditor.get("/api/v1/audit/verify").json();
        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(verification.get("rowsChecked").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRowAlteredBehindTheServicesBackIsNamedByVerification() {
        evaluate("B-1");
        String tampered = evaluate("B-2");
        evaluate("B-3");
        String original = column(tampered, "response_json");
        set(tampered, "response_json", original.replace("\"grade\":\"A\"", "\"grade\":\"S\""));
        try {
            JsonNode verification = auditor.get("/api/v1/audit/verify").json();

            assertThat(verification.get("intact").asBoolean()).isFalse();
            assertThat(verification.get("brokenEvaluationId").asString()).isEqualTo(tampered);
            assertThat(verification.get("problem").asString()).contains("altered");
        } finally {
            set(tampered, "response_json", original);
        }
        assertThat(auditor.get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
    }

    @Test
    void aStoredEvaluationReplaysIdenticallyUnderItsOwnRulesetVersion() {
        String id = evaluate("C-1");

        JsonNode replay = auditor.post("/api/v1/evaluations/" + id + "/replay", "").json();

        assertThat(replay.get("result").asString()).isEqualTo("IDENTICAL");
        assertThat(replay.get("differences")).isEmpty();
        assertThat(replay.get("rulesetVersion").asString()).isEqualTo(column(id, "ruleset_version"));
    }

    @Test
    void aReplayThatDiffersNamesEachFieldWithBothValues() {
        String id = evaluate("D-1");
        String original = column(id, "response_json");
        set(id, "response_json", original.replace("\"totalScore\":105.44", "\"totalScore\":99.99"));
        try {
            JsonNode replay = auditor.post("/api/v1/evaluations/" + id + "/replay", "").json();

            assertThat(replay.get("result").asString()).isEqualTo("DIFFERENT");
            assertThat(replay.get("differences")).hasSize(1);
            JsonNode difference = replay.get("differences").get(0);
            assertThat(difference.get("field").asString()).isEqualTo("totalScore");
            assertThat(difference.get("stored").asString()).isEqualTo("99.99");
            assertThat(difference.get("replayed").asString()).isEqualTo("105.44");
        } finally {
            set(id, "response_json", original);
        }
    }

    @Test
    void replayingAnUnknownEvaluationIsNotFound() {
        assertThat(auditor.post("/api/v1/evaluations/3f1c2d4e-0000-4000-8000-000000000000/replay", "").status()).isEqualTo(404);
    }

    @Test
    void theRulesetInForceIsStoredWithTheHashOfEachFile() {
        String version = http.get("/api/v1/plans?industry=SAAS&stage=GROWTH&salesMode=DIRECT").json()
                .get("rulesetVersion").asString();

        JsonNode versions = auditor.get("/api/v1/rulesets").json();
        List<String> listed = new ArrayList<>();
        versions.forEach(v -> listed.add(v.get("version").asString()));
        assertThat(listed).contains(version);
        JsonNode detail = auditor.get("/api/v1/rulesets/" + version).json();
        List<String> paths = new ArrayList<>();
        detail.get("files").forEach(f -> paths.add(f.get("path").asString()));
        assertThat(paths).contains("weights.drl.xlsx", "scoring.drl", "guardrails.drl", "ruleset.properties");
        assertThat(detail.get("files").get(0).get("sha256").asString()).matches("[0-9a-f]{64}");
        assertThat(auditor.get("/api/v1/rulesets/" + "0".repeat(64)).status()).isEqualTo(404);
    }

    @Test
    void evaluationsArePagedByEmployeeAndPeriod() {
        evaluate("E-PAGE");
        evaluate("E-PAGE");

        JsonNode page = auditor.get("/api/v1/evaluations?employeeId=E-PAGE&period=2025-Q3&size=1").json();

        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("employeeId").asString()).isEqualTo("E-PAGE");
        assertThat(page.get("items").get(0).get("rowHash").asString()).matches("[0-9a-f]{64}");
    }

    @Test
    void aPagePastTheEndOfTheLogIsEmptyHoweverFarPast() {
        evaluate("E-FAR");

        Http.Response far = auditor.get("/api/v1/evaluations?employeeId=E-FAR&page=2147483647&size=500");

        assertThat(far.status()).as(far.body()).isEqualTo(200);
        assertThat(far.json().get("items")).isEmpty();
        assertThat(far.json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void anExportIsOneJsonLinePerEvaluationWithItsChainHashes() {
        String first = evaluate("F-EXPORT");
        String second = evaluate("F-EXPORT");

        Http.Response export = auditor.get("/api/v1/audit/export?employeeId=F-EXPORT");

        assertThat(export.contentType()).startsWith("application/x-ndjson");
        String[] lines = export.body().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode a = JSON.readTree(lines[0]);
        JsonNode b = JSON.readTree(lines[1]);
        assertThat(a.get("evaluationId").asString()).isEqualTo(first);
        assertThat(b.get("evaluationId").asString()).isEqualTo(second);
        assertThat(a.get("rowHash").asString()).isEqualTo(column(first, "row_hash"));
        assertThat(a.get("request").get("employeeId").asString()).isEqualTo("F-EXPORT");
        assertThat(b.get("response").get("totalScore").decimalValue()).isEqualByComparingTo("105.44");
    }

    @Test
    void aCorrectionNamesTheEvaluationItSupersedesWhichStaysUnchanged() {
        String original = evaluate("G-1");
        String before = column(original, "response_json");
        String body = Requests.saasRequest().replace("E-1001", "G-1");
        body = body.substring(0, body.length() - 1) + ",\"supersedes\":\"" + original + "\"}";

        Http.Response correction = http.post("/api/v1/evaluations", body);

        assertThat(correction.status()).isEqualTo(201);
        assertThat(correction.json().get("supersedes").asString()).isEqualTo(original);
        assertThat(column(original, "response_json")).isEqualTo(before);
    }

    @Test
    void supersedingAnUnknownEvaluationOrPinningAnUnknownRulesetIsRefused() {
        String body = Requests.saasRequest();
        String open = body.substring(0, body.length() - 1);

        Http.Response superseding = http.post("/api/v1/evaluations", open + ",\"supersedes\":\"3f1c2d4e-0000-4000-8000-000000000000\"}");
        Http.Response pinning = http.post("/api/v1/evaluations", open + ",\"rulesetVersion\":\"" + "a".repeat(64) + "\"}");

        assertThat(superseding.status()).isEqualTo(422);
        assertThat(superseding.json().get("errors").get(0).get("field").asString()).isEqualTo("supersedes");
        assertThat(pinning.status()).isEqualTo(422);
        assertThat(pinning.json().get("errors").get(0).get("field").asString()).isEqualTo("rulesetVersion");
    }
}
