package com.kpipolicy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kpipolicy.policy.ActivePolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A chunk of evaluations enters the hash chain whole, in order, or not at all. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.datasource.url=jdbc:h2:mem:decision-log-chunk;DB_CLOSE_DELAY=-1")
class DecisionLogChunkTest {
    @Autowired
    DecisionLog log;
    @Autowired
    ActivePolicy policy;
    @Autowired
    JdbcClient jdbc;

    private LogEntry entry(String employeeId, String rulesetVersion) {
        return new LogEntry(UUID.randomUUID(), employeeId, "2025-Q3", rulesetVersion, "SAAS_FUSION",
                new BigDecimal("96.44"), "B", "FINAL", Instant.parse("2025-10-01T09:00:00Z"), "hr-system", null,
                "{\"employeeId\":\"" + employeeId + "\"}", "{\"grade\":\"B\"}");
    }

    private long stored() {
        return jdbc.sql("SELECT COUNT(*) FROM evaluation").query(Long.class).single();
    }

    @Test
    void aChunkIsChainedInItsOrderAfterTheLastStoredRow() {
        String version = policy.current().version();
        ChainedEntry before = log.append(entry("CHUNK-0", version));

        List<ChainedEntry> chunk = log.appendChunk(List.of(entry("CHUNK-1", version), entry("CHUNK-2", version),
                entry("CHUNK-3", version)));

        assertThat(chunk).extracting(ChainedEntry::seq).containsExactly(before.seq() + 1, before.seq() + 2, before.seq() + 3);
        assertThat(chunk.get(0).prevHash()).isEqualTo(before.rowHash());
        assertThat(chunk.get(1).prevHash()).isEqualTo(chunk.get(0).rowHash());
        assertThat(chunk.get(2).prevHash()).isEqualTo(chunk.get(1).rowHash());
        assertThat(jdbc.sql("SELECT employee_id FROM evaluation WHERE seq > :seq ORDER BY seq").param("seq", before.seq())
                .query(String.class).list()).containsExactly("CHUNK-1", "CHUNK-2", "CHUNK-3");
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void aChunkThatFailsPartWayStoresNothingAndTheChainGoesOnFromTheLastStoredRow() {
        String version = policy.current().version();
        ChainedEntry last = log.append(entry("FAIL-0", version));
        long before = stored();

        // The third row names a ruleset that was never stored: the insert fails after two good rows.
        assertThatThrownBy(() -> log.appendChunk(List.of(entry("FAIL-1", version), entry("FAIL-2", version),
                entry("FAIL-3", "f".repeat(64))))).isInstanceOf(DataAccessException.class);

        assertThat(stored()).isEqualTo(before);
        ChainedEntry next = log.append(entry("FAIL-4", version));
        assertThat(next.seq()).isEqualTo(last.seq() + 1);
        assertThat(next.prevHash()).isEqualTo(last.rowHash());
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void rowsAnsweredAsStoredButLostAfterwardsAreNotFollowedTheChainGoesOnFromTheRowThatIsReallyLast() {
        String version = policy.current().version();
        ChainedEntry kept = log.append(entry("LOST-0", version));
        ChainedEntry lost = log.append(entry("LOST-1", version));
        // What a database reopened after a failed write holds: only what reached its file.
        jdbc.sql("DELETE FROM evaluation WHERE seq = :seq").param("seq", lost.seq()).update();

        ChainedEntry next = log.append(entry("LOST-2", version));

        assertThat(next.seq()).isEqualTo(kept.seq() + 1);
        assertThat(next.prevHash()).isEqualTo(kept.rowHash());
        assertThat(log.verify().intact()).isTrue();
    }
}
