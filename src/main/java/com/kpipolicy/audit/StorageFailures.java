package com.kpipolicy.audit;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Predicate;

/** Failures of the database's file itself, as opposed to a refused statement: a write that failed, a closed store. */
public final class StorageFailures {
    // org.h2.api.ErrorCode (H2 is a runtime dependency): DATABASE_IS_CLOSED, DATABASE_CALLED_AT_SHUTDOWN,
    // ADMIN_RIGHTS_REQUIRED.
    private static final int DATABASE_IS_CLOSED = 90098;
    private static final int DATABASE_CALLED_AT_SHUTDOWN = 90121;
    private static final int ADMIN_RIGHTS_REQUIRED = 90040;

    private StorageFailures() {
    }

    /** An I/O error anywhere in the causes, or a database closed under its connection. */
    public static boolean ofTheFile(Throwable e) {
        return find(e, t -> t instanceof IOException || closed(t));
    }

    /** A database closed under its connection (by a failed write, or by {@code SHUTDOWN IMMEDIATELY}). */
    static boolean closedDatabase(Throwable e) {
        return find(e, StorageFailures::closed);
    }

    /** The statement H2 refused because the database user is not an admin, if that is among the causes. */
    static Optional<SQLException> adminRightsRequired(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ADMIN_RIGHTS_REQUIRED) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    private static boolean closed(Throwable t) {
        return t instanceof SQLException sql
                && (sql.getErrorCode() == DATABASE_IS_CLOSED || sql.getErrorCode() == DATABASE_CALLED_AT_SHUTDOWN);
    }

    private static boolean find(Throwable e, Predicate<Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.test(t)) {
                return true;
            }
        }
        return false;
    }
}
