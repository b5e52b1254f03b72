package com.kpipolicy.audit;

import com.kpipolicy.support.Requests;
import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.KpiPolicyApplication;
import com.kpipolicy.support.Http;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code java -jar kpi-policy.jar verify}: the chain check against the service's database file. */
class VerifyCommandTest {
    @TempDir
    Path dataDir;

    private String url() {
        return "jdbc:h2:file:" + dataDir.resolve("kpi-policy");
    }

    private String verify() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = new VerifyCommand().run(List.of("--spring.datasource.url=" + url()),
                new PrintStream(output, true, StandardCharsets.UTF_8));
        return status + " " + output.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void anIntactLogVerifiesAndAnEditInTheDatabaseFileIsNamed() throws Exception {
        String second;
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(KpiPolicyApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + url())) {
            Http http = new Http(((WebServerApplicationContext) service).getWebServer().getPort());
            http.post("/api/v1/evaluations", Requests.saasRequest());
            second = http.post("/api/v1/evaluations", Requests.saasRequest()).json().get("evaluationId").asString();
        }

        assertThat(verify()).isEqualTo("0 INTACT 2 rows");

        try (Connection db = DriverManager.getConnection(url(), "sa", "")) {
            db.createStatement().executeUpdate("UPDATE evaluation SET total_score = 120.00 WHERE seq = 2");
        }

        assertThat(verify()).startsWith("1 BROKEN at seq 2 (evaluation " + second + "): its content no longer matches");
    }
}
