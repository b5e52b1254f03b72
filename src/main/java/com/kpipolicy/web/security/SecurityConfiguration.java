package com.kpipolicy.web.security;

import static com.kpipolicy.web.security.Role.ANALYST;
import static com.kpipolicy.web.security.Role.AUDITOR;
import static com.kpipolicy.web.security.Role.HR_SYSTEM;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.time.Clock;
import java.util.Arrays;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. HTTP Basic over a stateless API: no session, no cookie, hence no CSRF token.
 * An HR system reading one evaluation is further limited to its own submissions (EvaluationController).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(AccountsProperties.class)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    Accounts accounts(AccountsProperties configured, StoredAccounts stored, PasswordEncoder encoder, Clock clock) {
        return new Accounts(configured, stored, encoder, clock);
    }

    @Bean
    UserDetailsService callers(Accounts accounts) {
        return new InMemoryUserDetailsManager(accounts.load().stream()
                .map(a -> User.withUsername(a.name()).password(a.passwordHash())
                        .roles(a.roles().stream().map(Role::name).toArray(String[]::new)).build())
                .toList());
    }

    /** BCrypt against the callers, each key checked once and then recognised for a few minutes. */
    @Bean
    AuthenticationManager authenticationManager(UserDetailsService callers, PasswordEncoder encoder, Clock clock) {
        DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(callers);
        bcrypt.setPasswordEncoder(encoder);
        return new ProviderManager(new VerifiedCredentials(bcrypt, clock));
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityProblems problems, AuthenticationManager callers) throws Exception {
        return http
                .authenticationManager(callers)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(basic -> basic.realmName("kpi-policy").authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(GET, "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // The contract is public: a client generator needs it before it has credentials.
                        .requestMatchers(GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(GET, "/actuator/metrics", "/actuator/metrics/**", "/actuator/prometheus")
                        .hasAnyRole(names(AUDITOR, ANALYST))
                        .requestMatchers(POST, "/api/v1/evaluations", "/api/v1/evaluations/batch").hasRole(HR_SYSTEM.name())
                        .requestMatchers(POST, "/api/v1/evaluations/*/replay").hasRole(AUDITOR.name())
                        .requestMatchers(GET, "/api/v1/evaluations").hasRole(AUDITOR.name())
                        .requestMatchers(GET, "/api/v1/evaluations/*").hasAnyRole(names(HR_SYSTEM, AUDITOR))
                        .requestMatchers(GET, "/api/v1/plans").hasAnyRole(names(HR_SYSTEM, AUDITOR, ANALYST))
                        .requestMatchers(POST, "/api/v1/rulesets/lint", "/api/v1/rulesets/validate",
                                "/api/v1/rulesets/reload", "/api/v1/rulesets/impact").hasRole(ANALYST.name())
                        .requestMatchers(GET, "/api/v1/rulesets", "/api/v1/rulesets/*").hasAnyRole(names(AUDITOR, ANALYST))
                        .requestMatchers(GET, "/api/v1/audit/verify", "/api/v1/audit/export").hasRole(AUDITOR.name())
                        // Anything else is for no role: a known caller learns 404 or 405 from the application.
                        .anyRequest().authenticated())
                .build();
    }

    private static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
