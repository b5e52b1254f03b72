package com.kpipolicy.web.idempotency;

import com.kpipolicy.audit.DurableCommits;
import jakarta.annotation.PostConstruct;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keys per caller in H2. Claiming is an INSERT: the primary key (caller, key) lets exactly one of
 * any number of concurrent requests in, the others find its row.
 */
@Repository
class IdempotencyKeys {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final IdempotencyProperties properties;
    private final DurableCommits durable;
    /** Keys (caller and key) whose request is running in this service now. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    IdempotencyKeys(JdbcClient jdbc, Clock clock, IdempotencyProperties properties, DurableCommits durable) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.durable = durable;
    }

    /** A request still running when the service stopped never finishes: its key is free again. */
    @PostConstruct
    void abandonInFlight() {
        jdbc.sql("DELETE FROM idempotency_key WHERE status IS NULL").update();
        jdbc.sql("DELETE FROM idempotency_key WHERE created_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(properties.retention()))).update();
    }

    /**
     * Empty if this request claimed the key; otherwise the row of the request that holds it. Which keys are being
     * answered right now is known here, in memory: a row still without an answer whose key is not among them was
     * left by a request that failed while the database could not take the release (or by a stopped service), so it
     * is taken over. The service is the database's only user (an embedded file), as {@link #abandonInFlight} assumes.
     */
    Optional<StoredAnswer> claim(String caller, String key, String fingerprint) {
        String id = id(caller, key);
        if (!running.add(id)) {
            // A request with this key is running here now; it may not have stored its claim yet.
            return Optional.of(find(caller, key).orElseGet(() -> new StoredAnswer(fingerprint, null, null, null, null,
                    clock.instant())));
        }
        boolean claimed = false;
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    jdbc.sql("INSERT INTO idempotency_key (caller, idem_key, payload_hash, created_at)"
                                    + " VALUES (:caller, :key, :hash, :at)")
                            .param("caller", caller).param("key", key).param("hash", fingerprint)
                            .param("at", Timestamp.from(clock.instant())).update();
                    claimed = true;
                    return Optional.empty();
                } catch (DuplicateKeyException taken) {
                    Optional<StoredAnswer> holder = find(caller, key);
                    if (holder.isPresent() && !holder.get().inFlight() && !expired(holder.get())) {
                        return holder;
                    }
                    holder.ifPresent(abandoned -> delete(caller, key));
                    // Abandoned, expired, or released between the insert and the read: try to claim it again.
                }
            }
            throw new IllegalStateException("Idempotency key could not be claimed or read");
        } finally {
            if (!claimed) {
                running.remove(id);
            }
        }
    }

    /**
     * Keeps the answer for the key, as durably as the evaluations it answers for ({@link DurableCommits}): if the
     * evaluations outlived a crash and the answer did not, a retry would evaluate them again.
     */
    void complete(String caller, String key, boolean batch, int status, String contentType, String location,
                  String body) {
        try {
            jdbc.sql("UPDATE idempotency_key SET status = :status, content_type = :type, location = :location,"
                            + " response = :body, completed_at = :at WHERE caller = :caller AND idem_key = :key")
                    .param("status", status).param("type", contentType).param("location", location)
                    .param("body", body).param("at", Timestamp.from(clock.instant()))
                    .param("caller", caller).param("key", key).update();
            if (batch) {
                durable.flushNow();
            } else {
                durable.single();
            }
        } finally {
            running.remove(id(caller, key));
        }
    }

    /**
     * Frees the key of a request that failed on the service's side, so that a retry runs again. If the database
     * cannot take it, the row stays without an answer and the retry takes it over ({@link #claim}).
     */
    void release(String caller, String key) {
        try {
            delete(caller, key);
        } finally {
            running.remove(id(caller, key));
        }
    }

    private void delete(String caller, String key) {
        jdbc.sql("DELETE FROM idempotency_key WHERE caller = :caller AND idem_key = :key")
                .param("caller", caller).param("key", key).update();
    }

    private static String id(String caller, String key) {
        return caller + '\n' + key;
    }

    private Optional<StoredAnswer> find(String caller, String key) {
        return jdbc.sql("SELECT payload_hash, status, content_type, location, response, created_at FROM idempotency_key"
                        + " WHERE caller = :caller AND idem_key = :key")
                .param("caller", caller).param("key", key)
                .query((rs, i) -> new StoredAnswer(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .optional();
    }

    private boolean expired(StoredAnswer answer) {
        return answer.createdAt().isBefore(clock.instant().minus(properties.retention()));
    }
}
