package com.kpipolicy.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A multipart/form-data body as a browser's upload form would send it: file parts and plain fields. */
public final class Multipart {
    private static final String BOUNDARY = "----kpi-policy-test-boundary";
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    public Multipart file(String part, String filename, String contentType, byte[] content) {
        text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        text("\r\n");
        return this;
    }

    /** The file at {@code path}, sent under its own name, as the analyst's browser would. */
    public Multipart file(String part, Path path) {
        try {
            return file(part, path.getFileName().toString(), "application/octet-stream", Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip of every file of {@code folder}, each named {@code prefix} + its file name, as "Compress folder" makes. */
    public static byte[] zipOf(Path folder, String prefix) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); var files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                zip.putNextEntry(new ZipEntry(prefix + file.getFileName()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A body that says it is multipart/form-data, as a client that gets multipart wrong sends it. */
    public record Malformed(String name, String contentType, byte[] body) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Bodies that claim multipart/form-data but cannot be read as it. */
    public static List<Malformed> malformed() {
        String part = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"";
        return List.of(
                new Malformed("no boundary", "multipart/form-data", utf8("{}")),
                new Malformed("a body cut short", new Multipart().contentType(),
                        utf8(part + "weights.drl.xlsx\"\r\n\r\nPK")),
                new Malformed("a NUL in a file name", new Multipart().contentType(),
                        utf8(part + "weights\0.drl.xlsx\"\r\n\r\nPK\r\n--" + BOUNDARY + "--\r\n")));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public Multipart field(String name, String value) {
        text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream done = new ByteArrayOutputStream();
        done.writeBytes(body.toByteArray());
        done.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return done.toByteArray();
    }

    private void text(String s) {
        body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
