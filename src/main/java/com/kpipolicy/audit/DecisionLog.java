package com.kpipolicy.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only decision log. The application only ever inserts here; each row is chained to
 * the one before by its hash, so an edit made behind the application's back is found by
 * {@link #verify()}.
 */
@Repository
public class DecisionLog {
    private static final String COLUMNS = "seq, id, employee_id, period, ruleset_version, plan_id, total_score, grade,"
            + " status, evaluated_at, caller, supersedes, request_json, response_json, prev_hash, row_hash";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transactions;
    // The chain is a sequence: taking the last hash and inserting after it must not interleave.
    private final ReentrantLock chain = new ReentrantLock();
    /** The last row stored, guarded by {@code chain}; null until read from the table, and after a failed insert. */
    private Tail tail;

    private record Tail(long seq, String rowHash) {
    }

    DecisionLog(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transactions = transactions;
    }

    public ChainedEntry append(LogEntry entry) {
        return appendChunk(List.of(entry)).get(0);
    }

    /**
     * Appends the entries in their order, chained one to the next, under one lock with one batch insert: a chunk
     * is stored whole or not at all, even if the process dies. Only the links, the hashes and the insert happen
     * under the lock; the hashed text is prepared before it. The last row is remembered instead of read back for
     * every append; if an insert fails, or a surrounding transaction rolls back, it is read from the table again.
     * A single row needs no transaction of its own: one insert is atomic.
     */
    public List<ChainedEntry> appendChunk(List<LogEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<byte[][]> contents = entries.stream().map(ChainedEntry::content).toList();
        chain.lock();
        try {
            Tail last = tail != null ? tail : lastRow();
            List<ChainedEntry> rows = new ArrayList<>(entries.size());
            long seq = last.seq();
            String prev = last.rowHash();
            for (int i = 0; i < entries.size(); i++) {
                seq++;
                ChainedEntry row = new ChainedEntry(seq, entries.get(i), prev, ChainedEntry.hash(seq, contents.get(i), prev));
                rows.add(row);
                prev = row.rowHash();
            }
            tail = null;
            if (rows.size() == 1) {
                insert(rows);
            } else {
                transactions.executeWithoutResult(status -> insert(rows));
            }
            forgetTailIfRolledBack();
            tail = new Tail(seq, prev);
            return rows;
        } finally {
            chain.unlock();
        }
    }

    private void forgetTailIfRolledBack() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        forgetTail();
                    }
                }
            });
        }
    }

    private Tail lastRow() {
        return jdbc.sql("SELECT seq, row_hash FROM evaluation ORDER BY seq DESC LIMIT 1")
                .query((rs, i) -> new Tail(rs.getLong(1), rs.getString(2))).optional()
                .orElse(new Tail(0, ChainedEntry.GENESIS));
    }

    private void forgetTail() {
        chain.lock();
        try {
            tail = null;
        } finally {
            chain.unlock();
        }
    }

    private void insert(List<ChainedEntry> rows) {
        batch.batchUpdate("INSERT INTO evaluation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows, rows.size(), (ps, row) -> {
                    LogEntry e = row.entry();
                    ps.setLong(1, row.seq());
                    ps.setObject(2, e.id());
                    ps.setString(3, e.employeeId());
                    ps.setString(4, e.period());
                    ps.setString(5, e.rulesetVersion());
                    ps.setString(6, e.planId());
                    ps.setBigDecimal(7, e.totalScore());
                    ps.setString(8, e.grade());
                    ps.setString(9, e.status());
                    ps.setTimestamp(10, Timestamp.from(e.evaluatedAt()));
                    ps.setString(11, e.caller());
                    ps.setObject(12, e.supersedes());
                    ps.setString(13, e.requestJson());
                    ps.setString(14, e.responseJson());
                    ps.setString(15, row.prevHash());
                    ps.setString(16, row.rowHash());
                });
    }

    public Optional<ChainedEntry> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evaluation WHERE id = :id").param("id", id)
                .query(DecisionLog::row).optional();
    }

    public boolean exists(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM evaluation WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }

    /** Walks the whole chain in order and reports the first row whose content or link does not hold. */
    public ChainVerification verify() {
        long[] checked = {0};
        String[] previous = {ChainedEntry.GENESIS};
        ChainVerification[] broken = {null};
        jdbc.sql("SELECT " + COLUMNS + " FROM evaluation ORDER BY seq").query((ResultSet rs) -> {
            if (broken[0] != null) {
                return;
            }
            ChainedEntry row = row(rs, 0);
            checked[0]++;
            if (!row.prevHash().equals(previous[0])) {
                broken[0] = ChainVerification.broken(checked[0], row, "its link to the previous row is broken (a row"
                        + " before it was removed, inserted or re-hashed)");
            } else if (!ChainedEntry.hash(row.seq(), row.entry(), row.prevHash()).equals(row.rowHash())) {
                broken[0] = ChainVerification.broken(checked[0], row, "its content no longer matches its hash"
                        + " (the row was altered)");
            }
            previous[0] = row.rowHash();
        });
        return broken[0] != null ? broken[0] : ChainVerification.intact(checked[0]);
    }

    public List<ChainedEntry> page(LogFilter filter, int offset, int limit) {
        Where where = where(filter);
        JdbcClient.StatementSpec sql = jdbc.sql("SELECT " + COLUMNS + " FROM evaluation" + where.sql
                + " ORDER BY seq LIMIT :limit OFFSET :offset");
        where.params.forEach(sql::param);
        return sql.param("limit", limit).param("offset", offset).query(DecisionLog::row).list();
    }

    public long count(LogFilter filter) {
        Where where = where(filter);
        JdbcClient.StatementSpec sql = jdbc.sql("SELECT COUNT(*) FROM evaluation" + where.sql);
        where.params.forEach(sql::param);
        return sql.query(Long.class).single();
    }

    public void export(LogFilter filter, Consumer<ChainedEntry> each) {
        Where where = where(filter);
        JdbcClient.StatementSpec sql = jdbc.sql("SELECT " + COLUMNS + " FROM evaluation" + where.sql + " ORDER BY seq");
        where.params.forEach(sql::param);
        sql.query((ResultSet rs) -> each.accept(row(rs, 0)));
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(LogFilter filter) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.employeeId() != null) {
            clauses.add("employee_id = :employee");
            params.put("employee", filter.employeeId());
        }
        if (filter.period() != null) {
            clauses.add("period = :period");
            params.put("period", filter.period());
        }
        if (filter.from() != null) {
            clauses.add("evaluated_at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (filter.to() != null) {
            clauses.add("evaluated_at < :to");
            params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
    }

    private static ChainedEntry row(ResultSet rs, int rowNum) throws SQLException {
        LogEntry entry = new LogEntry(rs.getObject("id", UUID.class), rs.getString("employee_id"), rs.getString("period"),
                rs.getString("ruleset_version"), rs.getString("plan_id"), rs.getBigDecimal("total_score"),
                rs.getString("grade"), rs.getString("status"), rs.getTimestamp("evaluated_at").toInstant(),
                rs.getString("caller"), rs.getObject("supersedes", UUID.class), rs.getString("request_json"),
                rs.getString("response_json"));
        return new ChainedEntry(rs.getLong("seq"), entry, rs.getString("prev_hash"), rs.getString("row_hash"));
    }
}
