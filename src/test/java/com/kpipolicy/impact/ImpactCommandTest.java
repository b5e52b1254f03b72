package com.kpipolicy.impact;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.KpiPolicyApplication;
import com.kpipolicy.support.Http;
import com.kpipolicy.support.Requests;
import com.kpipolicy.support.RulesFolder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar kpi-policy.jar impact --candidate <dir>}, run in-process, for the SaaS plan moving 5 points from
 * new customers to sales (SALES_AMOUNT 35 -> 40, NEW_CUSTOMERS 15 -> 10): its output and its exit status.
 */
class ImpactCommandTest {
    @TempDir
    static Path candidateDir;
    static String candidate;

    @BeforeAll
    static void salesHeavyCandidate() {
        candidate = RulesFolder.copyOfShipped(candidateDir)
                .setCell("weights.drl.xlsx", "Plans", "F16", 40).setCell("weights.drl.xlsx", "Plans", "H16", 10)
                .dir().toString();
    }

    private record Run(int status, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    private static Run impact(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = new ImpactCommand().run(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(status, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutAPeriodTheScenariosAreComparedAsAMarkdownReportAndTheCommandExitsZero() {
        Run run = impact("--candidate", candidate);

        assertThat(run.status()).isZero();
        assertThat(run.lines()).startsWith("## Impact of the rules change", "");
        assertThat(run.lines()).contains(
                "- Scenarios (`scenarios`): 58 evaluated, 22 changed, 0 refused by the candidate.",
                "| Scenario | Employee | Old total | New total | Old grade | New grade | Old bonus | New bonus | Note |",
                "| scoring/over-achievement-is-capped-at-150-points | S-0002 | 117.50 | 120.00 | A | S | 1.2 | 1.5 |  |",
                "| grades/total-between-70-and-85-is-grade-c | S-0010 | 71.00 | 74.00 | C | C | 0.6 | 0.6 |  |",
                "| Old \\ New | S | A | B | C | D | refused |",
                "| **A** | 2 | 27 | 0 | 0 | 0 | 0 |",
                "| **refused** | 0 | 0 | 0 | 0 | 0 | 3 |");
        assertThat(run.output()).doesNotContain("Stored evaluations");
    }

    @Test
    void jsonFormatGivesTheSameReportAsJson() {
        Run run = impact("--candidate=" + candidate, "--format", "json");

        assertThat(run.status()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(run.output());
        assertThat(report.get("scenarios").get("evaluated").asInt()).isEqualTo(58);
        assertThat(report.get("scenarios").get("changed").asInt()).isEqualTo(22);
        assertThat(report.get("storedEvaluations").isNull()).isTrue();
        JsonNode capped = report.get("scenarios").get("changes").valueStream()
                .filter(c -> c.get("scenario").asString().equals("scoring/over-achievement-is-capped-at-150-points"))
                .findFirst().orElseThrow();
        assertThat(capped.get("oldTotalScore").decimalValue()).isEqualByComparingTo("117.50");
        assertThat(capped.get("newTotalScore").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(capped.get("oldGrade").asString()).isEqualTo("A");
        assertThat(capped.get("newGrade").asString()).isEqualTo("S");
        assertThat(report.get("scenarios").get("gradeMigration").get("counts").get("A").get("S").asInt()).isEqualTo(2);
    }

    @Test
    void aCandidateThatDoesNotLoadPrintsItsProblemsAndExitsOne(@TempDir Path broken) {
        String dir = RulesFolder.copyOfShipped(broken).setCell("weights.drl.xlsx", "Plans", "F16", 30).dir().toString();

        Run run = impact("--candidate", dir);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).contains("ERROR weights.drl.xlsx, sheet Plans, row 16: The weights of plan SAAS_FUSION"
                + " sum to 95, not 100.");
        assertThat(run.lines()).last().isEqualTo("the candidate rules in " + dir + " do not load; nothing was compared");
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path empty) {
        assertThat(impact().status()).isEqualTo(2);
        assertThat(impact().lines()).containsExactly("--candidate <rules-dir> is required", ImpactCommand.USAGE);
        assertThat(impact("--candidate", candidate, "--format", "html").lines().get(0))
                .isEqualTo("--format is markdown or json, not 'html'");
        assertThat(impact("--candidate", candidate, "--format", "html").status()).isEqualTo(2);
        assertThat(impact("--candidate", candidate, "--period", "2025Q3").status()).isEqualTo(2);
        assertThat(impact("--candidate", candidate, "extra").status()).isEqualTo(2);
        assertThat(impact("--candidate").status()).isEqualTo(2);
        assertThat(impact("--candidate", candidate, "--scenarios", empty.resolve("none").toString()).status())
                .isEqualTo(2);
    }

    @Test
    void withAPeriodTheStoredEvaluationsOfThatPeriodAreComparedToo(@TempDir Path data) {
        String url = "--spring.datasource.url=jdbc:h2:file:" + data.resolve("kpi-policy");
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(KpiPolicyApplication.class)
                .run("--server.port=0", url)) {
            Http http = new Http(((WebServerApplicationContext) service).getWebServer().getPort());
            // 105.44 (A) -> 106.94 (A); sales at 50% and 24 new customers: 17.5 + 18 + 49.944 = 85.44 (B) -> 20 + 12
            // + 49.944 = 81.94 (C); a Q2 evaluation is not part of Q3.
            for (String request : List.of(Requests.saasRequest(), Requests.saasRequest(
                    "{\"kpi\":\"SALES_AMOUNT\",\"actual\":500000,\"target\":1000000}",
                    "{\"kpi\":\"NEW_CUSTOMERS\",\"actual\":24,\"target\":20}").replace("E-1001", "E-1002"),
                    Requests.saasRequest().replace("2025-Q3", "2025-Q2"))) {
                assertThat(http.post("/api/v1/evaluations", request).status()).isEqualTo(201);
            }
        }

        Run run = impact("--candidate", candidate, "--period", "2025-Q3", url);

        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.lines()).contains(
                "- Scenarios (`scenarios`): 58 evaluated, 22 changed, 0 refused by the candidate.",
                "- Stored evaluations of 2025-Q3: 2 evaluated, 2 changed, 0 refused by the candidate.",
                "### Stored evaluations of 2025-Q3: grade migration",
                "| Old \\ New | A | B | C |",
                "| **A** | 1 | 0 | 0 |",
                "| **B** | 0 | 0 | 1 |",
                "| **C** | 0 | 0 | 0 |");
        assertThat(run.output()).contains("| E-1002 | 85.44 | 81.94 | B | C | 1.0 | 0.6 |  |");
    }
}
