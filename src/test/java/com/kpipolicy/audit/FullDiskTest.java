package com.kpipolicy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.KpiPolicyApplication;
import com.kpipolicy.support.Caller;
import com.kpipolicy.support.DiskThatFills;
import com.kpipolicy.support.Http;
import com.kpipolicy.support.Requests;
import com.kpipolicy.policy.RulesetSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The database's disk fills up under the running service (simulated by {@link DiskThatFills}: every write fails as
 * a full disk's does). What was answered as stored in the file stays stored (a batch always; a single evaluation with
 * {@code kpi.storage.flush-before-answer}); what comes in meanwhile is refused with a 503 and not stored; once there
 * is room again the service goes on by itself, its hash chain intact.
 */
class FullDiskTest {
    private static final String STORAGE_UNAVAILABLE = "urn:problem:kpi-policy:storage-unavailable";

    @TempDir
    Path dataDir;

    @AfterEach
    void room() {
        DiskThatFills.makeRoom();
    }

    private ConfigurableApplicationContext start(String url, boolean flushBeforeAnswer) {
        return new SpringApplicationBuilder(KpiPolicyApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + url, "--kpi.storage.flush-before-answer=" + flushBeforeAnswer);
    }

    private String fillingDisk() {
        return DiskThatFills.url(dataDir.resolve("kpi-policy").toString());
    }

    /** The disk that fills, with H2's background writer kept out of the way: only a flush puts a commit in the file. */
    private String fillingDiskWrittenOnlyByFlushes() {
        return fillingDisk() + ";WRITE_DELAY=60000";
    }

