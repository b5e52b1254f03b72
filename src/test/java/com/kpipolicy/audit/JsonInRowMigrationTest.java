package com.kpipolicy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database written before the request and answer moved from H2's LOB store into the row (V4) keeps every
 * evaluation, byte for byte, and its hash chain.
 */
class JsonInRowMigrationTest {

    private static Flyway flyway(SingleConnectionDataSource db, String target) {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration").target(target).load();
    }

    private static DecisionLog log(SingleConnectionDataSource db) {
        return new DecisionLog(JdbcClient.create(db), new JdbcTemplate(db),
                new TransactionTemplate(new DataSourceTransactionManager(db)),
                new DurableCommits(new JdbcTemplate(db), new StorageProperties(true)));
    }

    @Test
    void evaluationsStoredAsLobsAreKeptWholeAndTheirChainHolds(@TempDir Path dir) {
        SingleConnectionDataSource db = new SingleConnectionDataSource("jdbc:h2:file:" + dir.resolve("kpi"), "sa", "", true);
        try {
            flyway(db, "3").migrate();
            String version = "a".repeat(64);
            JdbcClient.create(db).sql("INSERT INTO ruleset_version (version, first_loaded_at, activated_at)"
                    + " VALUES (:v, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)").param("v", version).update();
            String longAnswer = "{\"firedRules\":\"" + "x".repeat(20_000) + "\"}";
            List<ChainedEntry> before = log(db).appendChunk(List.of(
                    new LogEntry(UUID.randomUUID(), "M-1", "2025-Q3", version, "SAAS_FUSION", new BigDecimal("96.44"),
                            "B", "FINAL", Instant.parse("2025-10-01T09:00:00Z"), "hr-system", null,
                            "{\"employeeId\":\"M-1\",\"note\":\"中文\"}", longAnswer),
                    new LogEntry(UUID.randomUUID(), "M-2", "2025-Q3", version, "SAAS_FUSION", new BigDecimal("120.00"),
                            "S", "FINAL", Instant.parse("2025-10-01T09:00:01Z"), "hr-system", null,
                            "{\"employeeId\":\"M-2\"}", "{\"grade\":\"S\"}")));

            flyway(db, "latest").migrate();

            DecisionLog migrated = log(db);
            assertThat(migrated.verify().intact()).isTrue();
            assertThat(migrated.verify().rowsChecked()).isEqualTo(2);
            ChainedEntry first = migrated.find(before.get(0).entry().id()).orElseThrow();
            assertThat(first.entry().requestJson()).isEqualTo("{\"employeeId\":\"M-1\",\"note\":\"中文\"}");
            assertThat(first.entry().responseJson()).isEqualTo(longAnswer);
            assertThat(first.rowHash()).isEqualTo(before.get(0).rowHash());
            assertThat(JdbcClient.create(db).sql("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_NAME = 'EVALUATION' AND COLUMN_NAME = 'RESPONSE_JSON'").query(String.class).single())
                    .isEqualTo("CHARACTER VARYING");
        } finally {
            db.destroy();
        }
    }
}
