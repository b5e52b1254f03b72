package com.kpipolicy.audit;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When "stored" means "in the database file". H2 writes committed rows to its file in the background, within its
 * write delay; a process that dies, or a disk that fills, in that window loses rows already answered as stored. A
 * flush (H2's {@code CHECKPOINT}) closes the window: after its commit, an append waits for a flush that began after
 * that commit, and appends that commit while a flush runs share the next one. A batch always waits (one flush per
 * chunk of 100 evaluations costs next to nothing); a single evaluation waits only with
 * {@code kpi.storage.flush-before-answer=true}, since a flush costs about half a millisecond of CPU and on two cores
 * takes single-request throughput down by half (README, Performance). Otherwise this class flushes what single
 * evaluations committed every {@link #INTERVAL_MILLIS} itself, instead of leaving it to H2, whose background writer
 * fails silently: once a flush has failed (a full disk), single evaluations wait for their own flush again, and are
 * refused while it fails, instead of being answered as stored while nothing reaches the file.
 */
@Component
@EnableConfigurationProperties(StorageProperties.class)
public class DurableCommits implements SmartLifecycle {
    static final long INTERVAL_MILLIS = 100;
    private static final Logger log = LoggerFactory.getLogger(DurableCommits.class);

    private final JdbcTemplate jdbc;
    private final boolean singles;
    private final ReentrantLock flushing = new ReentrantLock();
    /** Commits counted so far, and how many of the first of them are known to be in the file (guarded by flushing). */
    private final AtomicLong committed = new AtomicLong();
    private long flushed;
    private volatile boolean lastFlushFailed;
    /** Flushes what single evaluations committed, in the default mode, while the context runs. */
    private ScheduledExecutorService background;

    DurableCommits(JdbcTemplate jdbc, StorageProperties properties) {
        this.jdbc = jdbc;
        this.singles = properties.flushBeforeAnswer();
    }

    /** The flushes begin once the whole context is up: a start that fails leaves no thread behind. */
    @Override
    public synchronized void start() {
        if (!singles && background == null) {
            background = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "decision-log-flush");
                thread.setDaemon(true);
                return thread;
            });
            background.scheduleWithFixedDelay(this::flushPending, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Call right after the commit of a single request's rows. */
    public void single() {
        if (singles || lastFlushFailed) {
            awaitFlushed();
        } else {
            committed.incrementAndGet();
        }
    }

    /**
     * Returns once everything committed so far is in the file, or throws. Call right after the commit of rows that must
     * be on disk before they are answered (a batch's chunk) or that later rows refer to (a ruleset version).
     */
    public void flushNow() {
        awaitFlushed();
    }

    /** Writes what single evaluations committed since the last flush (every {@link #INTERVAL_MILLIS}). */
    void flushPending() {
        try {
            flushUpTo(committed.get());
        } catch (RuntimeException e) {
            log.error("The decision log could not be written to its file; single evaluations are refused until it"
                    + " can: {}", e.getMessage());
        }
    }

    private void awaitFlushed() {
        flushUpTo(committed.incrementAndGet());
    }

    private void flushUpTo(long mine) {
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
                lastFlushFailed = true;
                // Whatever H2 calls it (an I/O error, a closed database), the rows are not in the file.
                throw new DataAccessResourceFailureException("The decision log could not be written to its file: "
                        + e.getMostSpecificCause().getMessage(), e);
            }
            lastFlushFailed = false;
            flushed = upTo;
        } finally {
            flushing.unlock();
        }
    }

    @Override
    public synchronized void stop() {
        if (background != null) {
            background.shutdownNow();
            background = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return background != null;
    }

    /** Started before the web server and stopped after it, so that the last requests' commits are still flushed. */
    @Override
    public int getPhase() {
        return 0;
    }
}