    private String plainDisk() {
        return "jdbc:h2:file:" + dataDir.resolve("kpi-policy");
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static String request(String employeeId) {
        return Requests.saasRequest().replace("E-1001", employeeId);
    }

    private static void assertStorageUnavailable(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo(STORAGE_UNAVAILABLE);
        assertThat(response.header("Retry-After")).isEqualTo("30");
    }

    /** Posts until the answer is not a 503 (a few pooled connections still open on the closed database fail first). */
    private static Http.Response postOnceThereIsRoom(Http http, String path, String body, String... headers) {
        Http.Response response = http.post(path, body, headers);
        for (int attempt = 0; attempt < 20 && response.status() == 503; attempt++) {
            assertStorageUnavailable(response);
            response = http.post(path, body, headers);
        }
        return response;
    }

    @Test
    void withFlushBeforeAnswerAnEvaluationAnsweredAsStoredIsInTheFileWhenTheDiskFillsRightAfter() {
        String id;
        String answered;
        try (ConfigurableApplicationContext service = start(fillingDiskWrittenOnlyByFlushes(), true)) {
            Http.Response created = http(service).post("/api/v1/evaluations", request("D-1"));
            assertThat(created.status()).isEqualTo(201);
            id = created.json().get("evaluationId").asString();
            answered = created.body();
            // From here on nothing reaches the file: not H2's background writer, not its close.
            DiskThatFills.fill();
        }
        DiskThatFills.makeRoom();

        try (ConfigurableApplicationContext restarted = start(plainDisk(), false)) {
            Http.Response fetched = http(restarted).get("/api/v1/evaluations/" + id);

            assertThat(fetched.status()).isEqualTo(200);
            assertThat(fetched.body()).isEqualTo(answered);
        }
    }

    @Test
    void theRulesetInForceIsInTheFileAsSoonAsTheServiceHasStartedForEvaluationsToReferTo() throws Exception {
        try (ConfigurableApplicationContext service = start(fillingDiskWrittenOnlyByFlushes(), false)) {
            // From here on nothing reaches the file: not H2's background writer, not its close.
            DiskThatFills.fill();
        }
        DiskThatFills.makeRoom();

        try (Connection db = DriverManager.getConnection(plainDisk(), "sa", "")) {
            ResultSet versions = db.createStatement().executeQuery("SELECT version FROM ruleset_version");
            assertThat(versions.next()).isTrue();
            assertThat(versions.getString(1)).isEqualTo(RulesetSource.read(Path.of("rules")).version());
        }
    }

    @Test
    void aBatchAnsweredAsStoredIsInTheFileWhenTheDiskFillsRightAfter() {
        String id;
        try (ConfigurableApplicationContext service = start(fillingDiskWrittenOnlyByFlushes(), false)) {
            Http.Response batch = http(service).post("/api/v1/evaluations/batch",
                    "{\"items\":[" + request("D-1") + "," + request("D-2") + "]}");
            assertThat(batch.status()).isEqualTo(200);
            assertThat(batch.json().get("summary").get("evaluated").asInt()).isEqualTo(2);
            id = batch.json().get("items").get(1).get("evaluationId").asString();
            DiskThatFills.fill();
        }
        DiskThatFills.makeRoom();

        try (ConfigurableApplicationContext restarted = start(plainDisk(), false)) {
            Http.Response fetched = http(restarted).get("/api/v1/evaluations/" + id);

            assertThat(fetched.status()).isEqualTo(200);
            assertThat(fetched.json().get("employeeId").asString()).isEqualTo("D-2");
        }
    }

    @Test
    void withFlushBeforeAnswerEvaluationsAre503AndNotStoredWhileTheDiskIsFullAndTheServiceGoesOnOnceThereIsRoom() {
        try (ConfigurableApplicationContext service = start(fillingDisk(), true)) {
            Http http = http(service);
            Http.Response before = http.post("/api/v1/evaluations", request("D-1"));
            assertThat(before.status()).isEqualTo(201);

            DiskThatFills.fill();
            Http.Response refused = http.post("/api/v1/evaluations", request("D-2"));
            Http.Response refusedAgain = http.post("/api/v1/evaluations", request("D-3"));

            assertStorageUnavailable(refused);
            assertStorageUnavailable(refusedAgain);

            DiskThatFills.makeRoom();
            Http.Response after = postOnceThereIsRoom(http, "/api/v1/evaluations", request("D-4"));

            assertThat(after.status()).as(after.body()).isEqualTo(201);
            assertThat(http.get("/api/v1/evaluations/" + before.json().get("evaluationId").asString()).body())
                    .isEqualTo(before.body());
            JsonNode chain = http.as(Caller.AUDITOR).get("/api/v1/audit/verify").json();
            assertThat(chain.get("intact").asBoolean()).isTrue();
            assertThat(chain.get("rowsChecked").asLong()).isEqualTo(2);
        }
    }

    @Test
    void withoutFlushBeforeAnswerSingleEvaluationsAreRefusedOnceAFlushHasFailedNotAnsweredAsStoredWhileTheDiskIsFull() {
        try (ConfigurableApplicationContext service = start(fillingDiskWrittenOnlyByFlushes(), false)) {
            Http http = http(service);
            // A batch is flushed, and with it the schema and all that the start wrote.
            assertThat(http.post("/api/v1/evaluations/batch", "{\"items\":[" + request("D-0") + "]}").status())
                    .isEqualTo(200);
            DiskThatFills.fill();
            // Answered once committed, as this mode promises; the disk's state is known at the next flush.
            assertThat(http.post("/api/v1/evaluations", request("D-1")).status()).isEqualTo(201);

            service.getBean(DurableCommits.class).flushPending(); // what runs every 100 ms
            Http.Response refused = http.post("/api/v1/evaluations", request("D-2"));

            assertStorageUnavailable(refused);
            DiskThatFills.makeRoom();
            assertThat(postOnceThereIsRoom(http, "/api/v1/evaluations", request("D-3")).status()).isEqualTo(201);
            JsonNode chain = http.as(Caller.AUDITOR).get("/api/v1/audit/verify").json();
            assertThat(chain.get("intact").asBoolean()).isTrue();
        }
    }

    @Test
    void aBatchSentWhileTheDiskIsFullStoresNoneOfItsItemsAndSaysSoForEachOneAndTheServiceGoesOnOnceThereIsRoom() {
        try (ConfigurableApplicationContext service = start(fillingDisk(), false)) {
            Http http = http(service);
            List<String> items = new ArrayList<>(Collections.nCopies(1_200, request("D-5")));

            DiskThatFills.fill();
            Http.Response response = http.post("/api/v1/evaluations/batch", "{\"items\":[" + String.join(",", items) + "]}");

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            JsonNode summary = response.json().get("summary");
            assertThat(summary.get("evaluated").asInt()).isZero();
            assertThat(summary.get("rejected").asInt()).isEqualTo(1_200);
            for (JsonNode item : response.json().get("items")) {
                assertThat(item.get("status").asInt()).isEqualTo(503);
                assertThat(item.get("problem").get("type").asString()).isEqualTo(STORAGE_UNAVAILABLE);
            }

            DiskThatFills.makeRoom();
            assertThat(postOnceThereIsRoom(http, "/api/v1/evaluations", request("D-6")).status()).isEqualTo(201);
            JsonNode chain = http.as(Caller.AUDITOR).get("/api/v1/audit/verify").json();
            assertThat(chain.get("rowsChecked").asLong()).isEqualTo(1);
            assertThat(chain.get("intact").asBoolean()).isTrue();
        }
    }

    @Test
    void anIdempotencyKeyWhoseRequestFailedOnTheFullDiskRunsAgainWhenRetriedAfterwards() {
        try (ConfigurableApplicationContext service = start(fillingDisk(), true)) {
            Http http = http(service);
            assertThat(http.post("/api/v1/evaluations", request("D-0")).status()).isEqualTo(201);

            DiskThatFills.fill();
            Http.Response failed = http.post("/api/v1/evaluations", request("D-7"), "Idempotency-Key", "full-disk");
            assertStorageUnavailable(failed);

            DiskThatFills.makeRoom();
            Http.Response retried = postOnceThereIsRoom(http, "/api/v1/evaluations", request("D-7"),
                    "Idempotency-Key", "full-disk");

            assertThat(retried.status()).as(retried.body()).isEqualTo(201);
            Http.Response replayed = http.post("/api/v1/evaluations", request("D-7"), "Idempotency-Key", "full-disk");
            assertThat(replayed.status()).isEqualTo(201);
            assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(replayed.body()).isEqualTo(retried.body());
        }
    }
}
