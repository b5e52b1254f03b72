package com.kpipolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kpipolicy.KpiPolicyApplication;
import com.kpipolicy.support.Caller;
import com.kpipolicy.support.Http;
import com.kpipolicy.support.Requests;
import com.kpipolicy.support.RulesFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * An analyst's broken save must not take the service down, not even at its next restart: the ruleset that was live
 * last serves from its stored files, and the folder's problems are logged and shown as a rejected load until the
 * folder is corrected. Only a first start, with nothing stored, stops on them, and says why.
 */
@ExtendWith(OutputCaptureExtension.class)
class BrokenRulesAtRestartTest {
    private static final String GOOD = "insert(new TotalScore((BigDecimal) $sum));";
    private static final String BROKEN = "insert(new TotalScore($sum, ));";

    @TempDir
    Path work;

    private ConfigurableApplicationContext start(RulesFolder rules) {
        return new SpringApplicationBuilder(KpiPolicyApplication.class).initializers(new StartupRuleset())
                .run("--server.port=0", "--kpi.rules.dir=" + rules.dir(), "--kpi.rules.watch=false",
                        "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db/kpi"));
    }

    private static Http http(ConfigurableApplicationContext service) {
        return new Http(((WebServerApplicationContext) service).getWebServer().getPort());
    }

    @Test
    void aRestartAfterABrokenSaveServesTheRulesetLiveLastAndShowsTheProblemsUntilTheFolderIsCorrected(
            CapturedOutput output) throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(Files.createDirectories(work.resolve("rules")));
        String liveLast;
        try (ConfigurableApplicationContext service = start(rules)) {
            liveLast = http(service).post("/api/v1/evaluations", Requests.saasRequest()).json().get("rulesetVersion")
                    .asString();
        }
        rules.replaceIn("scoring.drl", GOOD, BROKEN);

        try (ConfigurableApplicationContext restarted = start(rules)) {
            Http http = http(restarted);
            Http.Response evaluated = http.post("/api/v1/evaluations", Requests.saasRequest());
            assertThat(evaluated.status()).isEqualTo(201);
            assertThat(evaluated.json().get("rulesetVersion").asString()).isEqualTo(liveLast);
            assertThat(output.getOut()).contains("ERROR").contains("The rules in " + rules.dir().toAbsolutePath()
                    + " do not load; ruleset " + liveLast + ", the one live last, serves from its stored files").contains(
                    "ERROR scoring.drl");
            JsonNode health = http.as(Caller.ANALYST).get("/actuator/health").json();
            JsonNode rulesHealth = health.get("components").get("rules").get("details");
            assertThat(rulesHealth.get("liveVersion").asString()).isEqualTo(liveLast);
            assertThat(rulesHealth.get("lastReload").get("status").asString()).isEqualTo("REJECTED");
            assertThat(rulesHealth.get("lastReload").get("problems").get(0).asString()).startsWith("ERROR scoring.drl");

            rules.replaceIn("scoring.drl", BROKEN, GOOD);
            JsonNode reloaded = http.as(Caller.ANALYST).post("/api/v1/rulesets/reload", "").json();

            assertThat(reloaded.get("status").asString()).isEqualTo("UNCHANGED");
            JsonNode after = http.as(Caller.ANALYST).get("/actuator/health").json().get("components").get("rules");
            assertThat(after.get("details").get("lastReload").get("status").asString()).isEqualTo("UNCHANGED");
            assertThat(after.get("details").get("lastReload").get("problems")).isEmpty();
        }
    }

    @Test
    void aFirstStartOnABrokenFolderStopsAndListsTheProblemsForTheAnalyst(CapturedOutput output) throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(Files.createDirectories(work.resolve("rules")))
                .replaceIn("scoring.drl", GOOD, BROKEN);

        assertThatThrownBy(() -> start(rules).close()).hasRootCauseInstanceOf(RulesetRejectedException.class);

        assertThat(output.getOut())
                .contains("APPLICATION FAILED TO START")
                .contains("The rules in " + rules.dir().toAbsolutePath() + " do not load, and the database holds no"
                        + " ruleset that served before, to serve instead. The ruleset has 1 error(s):")
                .contains("ERROR scoring.drl, line")
                .contains("java -jar kpi-policy.jar lint " + rules.dir().toAbsolutePath() + " checks the folder");
    }
}
