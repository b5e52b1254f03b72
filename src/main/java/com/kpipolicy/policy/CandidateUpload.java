package com.kpipolicy.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

/**
 * Candidate rules sent over HTTP (validate, impact): either the changed files, each part's filename being the
 * rules file it replaces or adds over the rules in force, or a zip of a whole rules folder as the part named
 * {@value #ZIP_PART}. Nothing is written to disk and nothing live changes.
 */
@Component
public class CandidateUpload {
    public static final String ZIP_PART = "rules";

    private final ActivePolicy active;

    CandidateUpload(ActivePolicy active) {
        this.active = active;
    }

    public RulesetSource read(MultiValueMap<String, MultipartFile> parts) {
        List<MultipartFile> zip = parts.getOrDefault(ZIP_PART, List.of());
        List<RuleFile> changed = new ArrayList<>();
        for (Map.Entry<String, List<MultipartFile>> part : parts.entrySet()) {
            if (!part.getKey().equals(ZIP_PART)) {
                part.getValue().stream().filter(f -> !isEmptyFileField(f))
                        .forEach(f -> changed.add(new RuleFile(CandidateRuleset.safePath(f.getOriginalFilename()), bytes(f))));
            }
        }
        if (zip.isEmpty()) {
            return CandidateRuleset.overLive(active.current().source(), changed);
        }
        if (zip.size() > 1 || !changed.isEmpty()) {
            throw CandidateUploadException.malformed("Send either one zip of a whole rules folder as the part named"
                    + " '" + ZIP_PART + "', or the changed files under any other part name, not both.");
        }
        try (InputStream in = zip.get(0).getInputStream()) {
            return CandidateRuleset.fromZip(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // A browser's file field left empty is sent as a part with no filename and no content.
    private static boolean isEmptyFileField(MultipartFile file) {
        return (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()) && file.isEmpty();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
