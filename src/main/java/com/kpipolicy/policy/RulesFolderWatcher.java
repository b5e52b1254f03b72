package com.kpipolicy.policy;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reloads the rules when a file in the rules folder changes. Excel and LibreOffice save through
 * temporary files in several steps, so a reload waits until the folder has been quiet for a while.
 * Off with {@code kpi.rules.watch=false}; {@code POST /api/v1/rulesets/reload} works either way.
 */
@Component
class RulesFolderWatcher implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(RulesFolderWatcher.class);

    private final RulesProperties properties;
    private final RulesetReloader reloader;
    private final boolean enabled;
    private final long quietMillis;
    private ScheduledExecutorService scheduler;
    private ScheduledExecutorService debounce;
    private WatchService watcher;
    private ScheduledFuture<?> pending;
    private volatile boolean running;

    RulesFolderWatcher(RulesProperties properties, RulesetReloader reloader,
                       @Value("${kpi.rules.watch:true}") boolean enabled,
                       @Value("${kpi.rules.watch-quiet-millis:1500}") long quietMillis) {
        this.properties = properties;
        this.reloader = reloader;
        this.enabled = enabled;
        this.quietMillis = quietMillis;
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        try {
            watcher = FileSystems.getDefault().newWatchService();
            properties.dir().register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            log.warn("Not watching {} for changes ({}); use POST /api/v1/rulesets/reload", properties.dir(), e.getMessage());
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "rules-watcher");
            thread.setDaemon(true);
            return thread;
        });
        // A second thread for the delayed reloads: the watch loop occupies the first.
        debounce = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "rules-reload");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        scheduler.execute(this::watch);
    }

    private void watch() {
        while (running) {
            try {
                WatchKey key = watcher.take();
                key.pollEvents();
                key.reset();
                scheduleReload();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private synchronized void scheduleReload() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = debounce.schedule(this::reloadQuietly, quietMillis, TimeUnit.MILLISECONDS);
    }

    private void reloadQuietly() {
        try {
            reloader.reload();
        } catch (RuntimeException e) {
            log.warn("Rules reload after a change failed unexpectedly", e);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (scheduler != null) {
            scheduler.shutdownNow();
            debounce.shutdownNow();
        }
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            log.debug("Closing the rules watcher", e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
