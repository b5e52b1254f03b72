package com.kpipolicy.audit;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Drops a pooled connection whose H2 database was closed under it. A write that fails (a full disk) closes an
 * embedded H2 database; its connections then fail for good, but their SQL state ({@code 90098}) is not one the
 * pool takes for a dead connection, so without this it would hand them out until they expired. A new connection
 * opens the database again from its file, so the service recovers by itself once the disk has room.
 * Named in application.properties ({@code spring.datasource.hikari.exception-override-class-name}).
 */
public class ClosedDatabaseEviction implements SQLExceptionOverride {
    @java.lang.Override // the interface's own Override, the verdict, hides the annotation's simple name
    public Override adjudicate(SQLException e) {
        return StorageFailures.closedDatabase(e) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
