package com.kpipolicy.web.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * BCrypt is slow on purpose (about 80 ms a check), and HTTP Basic sends the key with every request: a
 * key that passed BCrypt is remembered for a few minutes by a keyed hash (never the key itself), so an
 * HR system's requests cost one check, not one each. Failures are never remembered.
 */
class VerifiedCredentials implements AuthenticationProvider {
    static final Duration KEPT = Duration.ofMinutes(5);
    private static final int MAX_KEPT = 10_000;

    private record Verified(Authentication authentication, Instant until) {
    }

    private final AuthenticationProvider bcrypt;
    private final Clock clock;
    private final SecretKeySpec secret;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedCredentials(AuthenticationProvider bcrypt, Clock clock) {
        this.bcrypt = bcrypt;
        this.clock = clock;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.secret = new SecretKeySpec(key, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String fingerprint = fingerprint(attempt.getName(), String.valueOf(attempt.getCredentials()));
        Verified known = verified.get(fingerprint);
        if (known != null && clock.instant().isBefore(known.until())) {
            return known.authentication();
        }
        Authentication authenticated = bcrypt.authenticate(attempt);
        if (authenticated != null) {
            if (verified.size() >= MAX_KEPT) {
                verified.clear();
            }
            verified.put(fingerprint, new Verified(authenticated, clock.instant().plus(KEPT)));
        }
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String fingerprint(String name, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal((name + '\u0000' + key).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
