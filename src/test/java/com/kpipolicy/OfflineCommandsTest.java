package com.kpipolicy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The jar's commands as a script runs them: a JVM of their own, stdout holding only the command's own lines (no
 * banner, no log lines), and an exit status that tells a verdict from a command that could not run.
 */
class OfflineCommandsTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) throws Exception {
        // A short-lived JVM: the quick compiler alone starts it sooner on two cores.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                KpiPolicyApplication.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        // A bound for a hung command only; a normal run takes seconds.
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the command ended").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("kpi-policy");
    }

    @Test
    void verifyPrintsOnlyItsVerdictOnStdout() throws Exception {
        Run verify = run("verify", "--spring.datasource.url=" + url());

        assertThat(verify.status()).as(verify.err()).isZero();
        assertThat(verify.out()).isEqualTo("INTACT 0 rows" + System.lineSeparator());
    }

    @Test
    void verifyThatCannotOpenTheDatabaseExitsWithThreeNotWithTheOneOfABrokenChain() throws Exception {
        try (Connection db = DriverManager.getConnection(url(), "sa", ""); Statement sql = db.createStatement()) {
            sql.execute("CREATE USER clerk PASSWORD 'clerk-pw'");
            sql.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA PUBLIC TO clerk");
        }

        Run verify = run("verify", "--spring.datasource.url=" + url(), "--spring.datasource.username=clerk",
                "--spring.datasource.password=clerk-pw", "--spring.flyway.user=sa", "--spring.flyway.password=");

        assertThat(verify.status()).isEqualTo(KpiPolicyApplication.COULD_NOT_RUN);
        assertThat(verify.out()).isEmpty();
        assertThat(verify.err())
                .contains("APPLICATION FAILED TO START")
                .contains("'ALTER USER clerk ADMIN TRUE'")
                .endsWith("verify could not run: Admin rights are required for this operation; SQL statement:\n"
                        + "SET WRITE_DELAY 100 [90040-240]" + System.lineSeparator());
    }

    @Test
    void verifyWhileTheServiceHasTheDatabaseOpenExitsWithThreeAndPointsToTheEndpoint() throws Exception {
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(KpiPolicyApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + url())) {
            Run verify = run("verify", "--spring.datasource.url=" + url());

            assertThat(verify.status()).isEqualTo(KpiPolicyApplication.COULD_NOT_RUN);
            assertThat(verify.out()).isEmpty();
            assertThat(verify.err())
                    .contains("APPLICATION FAILED TO START")
                    .contains("The database " + url() + " is open in another program, most likely the service itself,"
                            + " already running")
                    .contains("To verify the decision log or replay an evaluation while the service runs, use its"
                            + " endpoints (GET /api/v1/audit/verify")
                    .contains("verify could not run: The file is locked: " + dir.resolve("kpi-policy.mv.db"));
        }
    }
}
