package com.kpipolicy.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.support.Caller;
import com.kpipolicy.support.Http;
import com.kpipolicy.support.Requests;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Idempotency-Key on the evaluating POSTs, over real HTTP with the keys in the real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:idempotency-api;DB_CLOSE_DELAY=-1")
class IdempotencyApiTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdempotencyKeys keys;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private static String request(String employeeId) {
        return Requests.saasRequest().replace("E-1001", employeeId);
    }

    private long stored(String employeeId) {
        return jdbc.sql("SELECT COUNT(*) FROM evaluation WHERE employee_id = :e").param("e", employeeId)
                .query(Long.class).single();
    }

    private Http.Response post(Http client, String body, String key) {
        return client.post("/api/v1/evaluations", body, "Idempotency-Key", key);
    }

    @Test
    void aRetryWithTheSameKeyAndPayloadGetsTheOriginalAnswerAndEvaluatesNothing() {
        Http.Response first = post(http, request("I-1"), "\"retry-1\"");
        Http.Response retry = post(http, request("I-1"), "\"retry-1\"");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(retry.contentType()).startsWith("application/json");
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(stored("I-1")).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherPayloadIsRefusedAndEvaluatesNothing() {
        post(http, request("I-2"), "reused");

        Http.Response other = post(http, request("I-2").replace("\"actual\":18", "\"actual\":19"), "reused");

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.json().get("type").asString()).isEqualTo("urn:problem:kpi-policy:idempotency-key-reused");
        assertThat(stored("I-2")).isEqualTo(1);
    }

    @Test
    void aKeyIsTheCallersOwnAnotherCallerUsingItMakesANewRequest() {
        Http.Response mine = post(http, request("I-3"), "shared-name");
        Http.Response theirs = post(http.as(Caller.OTHER_HR_SYSTEM), request("I-3"), "shared-name");

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.json().get("evaluationId").asString()).isNotEqualTo(mine.json().get("evaluationId").asString());
        assertThat(stored("I-3")).isEqualTo(2);
    }

    @Test
    void whileTheFirstRequestWithAKeyIsStillRunningARetryIsAConflict() {
        // The first request holds its key from its claim until its answer; here it never answers.
        assertThat(keys.claim("hr-system", "running", "0".repeat(64))).isEmpty();
        try {
            Http.Response retry = post(http, request("I-4"), "running");

            assertThat(retry.status()).isEqualTo(409);
            assertThat(retry.contentType()).startsWith("application/problem+json");
            assertThat(retry.header("Retry-After")).isEqualTo("1");
            assertThat(stored("I-4")).isZero();
        } finally {
            keys.release("hr-system", "running");
        }
    }

    @Test
    void aKeyLeftWithoutAnAnswerByARequestThatFailedIsTakenOverByItsRetry() {
        // What a request leaves when it failed while the database could not free its key (a full disk).
        jdbc.sql("INSERT INTO idempotency_key (caller, idem_key, payload_hash, created_at) VALUES ('hr-system',"
                + " 'failed', :hash, :at)").param("hash", "0".repeat(64)).param("at", Timestamp.from(Instant.now()))
                .update();

        Http.Response retry = post(http, request("I-12"), "failed");

        assertThat(retry.status()).isEqualTo(201);
        assertThat(stored("I-12")).isEqualTo(1);
        assertThat(post(http, request("I-12"), "failed").header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void twentyConcurrentIdenticalRequestsStoreExactlyOneEvaluationAndEachGetsItsAnswerOrAConflict() throws Exception {
        int callers = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<Http.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return post(http, request("I-5"), "twenty");
                }));
            }
            start.countDown();
            List<Http.Response> responses = new ArrayList<>();
            for (Future<Http.Response> answer : answers) {
                responses.add(answer.get());
            }

            assertThat(stored("I-5")).isEqualTo(1);
            String evaluation = post(http, request("I-5"), "twenty").body();
            assertThat(responses).allSatisfy(r -> assertThat(r.status()).isIn(201, 409));
            assertThat(responses).filteredOn(r -> r.status() == 201).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.body()).isEqualTo(evaluation));
            assertThat(responses).filteredOn(r -> r.status() == 409)
                    .allSatisfy(r -> assertThat(r.contentType()).startsWith("application/problem+json"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBatchRetriedWithItsKeyIsAnsweredAgainWithoutEvaluatingAgain() {
        String batch = "{\"items\":[" + request("I-6") + "," + request("I-6") + "]}";

        Http.Response first = http.post("/api/v1/evaluations/batch", batch, "Idempotency-Key", "batch-1");
        Http.Response retry = http.post("/api/v1/evaluations/batch", batch, "Idempotency-Key", "batch-1");

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(stored("I-6")).isEqualTo(2);
    }

    @Test
    void aRefusedRequestIsRememberedWithItsKeyLikeAnyOtherAnswer() {
        String invalid = request("I-7").replace("\"target\":1000000", "\"target\":0");

        Http.Response first = post(http, invalid, "refused-1");
        Http.Response retry = post(http, invalid, "refused-1");

        assertThat(first.status()).isEqualTo(422);
        assertThat(retry.status()).isEqualTo(422);
        assertThat(retry.body()).isEqualTo(first.body());
    }

    @Test
    void theDraftsQuotedFormAndTheBareFormNameTheSameKey() {
        Http.Response quoted = post(http, request("I-8"), "\"8e03978e-40d5-43e8-bc93-6894a57f9324\"");
        Http.Response bare = post(http, request("I-8"), "8e03978e-40d5-43e8-bc93-6894a57f9324");

        assertThat(bare.body()).isEqualTo(quoted.body());
        assertThat(stored("I-8")).isEqualTo(1);
    }

    @Test
    void aKeyThatIsTooLongIsABadRequest() {
        Http.Response response = post(http, request("I-9"), "k".repeat(256));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:problem:kpi-policy:invalid-idempotency-key");
        assertThat(stored("I-9")).isZero();
    }

    /** Neither an RFC 8941 string, as the draft has it, nor a bare key: visible ASCII without space, quote or backslash. */
    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"a b", "\"abc", "abc\"", "\"a\"b\"", "\"a\\b\"", "a\\b", "\"\"", "\"", "\"abc\";v=1",
            "\"tab\there\""})
    void aKeyThatIsNeitherAQuotedStringNorABareKeyIsABadRequest(String key) {
        Http.Response response = post(http, request("I-13"), key);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:problem:kpi-policy:invalid-idempotency-key");
        assertThat(response.json().get("detail").asString()).isEqualTo("An Idempotency-Key is one string of 1 to 255"
                + " characters: quoted as the draft writes it (\"a1b2\u2026\", printable ASCII, spaces included, with \\\""
                + " and \\\\ for a quote and a backslash), or bare (visible ASCII without spaces, quotes or backslashes).");
        assertThat(stored("I-13")).isZero();
    }

    @Test
    void twoIdempotencyKeysInOneRequestAreABadRequest() {
        Http.Response response = http.post("/api/v1/evaluations", request("I-14"), "Idempotency-Key", "\"one\"",
                "Idempotency-Key", "\"two\"");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:problem:kpi-policy:invalid-idempotency-key");
        assertThat(stored("I-14")).isZero();
    }

    @Test
    void aQuotedKeyHoldsWhatTheDraftsStringsHoldSpacesAndEscapedQuotesIncluded() {
        Http.Response spaced = post(http, request("I-15"), "\"order 15\"");
        Http.Response escaped = post(http, request("I-16"), "\"say \\\"hi\\\" \\\\o/\"");

        assertThat(spaced.status()).isEqualTo(201);
        assertThat(escaped.status()).isEqualTo(201);
        assertThat(post(http, request("I-15"), "\"order 15\"").header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(jdbc.sql("SELECT idem_key FROM idempotency_key WHERE idem_key LIKE 'say%'").query(String.class)
                .single()).isEqualTo("say \"hi\" \\o/");
        assertThat(stored("I-15")).isEqualTo(1);
    }

    @Test
    void aKeyLeftRunningByAStoppedServiceIsFreeAfterTheNextStart() {
        jdbc.sql("INSERT INTO idempotency_key (caller, idem_key, payload_hash, created_at) VALUES ('hr-system',"
                + " 'crashed', :hash, :at)").param("hash", "0".repeat(64)).param("at", Timestamp.from(Instant.now())).update();

        keys.abandonInFlight();

        assertThat(post(http, request("I-10"), "crashed").status()).isEqualTo(201);
    }

    @Test
    void withoutAKeyEveryRequestIsEvaluated() {
        http.post("/api/v1/evaluations", request("I-11"));
        http.post("/api/v1/evaluations", request("I-11"));

        assertThat(stored("I-11")).isEqualTo(2);
    }
}
