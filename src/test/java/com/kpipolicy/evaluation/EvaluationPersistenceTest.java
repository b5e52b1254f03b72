package com.kpipolicy.evaluation;

import com.kpipolicy.support.Requests;
import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.KpiPolicyApplication;
import com.kpipolicy.support.Http;
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
        return context.getBean(JdbcTemplate.class).queryForList(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'", String.class);
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
}
