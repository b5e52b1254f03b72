package com.kpipolicy.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.KpiPolicyApplication;
import com.kpipolicy.support.Http;
import com.kpipolicy.support.Requests;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A fresh machine with no callers configured (only the application's own properties): the first start
 * creates one key per role, shows each once and stores only its hash; later starts show nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartCredentialsTest {
    private static final Pattern SHOWN = Pattern.compile("^\\s+(hr-system|auditor|analyst)\\s+(\\S+)\\s+\\(role (\\w+)\\)$",
            Pattern.MULTILINE);

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(KpiPolicyApplication.class).run("--server.port=0",
                "--spring.config.location=classpath:/application.properties",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("kpi-policy"));
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(((WebServerApplicationContext) context).getWebServer().getPort(), null);
    }

    private static Map<String, String> shownKeys(String output) {
        Map<String, String> keys = new LinkedHashMap<>();
        Matcher m = SHOWN.matcher(output);
        while (m.find()) {
            keys.put(m.group(1), m.group(2));
        }
        return keys;
    }

    @Test
    void theFirstStartShowsOneKeyPerRoleOnceAndKeepsOnlyTheirHashes(CapturedOutput output) throws Exception {
        Map<String, String> keys;
        try (ConfigurableApplicationContext service = start()) {
            keys = shownKeys(output.getOut());
            assertThat(keys).containsOnlyKeys("hr-system", "auditor", "analyst");
            assertThat(keys.values()).allMatch(key -> key.length() >= 32).doesNotHaveDuplicates();
            Http http = http(service);

            assertThat(http.as("hr-system", keys.get("hr-system")).post("/api/v1/evaluations", Requests.saasRequest())
                    .status()).isEqualTo(201);
            assertThat(http.as("auditor", keys.get("auditor")).get("/api/v1/audit/verify").status()).isEqualTo(200);
            assertThat(http.as("analyst", keys.get("analyst")).post("/api/v1/rulesets/lint", "").status()).isEqualTo(200);
            assertThat(http.as("analyst", keys.get("analyst")).get("/api/v1/audit/verify").status()).isEqualTo(403);
        }

        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("kpi-policy"), "sa", "");
             ResultSet rows = db.createStatement().executeQuery("SELECT name, password_hash, roles FROM api_credential")) {
            int count = 0;
            while (rows.next()) {
                count++;
                assertThat(rows.getString("password_hash")).startsWith("$2a$10$")
                        .doesNotContain(keys.get(rows.getString("name")));
            }
            assertThat(count).isEqualTo(3);
        }

        int shownBefore = output.getOut().length();
        try (ConfigurableApplicationContext again = start()) {
            assertThat(shownKeys(output.getOut().substring(shownBefore))).isEmpty();
            assertThat(http(again).as("auditor", keys.get("auditor")).get("/api/v1/audit/verify").status()).isEqualTo(200);
        }
    }
}
