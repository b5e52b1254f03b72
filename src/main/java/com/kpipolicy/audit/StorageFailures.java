package com.kpipolicy.audit;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.commons.lang3.exception.ExceptionUtils;

/**
 * Failures of the database itself, as opposed to a refused request: a write that failed, a closed store, and, at
 * start, a database that cannot be opened as configured.
 */
public final class StorageFailures {
    // org.h2.api.ErrorCode (H2 is a runtime dependency): DATABASE_IS_CLOSED, DATABASE_CALLED_AT_SHUTDOWN,
    // ADMIN_RIGHTS_REQUIRED, DATABASE_ALREADY_OPEN_1.
    private static final int DATABASE_IS_CLOSED = 90098;
    private static final int DATABASE_CALLED_AT_SHUTDOWN = 90121;
    private static final int ADMIN_RIGHTS_REQUIRED = 90040;
    private static final int DATABASE_ALREADY_OPEN = 90020;

    private StorageFailures() {
    }

    /** An I/O error anywhere in the causes, or a database closed under its connection. */
    public static boolean ofTheFile(Throwable e) {
        return find(e, t -> t instanceof IOException || closed(t)).isPresent();
    }

    /** A database closed under its connection (by a failed write, or by {@code SHUTDOWN IMMEDIATELY}). */
    static boolean closedDatabase(Throwable e) {
        return find(e, StorageFailures::closed).isPresent();
    }

    /** The statement H2 refused because the database user is not an admin, if that is among the causes. */
    static Optional<SQLException> adminRightsRequired(Throwable e) {
        return withCode(e, ADMIN_RIGHTS_REQUIRED);
    }

    /** H2's refusal to open a database file that another program (or another service) has open. */
    static Optional<SQLException> databaseInUse(Throwable e) {
        return withCode(e, DATABASE_ALREADY_OPEN);
    }

    private static Optional<SQLException> withCode(Throwable e, int code) {
        return find(e, t -> t instanceof SQLException sql && sql.getErrorCode() == code).map(SQLException.class::cast);
    }

    private static boolean closed(Throwable t) {
        return t instanceof SQLException sql
                && (sql.getErrorCode() == DATABASE_IS_CLOSED || sql.getErrorCode() == DATABASE_CALLED_AT_SHUTDOWN);
    }

    private static Optional<Throwable> find(Throwable e, Predicate<Throwable> kind) {
        return ExceptionUtils.getThrowableList(e).stream().filter(kind).findFirst();
    }
}
