package com.kpipolicy.web.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may call: the configured users; without any, the keys generated on an earlier start; on the very
 * first start, one new random key per role, stored as a hash and shown once in the log, so that a
 * fresh machine needs no set-up and no default password exists.
 */
class Accounts {
    private static final Logger log = LoggerFactory.getLogger(Accounts.class);
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");

    private final AccountsProperties configured;
    private final StoredAccounts stored;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Accounts(AccountsProperties configured, StoredAccounts stored, PasswordEncoder encoder, Clock clock) {
        this.configured = configured;
        this.stored = stored;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Transactional
    public List<Account> load() {
        if (!configured.users().isEmpty()) {
            configured.users().forEach(Accounts::check);
            return configured.users();
        }
        List<Account> existing = stored.all();
        return existing.isEmpty() ? firstStart() : existing;
    }

    private List<Account> firstStart() {
        List<Account> created = new ArrayList<>();
        StringBuilder shown = new StringBuilder();
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase(Locale.ROOT).replace('_', '-');
            String key = newKey();
            Account account = new Account(name, encoder.encode(key), List.of(role));
            stored.save(account, clock.instant());
            created.add(account);
            shown.append(String.format("%n    %-10s %s   (role %s)", name, key, role));
        }
        log.warn("No callers are configured (kpi.security.users), so one key per role was created. Only their"
                + " BCrypt hashes are stored: note the keys now, they are not shown again. Use them with HTTP Basic"
                + " (curl -u name:key):{}", shown);
        return created;
    }

    private String newKey() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void check(Account account) {
        if (account.name() == null || account.name().isBlank() || account.name().length() > 128) {
            throw new IllegalStateException("kpi.security.users: every user needs a name of at most 128 characters");
        }
        if (account.passwordHash() == null || !BCRYPT.matcher(account.passwordHash()).matches()) {
            throw new IllegalStateException("kpi.security.users: the password-hash of user '" + account.name()
                    + "' is not a BCrypt hash ($2a$10$…); plain passwords are not accepted");
        }
        if (account.roles() == null || account.roles().isEmpty()) {
            throw new IllegalStateException("kpi.security.users: user '" + account.name() + "' has no roles;"
                    + " roles are HR_SYSTEM, AUDITOR, ANALYST");
        }
    }
}
