package com.kpipolicy.audit;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When "stored" means "in the database file". H2 writes committed rows to its file in the background, within its
 * write delay (100 ms); a process that dies, or a disk that fills, in that window loses rows already answered as
 * stored. A flush (H2's {@code CHECKPOINT}) closes the window: after its commit, an append waits for a flush that
 * began after that commit, and appends that commit while a flush runs share the next one. A batch always waits
 * (one flush per 500 evaluations costs next to nothing); a single evaluation waits only with
 * {@code kpi.storage.flush-before-answer=true}, since a flush costs about half a millisecond of CPU and on two cores
 * takes single-request throughput down by half (README, Performance).
 */
@Component
@EnableConfigurationProperties(StorageProperties.class)
public class DurableCommits {
    private final JdbcTemplate jdbc;
    private final boolean singles;
    private final ReentrantLock flushing = new ReentrantLock();
    /** Commits counted so far, and how many of the first of them are known to be in the file. */
    private final AtomicLong committed = new AtomicLong();
    private long flushed;

    DurableCommits(JdbcTemplate jdbc, StorageProperties properties) {
        this.jdbc = jdbc;
        this.singles = properties.flushBeforeAnswer();
    }

    /** Call right after the commit of a single request's rows. */
    public void single() {
        if (singles) {
            awaitFlushed();
        }
    }

    /** Call right after the commit of a batch's rows: returns once they are in the file, or throws. */
    public void batch() {
        awaitFlushed();
    }

    private void awaitFlushed() {
        long mine = committed.incrementAndGet();
        flushing.lock();
        try {
            if (flushed >= mine) {
                return;
            }
            // Every commit counted up to here finished before this flush starts, so the flush covers it.
            long upTo = committed.get();
            try {
                jdbc.execute("CHECKPOINT");
            } catch (DataAccessException e) {
                // Whatever H2 calls it (an I/O error, a closed database), the rows are not in the file.
                throw new DataAccessResourceFailureException("The decision log could not be written to its file: "
                        + e.getMostSpecificCause().getMessage(), e);
            }
            flushed = upTo;
        } finally {
            flushing.unlock();
        }
    }
}
