package com.kpipolicy.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.springframework.jdbc.core.ConnectionCallback;
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
    /** Rows read per query when walking the log (verify, export). */
    static final int WALK_PAGE = 500;
    private static final String COLUMNS = "seq, id, employee_id, period, ruleset_version, plan_id, total_score, grade,"
            + " status, evaluated_at, caller, supersedes, request_json, response_json, prev_hash, row_hash";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transactions;
    private final DurableCommits durable;
    // The chain is a sequence: taking the last hash and inserting after it must not interleave.
    private final ReentrantLock chain = new ReentrantLock();
    /** The last row stored, guarded by {@code chain}; null until read from the table, and after a failed insert. */
    private Tail tail;

    private record Tail(long seq, String rowHash) {
    }

    DecisionLog(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transactions, DurableCommits durable) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transactions = transactions;
        this.durable = durable;
    }

    /** Appends a single evaluation; answered once committed, or once in the file ({@link DurableCommits#single}). */
    public ChainedEntry append(LogEntry entry) {
        return append(List.of(entry), durable::single).get(0);
    }

    /** Appends a batch's chunk; returns once it is in the file ({@link DurableCommits#flushNow}). */
    public List<ChainedEntry> appendChunk(List<LogEntry> entries) {
        return append(entries, durable::flushNow);
    }

    /**
     * Appends the entries in their order, chained one to the next, under one lock with one batch insert: a chunk
     * is stored whole or not at all, even if the process dies. Only the links, the hashes and the insert happen
     * under the lock; the hashed text is prepared before it. The last row is remembered instead of read back for
     * every append, and checked against the table on the inserting connection (an index lookup); if an insert fails,
     * or a surrounding transaction rolls back, it is read from the table again. A flush that makes the rows
     * durable runs outside the lock, so that appends go on meanwhile.
     */
    private List<ChainedEntry> append(List<LogEntry> entries, Runnable durability) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<ChainedEntry> rows = link(entries);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // Inside a caller's transaction the rows are committed by that transaction, so flushed after it.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    makeDurable(durability);
                }
            });
        } else {
            makeDurable(durability);
        }
        return rows;
    }

    private void makeDurable(Runnable durability) {
        try {
            durability.run();
        } catch (RuntimeException e) {
            // The rows were committed in memory but never reached the file: the next append must not follow them.
            forgetTail();
            discardUnwrittenIfTheFileFailed(e);
            throw e;
        }
    }

    /**
     * After a failed write H2 may close the database, dropping what it had not written, or keep it open and write it
     * later, once the disk has room. Rows refused as not stored must not turn up later, so the database is closed at
     * once without writing ({@code SHUTDOWN IMMEDIATELY}); the next connection opens it from its file. Only rows not
     * yet in the file are dropped: with {@code flush-before-answer}, none that were answered as stored.
     */
    private void discardUnwrittenIfTheFileFailed(RuntimeException e) {
        if (!StorageFailures.ofTheFile(e)) {
            return;
        }
        try {
            batch.execute("SHUTDOWN IMMEDIATELY");
        } catch (RuntimeException closedAlready) {
            // Closed by H2 itself, or not open again yet: either way nothing unwritten is left.
        }
    }

    private List<ChainedEntry> link(List<LogEntry> entries) {
        List<byte[][]> contents = entries.stream().map(ChainedEntry::content).toList();
        chain.lock();
        try {
            for (int attempt = 0; ; attempt++) {
                Tail last = tail != null ? tail : lastRow();
                List<ChainedEntry> rows = chained(entries, contents, last);
                tail = null;
                if (insertAfter(last, rows)) {
                    forgetTailIfRolledBack();
                    ChainedEntry end = rows.get(rows.size() - 1);
                    tail = new Tail(end.seq(), end.rowHash());
                    return rows;
                }
                if (attempt > 0) {
                    throw new IllegalStateException("The decision log's last row changed twice while appending");
                }
            }
        } finally {
            chain.unlock();
        }
    }

    private static List<ChainedEntry> chained(List<LogEntry> entries, List<byte[][]> contents, Tail last) {
        List<ChainedEntry> rows = new ArrayList<>(entries.size());
        long seq = last.seq();
        String prev = last.rowHash();
        for (int i = 0; i < entries.size(); i++) {
            seq++;
            ChainedEntry row = new ChainedEntry(seq, entries.get(i), prev, ChainedEntry.hash(seq, contents.get(i), prev));
            rows.add(row);
            prev = row.rowHash();
        }
        return rows;
    }

    /**
     * Inserts the rows if {@code last} is still the table's last row, on one connection, so against one open database;
     * false if it is not. A single row is one insert and needs no transaction; a chunk is one transaction.
     */
    private boolean insertAfter(Tail last, List<ChainedEntry> rows) {
        ConnectionCallback<Boolean> insert = con -> isLast(con, last) && insert(con, rows);
        try {
            return Boolean.TRUE.equals(rows.size() == 1 ? batch.execute(insert)
                    : transactions.execute(status -> batch.execute(insert)));
        } catch (RuntimeException e) {
            discardUnwrittenIfTheFileFailed(e);
            throw e;
        }
    }

    /**
     * Whether the remembered last row is still the table's last (a point lookup). It is not if rows answered before
     * were lost after all: a database reopened after a failed write (a full disk) holds only what reached its file.
     * The rows then follow the row that is really last, and the chain holds.
     */
    private static boolean isLast(Connection con, Tail last) throws SQLException {
        if (last.seq() == 0) {
            try (PreparedStatement empty = con.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM evaluation)");
                 ResultSet rs = empty.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
        // Only this service appends, and it remembers each row it appends: a row with that seq is that row. Asking for
        // the seq alone is answered from its index, without reading the row's request and answer.
        try (PreparedStatement find = con.prepareStatement("SELECT seq FROM evaluation WHERE seq = ?")) {
            find.setLong(1, last.seq());
            try (ResultSet rs = find.executeQuery()) {
                return rs.next();
            }
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

    private static boolean insert(Connection con, List<ChainedEntry> rows) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("INSERT INTO evaluation (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ChainedEntry row : rows) {
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
                if (rows.size() == 1) {
                    ps.executeUpdate();
                } else {
                    ps.addBatch();
                }
            }
            if (rows.size() > 1) {
                ps.executeBatch();
            }
        }
        return true;
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
        long checked = 0;
        String previous = ChainedEntry.GENESIS;
        long after = Long.MIN_VALUE;
        List<ChainedEntry> rows;
        do {
            rows = jdbc.sql("SELECT " + COLUMNS + " FROM evaluation WHERE seq > :after ORDER BY seq LIMIT :limit")
                    .param("after", after).param("limit", WALK_PAGE).query(DecisionLog::row).list();
            for (ChainedEntry row : rows) {
                checked++;
                if (!row.prevHash().equals(previous)) {
                    return ChainVerification.broken(checked, row, "its link to the previous row is broken (a row"
                            + " before it was removed, inserted or re-hashed)");
                }
                if (!ChainedEntry.hash(row.seq(), row.entry(), row.prevHash()).equals(row.rowHash())) {
                    return ChainVerification.broken(checked, row, "its content no longer matches its hash"
                            + " (the row was altered)");
                }
                previous = row.rowHash();
                after = row.seq();
            }
        } while (rows.size() == WALK_PAGE);
        return ChainVerification.intact(checked);
    }

    /** One page of the selected rows in chain order; an offset past the end gives an empty page. */
    public List<ChainedEntry> page(LogFilter filter, long offset, int limit) {
        Where where = where(filter);
        JdbcClient.StatementSpec sql = jdbc.sql("SELECT seq FROM evaluation" + where.sql
                + " ORDER BY seq LIMIT :limit OFFSET :offset");
        where.params.forEach(sql::param);
        return rows(sql.param("limit", limit).param("offset", offset).query(Long.class).list());
    }

    /**
     * Every selected row in chain order, handed on one at a time. H2 holds a query's whole result in memory: one
     * query over a period's rows, with their request and answer, held about 90 MB per 20,000 rows, and a few exports
     * at once ran the service out of memory. So the rows' numbers are selected first, and the rows are then read
     * {@link #WALK_PAGE} at a time.
     */
    public void export(LogFilter filter, Consumer<ChainedEntry> each) {
        Where where = where(filter);
        JdbcClient.StatementSpec sql = jdbc.sql("SELECT seq FROM evaluation" + where.sql + " ORDER BY seq");
        where.params.forEach(sql::param);
        SeqList selected = new SeqList();
        sql.query((ResultSet rs) -> selected.add(rs.getLong(1)));
        for (int from = 0; from < selected.size(); from += WALK_PAGE) {
            rows(selected.slice(from, Math.min(selected.size(), from + WALK_PAGE))).forEach(each);
        }
    }

    /** The rows with these numbers, in chain order (looked up by the seq index, whatever the filter was). */
    private List<ChainedEntry> rows(List<Long> seqs) {
        if (seqs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM evaluation WHERE seq IN (:seqs) ORDER BY seq")
                .param("seqs", seqs).query(DecisionLog::row).list();
    }

    /** Row numbers as primitives: a million of them take 8 MB, not the 24 MB of a list of Longs. */
    private static final class SeqList {
        private long[] seqs = new long[1024];
        private int size;

        void add(long seq) {
            if (size == seqs.length) {
                seqs = Arrays.copyOf(seqs, size * 2);
            }
            seqs[size++] = seq;
        }

        int size() {
            return size;
        }

        List<Long> slice(int from, int to) {
            return Arrays.stream(seqs, from, to).boxed().toList();
        }
    }

    public long count(LogFilter filter) {
        Where where = where(filter);
        JdbcClient.StatementSpec sql = jdbc.sql("SELECT COUNT(*) FROM evaluation" + where.sql);
        where.params.forEach(sql::param);
        return sql.query(Long.class).single();
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
