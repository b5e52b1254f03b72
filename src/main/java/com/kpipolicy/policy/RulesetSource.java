package com.kpipolicy.policy;

import com.kpipolicy.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The exact bytes of a rules folder, and the version that names them: a SHA-256 over every
 * file's relative path and content, in path order, so the same files give the same version
 * on any machine.
 */
public record RulesetSource(String version, List<RuleFile> files) {

    public static RulesetSource of(List<RuleFile> files) {
        List<RuleFile> sorted = files.stream().sorted(Comparator.comparing(RuleFile::path)).toList();
        return new RulesetSource(hash(sorted), sorted);
    }

    public static RulesetSource read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RulesetRejectedException(List.of(RuleProblem.error(folder.toString(), null, null,
                    "The rules folder does not exist or is not a folder: " + folder.toAbsolutePath())));
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<RuleFile> files = walk.filter(Files::isRegularFile)
                    .filter(p -> !isEditorClutter(p.getFileName().toString()))
                    .map(p -> new RuleFile(folder.relativize(p).toString().replace('\\', '/'), readAll(p)))
                    .toList();
            return of(files);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rules folder " + folder.toAbsolutePath(), e);
        }
    }

    public Optional<RuleFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** Lock and backup files that Excel and LibreOffice leave beside an open workbook, and hidden files. */
    public static boolean isEditorClutter(String name) {
        return name.startsWith("~$") || name.startsWith(".~lock.") || name.startsWith(".") || name.endsWith("~");
    }

    private static byte[] readAll(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rule file " + p, e);
        }
    }

    private static String hash(List<RuleFile> files) {
        MessageDigest sha = Sha256.digest();
        for (RuleFile f : files) {
            sha.update(f.path().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Long.toString(f.content().length).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(f.content());
        }
        return Sha256.hex(sha);
    }
}
