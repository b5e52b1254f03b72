package com.kpipolicy.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
    void aMissingScenariosFolderIsAUsageError(@TempDir Path empty) {
        assertThat(replay(empty.resolve("nothing").toString())).isEqualTo(2);
    }
}
