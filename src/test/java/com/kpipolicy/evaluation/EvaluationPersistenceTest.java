package com.kpipolicy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.KpiPolicyApplication;
import com.kpipolicy.support.Caller;
import com.kpipolicy.support.Http;
import com.kpipolicy.support.Requests;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The default database is a file: what was stored is there after the service restarts. */
class EvaluationPersistenceTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return start("");
    }

    private ConfigurableApplicationContext start(String urlSettings) {
        return new SpringApplicationBuilder(KpiPolicyApplication.class).run(
                "--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("kpi-policy") + urlSettings);
    }

    private static List<String> writeDelays(ConfigurableApplicationContext context) {
        // INFORMATION_SCHEMA.SETTINGS lists WRITE_DELAY twice: the database's setting and its store's.
        return setting(context, "WRITE_DELAY");
    }

    private static List<String> setting(ConfigurableApplicationContext context, String name) {
        return context.getBean(JdbcTemplate.class).queryForList(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?", String.class, name);
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void anEvaluationSurvivesARestartUnchanged() {
        String id;
        String answered;
        try (ConfigurableApplicationContext first = start()) {
            Http.Response created = http(first).post("/api/v1/evaluations", Requests.saasRequest());
            assertThat(created.status()).isEqualTo(201);
            id = created.json().get("evaluationId").asString();
            answered = created.body();
        }

        try (ConfigurableApplicationContext second = start()) {
            Http.Response fetched = http(second).get("/api/v1/evaluations/" + id);

            assertThat(fetched.status()).isEqualTo(200);
            assertThat(fetched.body()).isEqualTo(answered);
        }
    }

    @Test
    void aFileDatabaseNamedByAnOperatorsUrlStillWritesCommitsWithinATenthOfASecond() {
        try (ConfigurableApplicationContext context = start()) {
            // The URL names no setting: it comes from application.properties, so an operator's own URL keeps it.
            assertThat(writeDelays(context)).isNotEmpty().containsOnly("100");
        }
    }

    @Test
    void aWriteDelayThatTheOperatorsUrlNamesIsTheOneUsed() {
        // H2 alone would refuse every connection: the same setting twice, with two values.
        try (ConfigurableApplicationContext context = start(";WRITE_DELAY=300")) {
            assertThat(writeDelays(context)).isNotEmpty().containsOnly("300");
            assertThat(http(context).post("/api/v1/evaluations", Requests.saasRequest()).status()).isEqualTo(201);
        }
    }

    @Test
    void theDatabaseIsClosedByTheServiceAndNotByH2sShutdownHookWhateverTheUrl() {
        // The operator's URL here names no setting; the property still reaches every connection, so H2 leaves the
        // close to the pool, after the requests in flight and the decision log's last flush.
        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.getBean(HikariDataSource.class).getJdbcUrl()).doesNotContain("DB_CLOSE_ON_EXIT");
            assertThat(context.getBean(HikariDataSource.class).getDataSourceProperties())
                    .containsEntry("DB_CLOSE_ON_EXIT", "FALSE");
            assertThat(http(context).post("/api/v1/evaluations", Requests.saasRequest()).status()).isEqualTo(201);
        }
    }

    @Test
    void evaluationsAreWrittenCompressedAndThoseWrittenUncompressedBeforeStillRead() {
        String oldId;
        String oldAnswer;
        try (ConfigurableApplicationContext uncompressed = start(";COMPRESS=FALSE")) {
            assertThat(setting(uncompressed, "COMPRESS")).containsOnly("FALSE");
            Http.Response created = http(uncompressed).post("/api/v1/evaluations", Requests.saasRequest());
            assertThat(created.status()).isEqualTo(201);
            oldId = created.json().get("evaluationId").asString();
            oldAnswer = created.body();
        }
        String newId;
        String newAnswer;
        try (ConfigurableApplicationContext compressed = start()) {
            assertThat(setting(compressed, "COMPRESS")).containsOnly("TRUE");
            assertThat(http(compressed).get("/api/v1/evaluations/" + oldId).body()).isEqualTo(oldAnswer);
            Http.Response created = http(compressed).post("/api/v1/evaluations", Requests.saasRequest());
            assertThat(created.status()).isEqualTo(201);
            newId = created.json().get("evaluationId").asString();
            newAnswer = created.body();
        }

        try (ConfigurableApplicationContext again = start()) {
            assertThat(http(again).get("/api/v1/evaluations/" + oldId).body()).isEqualTo(oldAnswer);
            assertThat(http(again).get("/api/v1/evaluations/" + newId).body()).isEqualTo(newAnswer);
            Http.Response chain = http(again).as(Caller.AUDITOR).get("/api/v1/audit/verify");
            assertThat(chain.json().get("intact").asBoolean()).isTrue();
            assertThat(chain.json().get("rowsChecked").asLong()).isEqualTo(2);
        }
    }
}
