package com.kpipolicy.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a workbook's bytes before anything parses them: size, a zip that inflates far beyond
 * its size (a zip bomb), links to other workbooks or data sources, and XML entity declarations.
 */
final class WorkbookSafety {
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    static final long MAX_UNZIPPED_BYTES = 50L * 1024 * 1024;
    static final int MAX_ENTRIES = 1000;
    static final int MAX_RATIO = 100;

    List<RuleProblem> check(RuleFile file) {
        List<RuleProblem> problems = new ArrayList<>();
        if (file.content().length > MAX_FILE_BYTES) {
            problems.add(error(file, "The file is " + file.content().length / 1024 + " KB; rule files may be at most "
                    + MAX_FILE_BYTES / 1024 / 1024 + " MB. Remove what the rules do not need (pictures, other sheets)."));
            return problems;
        }
        if (!file.path().endsWith(".xlsx")) {
            return problems;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.content()), StandardCharsets.UTF_8)) {
            long total = 0;
            int entries = 0;
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    problems.add(error(file, "The workbook holds more than " + MAX_ENTRIES + " parts: it is not a plain table."));
                    break;
                }
                String name = entry.getName();
                if (name.startsWith("xl/externalLinks/") || name.equals("xl/connections.xml")) {
                    problems.add(error(file, "The workbook links to another workbook or an external data source ("
                            + name + "). Rules must not depend on anything outside this folder: break the links"
                            + " (Data > Edit Links > Break Link) and save again."));
                }
                byte[] content = readLimited(zip, MAX_UNZIPPED_BYTES - total);
                total += content.length;
                if (total >= MAX_UNZIPPED_BYTES || (entry.getCompressedSize() > 0
                        && content.length > 1024 * 1024 && content.length / Math.max(1, entry.getCompressedSize()) > MAX_RATIO)) {
                    problems.add(error(file, "The workbook unpacks to far more than its size (a 'zip bomb'); it is refused."));
                    break;
                }
                if ((name.endsWith(".xml") || name.endsWith(".rels")) && declaresEntities(content)) {
                    problems.add(error(file, "The part " + name + " declares XML entities (<!DOCTYPE/<!ENTITY>), which Excel"
                            + " never writes; the workbook is refused. Save it again from Excel or LibreOffice."));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Not a zip at all: the table compiler reports it as not a workbook.
        }
        return problems;
    }

    private static boolean declaresEntities(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8);
        return head.contains("<!DOCTYPE") || head.contains("<!ENTITY");
    }

    private static byte[] readLimited(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, limit) + 1));
    }

    private static RuleProblem error(RuleFile file, String message) {
        return RuleProblem.error(file.path(), null, null, message);
    }
}
