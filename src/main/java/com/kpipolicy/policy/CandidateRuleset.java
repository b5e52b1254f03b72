package com.kpipolicy.policy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of a candidate ruleset as uploaded: changed files laid over the live ruleset's files, or a zip of a
 * whole rules folder. Names are checked before use and a zip is read within limits, so an upload can neither
 * reach outside the folder nor inflate without bound.
 */
public final class CandidateRuleset {
    static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ZIP_ENTRIES = 200;
    private static final Pattern SAFE_SEGMENT = Pattern.compile("[^/\\\\:\\p{Cntrl}]+");

    private CandidateRuleset() {
    }

    /** The live files, with each uploaded file replacing the one of the same path or added beside them. */
    static RulesetSource overLive(RulesetSource live, List<RuleFile> changed) {
        if (changed.isEmpty()) {
            throw CandidateUploadException.malformed("No rule files were uploaded: send each changed file as a part"
                    + " whose filename is the rules file it replaces or adds, or a zip of a whole rules folder as the"
                    + " part named 'rules'.");
        }
        Map<String, RuleFile> files = new LinkedHashMap<>();
        live.files().forEach(f -> files.put(f.path(), f));
        for (RuleFile file : changed) {
            String path = safePath(file.path());
            if (!RulesetSource.isEditorClutter(fileName(path))) {
                files.put(path, new RuleFile(path, file.content()));
            }
        }
        return RulesetSource.of(new ArrayList<>(files.values()));
    }

    /** A whole rules folder; a single top folder in the zip (as "Compress folder" makes) is the rules folder. */
    static RulesetSource fromZip(InputStream upload) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        int entries = 0;
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(upload)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw CandidateUploadException.tooLarge("The zip has more than " + MAX_ZIP_ENTRIES + " entries.");
                }
                String name = entry.getName();
                String path = safePath(entry.isDirectory() ? name.substring(0, name.length() - 1) : name);
                byte[] content = readAtMost(zip, MAX_BYTES - total);
                total += content.length;
                if (entry.isDirectory() || isClutter(path)) {
                    continue;
                }
                if (files.put(path, content) != null) {
                    throw CandidateUploadException.malformed("The zip holds " + path + " twice.");
                }
            }
        } catch (IOException e) {
            throw CandidateUploadException.malformed("The part named 'rules' is not a readable zip file: " + e.getMessage());
        }
        if (entries == 0) {
            throw CandidateUploadException.malformed("The part named 'rules' is not a zip file (or an empty one).");
        }
        if (files.isEmpty()) {
            throw CandidateUploadException.malformed("The zip holds no rule files.");
        }
        String top = singleTopFolder(files.keySet());
        List<RuleFile> rules = new ArrayList<>();
        files.forEach((path, content) -> rules.add(new RuleFile(top == null ? path : path.substring(top.length()), content)));
        return RulesetSource.of(rules);
    }

    /** A relative path inside the folder: '/'-separated names, none of them empty, "." or "..". */
    static String safePath(String name) {
        if (name == null || name.isBlank()) {
            throw CandidateUploadException.malformed("An uploaded file has no name: name each file after the rules"
                    + " file it replaces or adds, e.g. weights.drl.xlsx.");
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")
                    || !SAFE_SEGMENT.matcher(segment).matches()) {
                throw CandidateUploadException.malformed("The file name '" + printable(name) + "' is not allowed:"
                        + " use a path inside the rules folder, such as weights.drl.xlsx, with no '..', no leading '/',"
                        + " no '\\' and no ':'.");
            }
        }
        return name;
    }

    private static boolean isClutter(String path) {
        return path.startsWith("__MACOSX/") || RulesetSource.isEditorClutter(fileName(path));
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String singleTopFolder(Iterable<String> paths) {
        String top = null;
        for (String path : paths) {
            int slash = path.indexOf('/');
            if (slash < 0 || top != null && !path.startsWith(top)) {
                return null;
            }
            top = path.substring(0, slash + 1);
        }
        return top;
    }

    // Counts what is actually inflated, not what the entry claims, so a zip bomb stops at the limit.
    private static byte[] readAtMost(InputStream in, long allowed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            if (out.size() + (long) n > allowed) {
                throw CandidateUploadException.tooLarge("The zip's files add up to more than "
                        + MAX_BYTES / (1024 * 1024) + " MB once unpacked.");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String printable(String name) {
        String shown = name.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 80 ? shown.substring(0, 80) + "…" : shown;
    }
}
