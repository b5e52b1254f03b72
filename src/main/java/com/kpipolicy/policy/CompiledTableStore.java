package com.kpipolicy.policy;

import com.kpipolicy.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * What decision-table files compiled to (their DRL, layout and warnings), kept in a folder across restarts. Reading a
 * workbook with POI is about a second of a cold start, and the rules compile is the start's critical path; a restart
 * on the same workbooks reads this instead. An entry is named by the file's path and bytes and by the code that
 * compiled it (this product's compiling classes, the rule engine's and POI's jars), so an edit or an upgrade finds
 * none and compiles the workbook again. A missing, unreadable or damaged entry is compiled again too; a folder that
 * cannot be written only costs the next start that second. Tables with errors are not kept, so their messages
 * always come from reading the workbook.
 */
final class CompiledTableStore {
    /** Entries kept; beyond this, those read longest ago are removed when one is added (an edit adds one). */
    static final int KEPT = 256;
    private static final Logger log = LoggerFactory.getLogger(CompiledTableStore.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SUFFIX = ".table.json";
    private static final Pattern JAR = Pattern.compile("[^/!]+\\.jar");
    /** Null if the compiling code could not be read: then nothing is kept, and every start reads the workbooks. */
    private static final String COMPILER = fingerprint();

    private final Path dir;
    private final AtomicBoolean unwritableReported = new AtomicBoolean();

    CompiledTableStore(Path dir) {
        this.dir = dir;
    }

    Optional<RulesetCompiler.TableCompilation> find(String path, String contentHash) {
        if (COMPILER == null) {
            return Optional.empty();
        }
        Path entry = entry(path, contentHash);
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try {
            Entry stored = JSON.readValue(entry.toFile(), Entry.class);
            if (!stored.isWhole(path)) {
                log.warn("Compiled table {} in {} is incomplete and is compiled again", path, dir);
                return Optional.empty();
            }
            touch(entry);
            return Optional.of(stored.compiled());
        } catch (RuntimeException e) {
            // Jackson's own failures and anything else: a cache must never be why the rules do not load.
            log.warn("Compiled table {} in {} is damaged and is compiled again: {}", path, dir, e.getMessage());
            return Optional.empty();
        }
    }

    void keep(String path, String contentHash, RulesetCompiler.TableCompilation compiled) {
        if (COMPILER == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, "writing-", ".tmp");
            try {
                JSON.writeValue(temporary.toFile(), new Entry(path, compiled));
                // A reader sees the whole entry or none: a start that dies while writing leaves only a temporary file.
                Files.move(temporary, entry(path, contentHash), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
            removeOldest();
        } catch (IOException | RuntimeException e) {
            // Once per store: a folder that cannot be written fails the same way for every table of every load.
            if (unwritableReported.compareAndSet(false, true)) {
                log.warn("Compiled tables cannot be kept in {}, so every start reads the workbooks again (first"
                        + " failure, for {}: {})", dir, path, e.toString());
            } else {
                log.debug("Compiled table {} could not be kept in {}: {}", path, dir, e.toString());
            }
        }
    }

    private void removeOldest() throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(dir)) {
            entries = files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList();
        }
        List<Path> oldest = entries.stream().sorted(Comparator.comparing(CompiledTableStore::modified))
                .limit(Math.max(0, entries.size() - KEPT)).toList();
        for (Path entry : oldest) {
            Files.deleteIfExists(entry);
        }
    }

    /** An entry read counts as new, so that the ones removed first are those no start has read for longest. */
    private static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // Read-only: the entry is then only removed sooner.
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private Path entry(String path, String contentHash) {
        String name = COMPILER + '\u0000' + path + '\u0000' + contentHash;
        return dir.resolve(Sha256.hex(name.getBytes(StandardCharsets.UTF_8)) + SUFFIX);
    }

    /** The file's path (to check against), and what it compiled to. */
    record Entry(String file, RulesetCompiler.TableCompilation compiled) {
        /** Every part a compile needs is there: an entry cut short or edited by hand may lack some. */
        boolean isWhole(String path) {
            return path.equals(file) && compiled != null && compiled.problems() != null
                    && compiled.problems().stream().allMatch(p -> p != null && p.severity() != null)
                    && (compiled.layout() != null || path.endsWith(".csv"))
                    && compiled.sheets() != null && !compiled.sheets().isEmpty()
                    && compiled.sheets().stream().allMatch(sheet -> sheet != null && sheet.drl() != null);
        }
    }

    /**
     * The code a table's compilation depends on: the class files of this product's compiling classes (nested ones
     * included), and the jars the rule engine's table compiler and POI come from, whose names carry their versions.
     */
    private static String fingerprint() {
        try {
            MessageDigest digest = Sha256.digest();
            Deque<Class<?>> classes = new ArrayDeque<>(List.of(RulesetCompiler.class, TableLayout.class,
                    TableHeaderCheck.class, RuleCodeSafety.class, WorkbookSafety.class, GeneratedSheet.class,
                    RuleProblem.class, CompiledTableStore.class));
            while (!classes.isEmpty()) {
                Class<?> type = classes.removeFirst();
                classes.addAll(List.of(type.getDeclaredClasses()));
                digest.update(type.getName().getBytes(StandardCharsets.UTF_8));
                String classFile = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
                try (InputStream bytes = type.getResourceAsStream(classFile)) {
                    if (bytes != null) {
                        digest.update(bytes.readAllBytes());
                    }
                }
            }
            for (Class<?> library : List.of(SpreadsheetCompiler.class, Workbook.class)) {
                digest.update(jarName(library).getBytes(StandardCharsets.UTF_8));
            }
            return Sha256.hex(digest);
        } catch (IOException | RuntimeException e) {
            log.warn("Compiled tables are not kept across restarts: the compiling classes could not be read ({})",
                    e.toString());
            return null;
        }
    }

    private static String jarName(Class<?> type) {
        URL location = type.getProtectionDomain().getCodeSource() == null ? null
                : type.getProtectionDomain().getCodeSource().getLocation();
        String where = location == null ? type.getName() : location.toString();
        Matcher jar = JAR.matcher(where);
        String name = where;
        while (jar.find()) {
            name = jar.group();
        }
        return name;
    }

}
