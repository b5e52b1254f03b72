package com.kpipolicy.web.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code kpi.security.users[i].name / password-hash / roles}: callers configured by the operator. */
@ConfigurationProperties("kpi.security")
public record AccountsProperties(@DefaultValue List<Account> users) {
}
