package com.kpipolicy.web.idempotency;

import jakarta.annotation.PostConstruct;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
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

    IdempotencyKeys(JdbcClient jdbc, Clock clock, IdempotencyProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** A request still running when the service stopped never finishes: its key is free again. */
    @PostConstruct
    void abandonInFlight() {
        jdbc.sql("DELETE FROM idempotency_key WHERE status IS NULL").update();
        jdbc.sql("DELETE FROM idempotency_key WHERE created_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(properties.retention()))).update();
    }

    /** Empty if this request claimed the key; otherwise the row of the request that holds it. */
    Optional<StoredAnswer> claim(String caller, String key, String fingerprint) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                jdbc.sql("INSERT INTO idempotency_key (caller, idem_key, payload_hash, created_at)"
                                + " VALUES (:caller, :key, :hash, :at)")
                        .param("caller", caller).param("key", key).param("hash", fingerprint)
                        .param("at", Timestamp.from(clock.instant())).update();
                return Optional.empty();
            } catch (DuplicateKeyException taken) {
                Optional<StoredAnswer> holder = find(caller, key);
                if (holder.isPresent() && !expired(holder.get())) {
                    return holder;
                }
                holder.ifPresent(expired -> release(caller, key));
                // Released or expired between the insert and the read: try to claim it again.
            }
        }
        throw new IllegalStateException("Idempotency key could not be claimed or read");
    }

    void complete(String caller, String key, int status, String contentType, String location, String body) {
        jdbc.sql("UPDATE idempotency_key SET status = :status, content_type = :type, location = :location,"
                        + " response = :body, completed_at = :at WHERE caller = :caller AND idem_key = :key")
                .param("status", status).param("type", contentType).param("location", location).param("body", body)
                .param("at", Timestamp.from(clock.instant())).param("caller", caller).param("key", key).update();
    }

    /** Frees the key of a request that failed on the service's side, so that a retry runs again. */
    void release(String caller, String key) {
        jdbc.sql("DELETE FROM idempotency_key WHERE caller = :caller AND idem_key = :key")
                .param("caller", caller).param("key", key).update();
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
