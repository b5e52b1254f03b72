package com.kpipolicy.impact;

import com.kpipolicy.policy.RuleFile;
import com.kpipolicy.policy.RulesetSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;

/**
 * Who a rules change would affect, before it goes live: the candidate is uploaded as the changed files (each
 * part's filename is the rules file it replaces or adds) or as a zip of a whole rules folder (the part named
 * "rules"). Answers JSON, or Markdown for {@code Accept: text/markdown}.
 */
@RestController
class ImpactController {
    static final String MARKDOWN_VALUE = "text/markdown";
    private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    private static final String ZIP_PART = "rules";

    private final ImpactService service;
    private final ImpactMapper mapper;

    ImpactController(ImpactService service, ImpactMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @PostMapping(value = "/api/v1/rulesets/impact", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MARKDOWN_VALUE})
    ResponseEntity<?> impact(MultipartRequest upload, @RequestParam(required = false) String period,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ImpactReport report = service.analyse(candidate(upload.getMultiFileMap()), blankAsNull(period));
        if (wantsMarkdown(accept)) {
            return ResponseEntity.ok().contentType(MARKDOWN).body(ImpactMarkdown.render(report));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(mapper.toResponse(report));
    }

    private RulesetSource candidate(MultiValueMap<String, MultipartFile> parts) {
        List<MultipartFile> zip = parts.getOrDefault(ZIP_PART, List.of());
        List<RuleFile> changed = new ArrayList<>();
        for (Map.Entry<String, List<MultipartFile>> part : parts.entrySet()) {
            if (!part.getKey().equals(ZIP_PART)) {
                part.getValue().stream().filter(f -> !isEmptyFileField(f))
                        .forEach(f -> changed.add(new RuleFile(CandidateRuleset.safePath(f.getOriginalFilename()), bytes(f))));
            }
        }
        if (zip.isEmpty()) {
            return service.overLive(changed);
        }
        if (zip.size() > 1 || !changed.isEmpty()) {
            throw CandidateUploadException.malformed("Send either one zip of a whole rules folder as the part named"
                    + " 'rules', or the changed files under any other part name, not both.");
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

    /** JSON unless the most preferred acceptable type is Markdown; a wildcard means JSON. */
    static boolean wantsMarkdown(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.getQualityValue() > 0 && type.includes(MediaType.APPLICATION_JSON)) {
                return false;
            }
            if (type.getQualityValue() > 0 && type.includes(MARKDOWN)) {
                return true;
            }
        }
        return false;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
