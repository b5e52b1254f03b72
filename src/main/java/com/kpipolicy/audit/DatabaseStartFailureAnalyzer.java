package com.kpipolicy.audit;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * A start (of the service or of an offline command) that H2 refused, said in Spring Boot's "APPLICATION FAILED TO
 * START" block as what is wrong and what to change. Without it, the operator gets a wall of bean-creation traces,
 * and for a file in use H2's own advice (its server mode), which is wrong here.
 */
class DatabaseStartFailureAnalyzer implements FailureAnalyzer {
    private final Environment environment;

    DatabaseStartFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        return StorageFailures.adminRightsRequired(failure).map(refused -> notAnAdmin(refused, failure))
                .or(() -> StorageFailures.databaseInUse(failure).map(refused -> inUse(refused, failure)))
                .orElse(null);
    }

    /** The service sets database-wide settings when it connects and flushes with CHECKPOINT: H2 allows those only admins. */
    private FailureAnalysis notAnAdmin(SQLException refused, Throwable failure) {
        String user = environment.getProperty("spring.datasource.username", "sa");
        return new FailureAnalysis("The database user '" + user + "' is not an admin of the database " + url()
                + ", and H2 refused: " + oneLine(refused) + ". The service needs an admin user: when it connects it sets"
                + " the database's write delay and page compression (spring.datasource.hikari.data-source-properties),"
                + " and it flushes the decision log to the file with CHECKPOINT, so that what it answers as stored is"
                + " on disk.",
                "Connect as an admin user (spring.datasource.username, spring.datasource.password): the default 'sa'"
                        + " is one, and in H2 'ALTER USER " + user + " ADMIN TRUE' makes another. The schema migrations"
                        + " may use a user of their own (spring.flyway.user).",
                failure);
    }

    private FailureAnalysis inUse(SQLException refused, Throwable failure) {
        return new FailureAnalysis("The database " + url() + " is open in another program, most likely the service"
                + " itself, already running: an H2 file database can be open in one program at a time. H2 said: "
                + oneLine(refused),
                "Stop the other program, or point this one at another database (spring.datasource.url). To verify the"
                        + " decision log or replay an evaluation while the service runs, use its endpoints"
                        + " (GET /api/v1/audit/verify, POST /api/v1/evaluations/{id}/replay). Do not share one"
                        + " database between two services through H2's server mode: each takes itself for the only"
                        + " writer of the decision log's hash chain.",
                failure);
    }

    private String url() {
        return environment.getProperty("spring.datasource.url");
    }

    private static String oneLine(SQLException refused) {
        return refused.getMessage().replaceAll("\\s+", " ");
    }
}
