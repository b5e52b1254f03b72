package com.kpipolicy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kpipolicy.KpiPolicyApplication;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service needs an admin user of its H2 database (it sets the database's write delay and flushes the decision
 * log, which H2 allows only admins). An operator who connects it as a user who may only read and write rows is told
 * so, and what to change, in Spring Boot's "APPLICATION FAILED TO START" block, not by a bean's stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUserRightsTest {
    private static final String[] AS_CLERK = {"--spring.datasource.username=clerk",
            "--spring.datasource.password=clerk-pw", "--spring.flyway.user=sa", "--spring.flyway.password="};

    @TempDir
    Path dataDir;

    private String url() {
        return "jdbc:h2:file:" + dataDir.resolve("kpi-policy");
    }

    /** A clerk who may read and write every table's rows but is not an admin; the tables are migrated as sa. */
    @BeforeEach
    void aClerkWhoMayReadAndWriteRows() throws Exception {
        try (Connection db = DriverManager.getConnection(url(), "sa", ""); Statement sql = db.createStatement()) {
            sql.execute("CREATE USER clerk PASSWORD 'clerk-pw'");
            sql.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA PUBLIC TO clerk");
        }
    }

    static void assertToldToConnectAsAnAdmin(String printed) {
        assertThat(printed)
                .contains("APPLICATION FAILED TO START")
                .contains("The database user 'clerk' is not an admin of the database jdbc:h2:file:")
                .contains("H2 refused: Admin rights are required for this operation; SQL statement: SET WRITE_DELAY 100")
                .contains("Connect as an admin user (spring.datasource.username, spring.datasource.password):"
                        + " the default 'sa' is one, and in H2 'ALTER USER clerk ADMIN TRUE' makes another.");
    }

    @Test
    void theServiceStartedAsAUserWhoIsNotAnAdminStopsAndSaysWhatToChange(CapturedOutput output) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url()));
        args.addAll(List.of(AS_CLERK));

        assertThatThrownBy(() -> new SpringApplicationBuilder(KpiPolicyApplication.class).run(args.toArray(String[]::new))
                .close()).hasRootCauseMessage("Admin rights are required for this operation; SQL statement:\n"
                + "SET WRITE_DELAY 100 [90040-240]");

        assertToldToConnectAsAnAdmin(output.getAll());
    }

    @Test
    void anAdminUserOtherThanSaStartsTheService() throws Exception {
        try (Connection db = DriverManager.getConnection(url(), "sa", ""); Statement sql = db.createStatement()) {
            sql.execute("ALTER USER clerk ADMIN TRUE");
        }
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url()));
        args.addAll(List.of(AS_CLERK));

        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(KpiPolicyApplication.class)
                .run(args.toArray(String[]::new))) {
            assertThat(service.getBean(DecisionLog.class).verify().line()).isEqualTo("INTACT 0 rows");
        }
    }
}
