package com.kpipolicy.audit;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * A start (of the service or of an offline command) that H2 refused because the database user is not an admin.
 * The service sets database-wide settings when it connects and flushes the decision log with {@code CHECKPOINT},
 * all of which H2 allows only admins; without this, the operator gets a bean's stack trace ending in "SET
 * WRITE_DELAY 100", and no word of which user or what to change. Spring Boot prints the analysis as its
 * "APPLICATION FAILED TO START" block.
 */
class AdminUserRequiredFailureAnalyzer implements FailureAnalyzer {
    private final Environment environment;

    AdminUserRequiredFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        return StorageFailures.adminRightsRequired(failure).map(refused -> {
            String user = environment.getProperty("spring.datasource.username", "sa");
            return new FailureAnalysis("The database user '" + user + "' is not an admin of the database "
                    + environment.getProperty("spring.datasource.url") + ", and H2 refused: "
                    + refused.getMessage().replaceAll("\\s+", " ") + ". The service needs an admin user: when it"
                    + " connects it sets the database's write delay and page compression"
                    + " (spring.datasource.hikari.data-source-properties), and it flushes the decision log to the file"
                    + " with CHECKPOINT, so that what it answers as stored is on disk.",
                    "Connect as an admin user (spring.datasource.username, spring.datasource.password): the default"
                            + " 'sa' is one, and in H2 'ALTER USER " + user + " ADMIN TRUE' makes another. The schema"
                            + " migrations may use a user of their own (spring.flyway.user).",
                    failure);
        }).orElse(null);
    }
}
