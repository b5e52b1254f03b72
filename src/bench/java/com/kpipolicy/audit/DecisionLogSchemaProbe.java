package com.kpipolicy.audit;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * What storing a decision-log row costs H2 alone, under a variant of the table or of H2's settings: chunks of 500
 * rows (a batch's chunk) inserted in one transaction each into a fresh file database with the service's settings
 * (`WRITE_DELAY=100`, `COMPRESS=TRUE`), the process's CPU per row over the last three quarters of the chunks
 * (H2's background writer included). One variant per JVM, so run the variants in turns, more than once each:
 *
 *   for v in shipped seq-pk no-fk no-object-cache; do
 *     mvn -B -q -Pbench test-compile exec:exec -Dbench.main=com.kpipolicy.audit.DecisionLogSchemaProbe -Djmh.args="$v 400"
 *   done
 *
 * shipped: the table as the product's migrations leave it (a UUID primary key, seq unique, two indexes, and the
 * foreign key to ruleset_version, for which H2 adds an index of its own); seq-pk: seq the primary key (H2 then keys
 * the rows by it) and id unique; no-fk: seq-pk without the foreign key; no-object-cache: shipped, with H2's value
 * cache off.
 */
public final class DecisionLogSchemaProbe {
    private static final int CHUNK = 500;

    public static void main(String[] args) throws Exception {
        String variant = args[0];
        int chunks = Integer.parseInt(args[1]);
        if (variant.equals("no-object-cache")) {
            System.setProperty("h2.objectCache", "false"); // read once, when H2's classes load
        }
        String request = Files.readString(Path.of("bench/requests/saas-all-guardrails.json"));
        String response = Files.readString(Path.of("src/main/resources/openapi/examples/evaluation-response.json"));
        Path dir = Files.createTempDirectory("kpi-schema-probe");
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String url = "jdbc:h2:file:" + dir + "/db;WRITE_DELAY=100;COMPRESS=TRUE";
        try (Connection con = DriverManager.getConnection(url, "sa", "")) {
            create(url, con, variant);
            con.setAutoCommit(false);
            int warm = chunks / 4;
            long cpu0 = 0;
            long wall0 = 0;
            for (int chunk = 0; chunk < chunks; chunk++) {
                if (chunk == warm) {
                    cpu0 = os.getProcessCpuTime();
                    wall0 = System.nanoTime();
                }
                insertChunk(con, (long) chunk * CHUNK, request, response);
                con.commit();
            }
            long rows = (long) (chunks - warm) * CHUNK;
            System.out.printf("%s rows=%d cpu_per_row=%.1fus wall_per_row=%.1fus%n", variant, rows,
                    (os.getProcessCpuTime() - cpu0) / 1e3 / rows, (System.nanoTime() - wall0) / 1e3 / rows);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The product's own migrations first; a variant then replaces the evaluation table (its indexes go with it). */
    private static void create(String url, Connection con, String variant) throws SQLException {
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        try (Statement s = con.createStatement()) {
            s.execute("INSERT INTO ruleset_version (version, first_loaded_at, activated_at) VALUES ('" + "a".repeat(64)
                    + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            if (variant.equals("shipped") || variant.equals("no-object-cache")) {
                return;
            }
            String fk = variant.equals("no-fk") ? "" : " REFERENCES ruleset_version (version)";
            s.execute("DROP TABLE evaluation");
            s.execute("CREATE TABLE evaluation (seq BIGINT NOT NULL PRIMARY KEY, id UUID NOT NULL UNIQUE,"
                    + " employee_id VARCHAR(64) NOT NULL, period VARCHAR(16) NOT NULL,"
                    + " ruleset_version CHAR(64) NOT NULL" + fk + ", plan_id VARCHAR(128) NOT NULL,"
                    + " total_score DECIMAL(12, 2) NOT NULL, grade VARCHAR(16) NOT NULL, status VARCHAR(16) NOT NULL,"
                    + " evaluated_at TIMESTAMP WITH TIME ZONE NOT NULL, caller VARCHAR(128) NOT NULL, supersedes UUID,"
                    + " request_json CHARACTER VARYING(1000000) NOT NULL,"
                    + " response_json CHARACTER VARYING(1000000) NOT NULL, prev_hash CHAR(64) NOT NULL,"
                    + " row_hash CHAR(64) NOT NULL)");
            s.execute("CREATE INDEX evaluation_employee_period ON evaluation (employee_id, period)");
            s.execute("CREATE INDEX evaluation_period ON evaluation (period, evaluated_at)");
        }
    }

    private static void insertChunk(Connection con, long first, String request, String response) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("INSERT INTO evaluation (seq, id, employee_id, period,"
                + " ruleset_version, plan_id, total_score, grade, status, evaluated_at, caller, supersedes, request_json,"
                + " response_json, prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (long seq = first + 1; seq <= first + CHUNK; seq++) {
                String employee = "E" + (100_000 + seq);
                ps.setLong(1, seq);
                // Time-ordered, as the service's version-7 ids are.
                ps.setObject(2, new UUID(0x0190_0000_0000_7000L + (seq << 16), 0x8000_0000_0000_0000L | seq));
                ps.setString(3, employee);
                ps.setString(4, "2026-Q4");
                ps.setString(5, "a".repeat(64));
                ps.setString(6, "SAAS/GROWTH/DIRECT");
                ps.setBigDecimal(7, new BigDecimal("87.25"));
                ps.setString(8, "B");
                ps.setString(9, "REVIEW");
                ps.setTimestamp(10, new Timestamp(1_780_000_000_000L + seq));
                ps.setString(11, "bench");
                ps.setObject(12, null);
                ps.setString(13, request.replace("B-0001", employee));
                ps.setString(14, response.replace("E-1001", employee));
                // Hashes look random to the compressor, as SHA-256 hex does.
                ps.setString(15, "%016x".formatted(seq * 0x9E37_79B9_7F4A_7C15L).repeat(4));
                ps.setString(16, "%016x".formatted((seq + 1) * 0x9E37_79B9_7F4A_7C15L).repeat(4));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
