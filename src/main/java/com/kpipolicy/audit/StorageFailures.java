package com.kpipolicy.audit;

import java.io.IOException;
import java.sql.SQLException;

/** Failures of the database's file itself, as opposed to a refused statement: a write that failed, a closed store. */
public final class StorageFailures {
    private StorageFailures() {
    }

    public static boolean ofTheFile(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException
                    || t instanceof SQLException sql && ClosedDatabaseEviction.closed(sql.getErrorCode())) {
                return true;
            }
        }
        return false;
    }
}
