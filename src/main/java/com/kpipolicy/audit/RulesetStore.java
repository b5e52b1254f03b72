package com.kpipolicy.audit;

import com.kpipolicy.Sha256;
import com.kpipolicy.policy.LastLiveRuleset;
import com.kpipolicy.policy.RuleFile;
import com.kpipolicy.policy.RulesetSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The exact bytes of every ruleset ever loaded, stored once per version (the content hash). */
@Repository
public class RulesetStore implements LastLiveRuleset {
    private final JdbcClient jdbc;

    RulesetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record StoredFile(String path, String sha256, int size) {
    }

    /**
     * Stores the version if it is new and marks it as the one activated last; a version seen before
     * keeps its bytes and first-loaded time.
     */
    @Transactional
    public boolean saveIfAbsent(RulesetSource source, LocalDate effectiveFrom, Instant loadedAt) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM ruleset_version WHERE version = :v")
                .param("v", source.version()).query(Long.class).single() > 0;
        if (known) {
            jdbc.sql("UPDATE ruleset_version SET activated_at = :at WHERE version = :v")
                    .param("v", source.version()).param("at", Timestamp.from(loadedAt)).update();
            return false;
        }
        jdbc.sql("INSERT INTO ruleset_version (version, first_loaded_at, activated_at, effective_from)"
                        + " VALUES (:v, :at, :at, :from)")
                .param("v", source.version()).param("at", Timestamp.from(loadedAt)).param("from", effectiveFrom)
                .update();
        for (RuleFile file : source.files()) {
            jdbc.sql("INSERT INTO ruleset_file (version, path, sha256, content) VALUES (:v, :path, :sha, :content)")
                    .param("v", source.version()).param("path", file.path()).param("sha", Sha256.hex(file.content()))
                    .param("content", file.content()).update();
        }
        return true;
    }

    public List<StoredVersion> versions() {
        return jdbc.sql("SELECT version, first_loaded_at, activated_at, effective_from FROM ruleset_version"
                        + " ORDER BY first_loaded_at")
                .query((rs, i) -> new StoredVersion(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(), rs.getObject(4, LocalDate.class)))
                .list();
    }

    public List<StoredFile> files(String version) {
        return jdbc.sql("SELECT path, sha256, LENGTH(content) FROM ruleset_file WHERE version = :v ORDER BY path")
                .param("v", version)
                .query((rs, i) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    @Override
    public Optional<RulesetSource> lastLive() {
        return jdbc.sql("SELECT version FROM ruleset_version ORDER BY activated_at DESC FETCH FIRST 1 ROW ONLY")
                .query(String.class).optional().flatMap(this::source);
    }

    /** The stored bytes of a version, re-hashed: a version whose bytes no longer hash to it is refused. */
    public Optional<RulesetSource> source(String version) {
        List<RuleFile> files = jdbc.sql("SELECT path, content FROM ruleset_file WHERE version = :v")
                .param("v", version)
                .query((rs, i) -> new RuleFile(rs.getString(1), rs.getBytes(2)))
                .list();
        if (files.isEmpty()) {
            return Optional.empty();
        }
        RulesetSource source = RulesetSource.of(files);
        if (!source.version().equals(version)) {
            throw new IllegalStateException("The stored files of ruleset " + version + " hash to " + source.version()
                    + ": the ruleset store has been altered.");
        }
        return Optional.of(source);
    }
}
