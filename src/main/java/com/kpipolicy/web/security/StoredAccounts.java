package com.kpipolicy.web.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The keys generated on first start, kept as BCrypt hashes only. */
@Repository
class StoredAccounts {
    private final JdbcClient jdbc;

    StoredAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Account> all() {
        return jdbc.sql("SELECT name, password_hash, roles FROM api_credential ORDER BY created_at, name")
                .query((rs, i) -> new Account(rs.getString(1), rs.getString(2),
                        Arrays.stream(rs.getString(3).split(",")).map(Role::valueOf).toList()))
                .list();
    }

    void save(Account account, Instant createdAt) {
        jdbc.sql("INSERT INTO api_credential (name, password_hash, roles, created_at) VALUES (:name, :hash, :roles, :at)")
                .param("name", account.name()).param("hash", account.passwordHash())
                .param("roles", String.join(",", account.roles().stream().map(Role::name).toList()))
                .param("at", Timestamp.from(createdAt)).update();
    }
}
