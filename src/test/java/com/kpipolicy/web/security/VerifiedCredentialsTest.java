package com.kpipolicy.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** A key that passed BCrypt is recognised for a while without BCrypt; nothing else is. */
class VerifiedCredentialsTest {
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final MutableClock clock = new MutableClock();
    private final VerifiedCredentials credentials = new VerifiedCredentials(counting(), clock);

    private AuthenticationProvider counting() {
        DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                User.withUsername("hr-system").password(encoder.encode("right-key")).roles("HR_SYSTEM").build()));
        bcrypt.setPasswordEncoder(encoder);
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                bcryptChecks.incrementAndGet();
                return bcrypt.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
    }

    private Authentication login(String key) {
        return credentials.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("hr-system", key));
    }

    @Test
    void aKeyThatPassedBcryptIsRecognisedWithoutCheckingItAgain() {
        Authentication first = login("right-key");
        Authentication second = login("right-key");

        assertThat(bcryptChecks).hasValue(1);
        assertThat(second.getName()).isEqualTo("hr-system");
        assertThat(second.getAuthorities()).extracting(a -> a.getAuthority()).contains("ROLE_HR_SYSTEM");
        assertThat(second).isSameAs(first);
    }

    @Test
    void aWrongKeyIsCheckedEveryTimeAndNeverRemembered() {
        login("right-key");

        assertThatThrownBy(() -> login("wrong-key")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login("wrong-key")).isInstanceOf(BadCredentialsException.class);
        assertThat(bcryptChecks).hasValue(3);
    }

    @Test
    void aRememberedKeyIsCheckedWithBcryptAgainAfterFiveMinutes() {
        login("right-key");
        clock.advanceBy(VerifiedCredentials.KEPT.plusSeconds(1));

        login("right-key");

        assertThat(bcryptChecks).hasValue(2);
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2025-10-01T09:00:00Z");

        void advanceBy(java.time.Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
