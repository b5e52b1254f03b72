package com.kpipolicy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.policy.ActivePolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Verify, export and the listing read the log a page at a time (H2 holds a query's whole result in memory); what
 * they give is still every selected row, in chain order, across the pages' seams.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.datasource.url=jdbc:h2:mem:decision-log-walk;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionLogWalkTest {
    /** Two and a half pages: the seams fall inside the log and the last page is short. */
    private static final int ROWS = 2 * DecisionLog.WALK_PAGE + 201;

    @Autowired
    DecisionLog log;
    @Autowired
    ActivePolicy policy;
    @Autowired
    JdbcClient jdbc;

    private final List<ChainedEntry> stored = new ArrayList<>();

    /** Every third evaluation is for 2025-Q4, the others for 2025-Q3. */
    @BeforeAll
    void aLogLongerThanTwoPages() {
        String version = policy.current().version();
        List<LogEntry> entries = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String employee = "W-" + i;
            entries.add(new LogEntry(UUID.randomUUID(), employee, i % 3 == 0 ? "2025-Q4" : "2025-Q3", version,
                    "SAAS_FUSION", new BigDecimal("96.44"), "B", "FINAL", Instant.parse("2025-10-01T09:00:00Z"),
                    "hr-system", null, "{\"employeeId\":\"" + employee + "\"}", "{\"grade\":\"B\"}"));
        }
        for (int from = 0; from < ROWS; from += 500) {
            stored.addAll(log.appendChunk(entries.subList(from, Math.min(ROWS, from + 500))));
        }
    }

    private List<ChainedEntry> exported(LogFilter filter) {
        List<ChainedEntry> rows = new ArrayList<>();
        log.export(filter, rows::add);
        return rows;
    }

    @Test
    void anExportOfTheWholeLogGivesEveryRowOnceInChainOrder() {
        assertThat(exported(new LogFilter(null, null, null, null))).extracting(ChainedEntry::rowHash)
                .containsExactlyElementsOf(stored.stream().map(ChainedEntry::rowHash).toList());
    }

    @Test
    void anExportOfOnePeriodGivesExactlyThatPeriodsRowsInChainOrder() {
        List<String> q4 = stored.stream().filter(r -> r.entry().period().equals("2025-Q4")).map(ChainedEntry::rowHash)
                .toList();

        assertThat(q4).hasSize(ROWS / 3 + 1);
        assertThat(exported(new LogFilter(null, "2025-Q4", null, null))).extracting(ChainedEntry::rowHash)
                .containsExactlyElementsOf(q4);
    }

    @Test
    void aListingPageAcrossASeamHoldsTheRowsAtItsOffset() {
        List<ChainedEntry> page = log.page(new LogFilter(null, "2025-Q3", null, null), 600, 50);
        List<String> q3 = stored.stream().filter(r -> r.entry().period().equals("2025-Q3")).map(ChainedEntry::rowHash)
                .toList();

        assertThat(page).extracting(ChainedEntry::rowHash).containsExactlyElementsOf(q3.subList(600, 650));
        assertThat(log.page(new LogFilter(null, null, null, null), Long.MAX_VALUE / 2, 50)).isEmpty();
    }

    @Test
    void verifyWalksEveryPageAndNamesARowAlteredOnTheSecondPage() {
        assertThat(log.verify().line()).isEqualTo("INTACT " + ROWS + " rows");

        ChainedEntry altered = stored.get(DecisionLog.WALK_PAGE + 99);
        jdbc.sql("UPDATE evaluation SET total_score = 120.00 WHERE seq = :seq").param("seq", altered.seq()).update();
        try {
            ChainVerification broken = log.verify();

            assertThat(broken.intact()).isFalse();
            assertThat(broken.brokenAtSeq()).isEqualTo(altered.seq());
            assertThat(broken.rowsChecked()).isEqualTo(DecisionLog.WALK_PAGE + 100);
        } finally {
            jdbc.sql("UPDATE evaluation SET total_score = 96.44 WHERE seq = :seq").param("seq", altered.seq()).update();
        }
    }
}
