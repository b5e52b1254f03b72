package com.kpipolicy.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import com.kpipolicy.KpiPolicyApplication;
import com.kpipolicy.support.RulesFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The auditors' command: {@code java -jar kpi-policy.jar replay scenarios/}. */
class ReplayCommandTest {
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private int replay(String... args) {
        return new ReplayCommand().run(List.of(args), new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private List<String> lines() {
        return output.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theShippedCorpusPassesLineByLineWithASummary() throws Exception {
        long files;
        try (Stream<Path> walk = Files.walk(Path.of("scenarios"))) {
            files = walk.filter(p -> p.toString().endsWith(".json")).count();
        }

        int status = replay("scenarios", "rules");

        assertThat(status).isZero();
        assertThat(lines()).hasSize((int) files + 1);
        assertThat(lines().subList(0, (int) files)).allMatch(l -> l.startsWith("PASS "));
        assertThat(lines().get((int) files)).isEqualTo(files + " passed, 0 failed");
    }

    @Test
    void aChangedExpectationFailsNamingTheScenarioAndFieldAndExitsNonZero(@TempDir Path copy) throws Exception {
        Path scenario = copy.resolve("scoring/over-achievement-is-capped-at-150-points.json");
        Files.createDirectories(scenario.getParent());
        Files.writeString(scenario, Files.readString(Path.of("scenarios/scoring/over-achievement-is-capped-at-150-points.json"))
                .replace("\"totalScore\": 117.5", "\"totalScore\": 115.0"));

        int status = replay(copy.toString(), "rules");

        assertThat(status).isEqualTo(1);
        assertThat(lines()).containsExactly(
                "FAIL scoring/over-achievement-is-capped-at-150-points: totalScore expected <115.0> but was <117.50>",
                "0 passed, 1 failed");
    }

    @Test
    void aScenarioPinnedToAnEarlierRulesetRunsUnderThatVersionsStoredBytes(@TempDir Path data, @TempDir Path rulesDir,
                                                                          @TempDir Path corpus) throws Exception {
        String url = "--spring.datasource.url=jdbc:h2:file:" + data.resolve("kpi-policy");
        RulesFolder rules = RulesFolder.copyOfShipped(rulesDir);
        String earlier = rules.load().version();
        // Starting the service once stores the earlier version's bytes in its database.
        KpiPolicyApplication.offline(url, "--kpi.rules.dir=" + rulesDir).close();
        rules.setCell("weights.drl.xlsx", "Plans", "F16", 40).setCell("weights.drl.xlsx", "Plans", "H16", 10);
        String scenario = Files.readString(Path.of("scenarios/scoring/over-achievement-is-capped-at-150-points.json"));
        Files.writeString(corpus.resolve("pinned.json"), scenario.replaceFirst("\\{", "{\"rulesetVersion\": \"" + earlier + "\","));
        Files.writeString(corpus.resolve("unpinned.json"), scenario);

        int status = replay(corpus.toString(), rulesDir.toString(), url);

        // Pinned: 35 x 150% ... = 117.50 as written. Unpinned, under today's 40% sales weight: 60 + 60 = 120.00.
        assertThat(lines()).hasSize(3);
        assertThat(lines().get(0)).isEqualTo("PASS pinned");
        assertThat(lines().get(1)).startsWith("FAIL unpinned: ")
                .contains("kpis.SALES_AMOUNT.weightedScore expected <52.5> but was <60.00>")
                .contains("totalScore expected <117.5> but was <120.00>")
                .contains("grade expected <A> but was <S>");
        assertThat(lines().get(2)).isEqualTo("1 passed, 1 failed");
        assertThat(status).isEqualTo(1);
    }

    @Test
    void aMissingScenariosFolderIsAUsageError(@TempDir Path empty) {
        assertThat(replay(empty.resolve("nothing").toString())).isEqualTo(2);
    }
}
