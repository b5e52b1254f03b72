package com.kpipolicy.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the decision log is stored. {@code flushBeforeAnswer}: a single evaluation is answered as stored only once it
 * is in the database file, not only committed (batches always are; see {@link DurableCommits}).
 */
@ConfigurationProperties("kpi.storage")
record StorageProperties(@DefaultValue("false") boolean flushBeforeAnswer) {
}
