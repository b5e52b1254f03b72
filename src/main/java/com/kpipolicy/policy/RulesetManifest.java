package com.kpipolicy.policy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Properties;

/**
 * What rules/ruleset.properties declares about the ruleset as a whole: the day it takes effect
 * (periods starting on or after it are evaluated with it; none = at once, for every period).
 */
public record RulesetManifest(LocalDate effectiveFrom) {
    public static final String FILE = "ruleset.properties";

    static RulesetManifest read(RulesetSource source, List<RuleProblem> problems) {
        return source.file(FILE).map(f -> parse(new String(f.content(), StandardCharsets.UTF_8), problems))
                .orElse(new RulesetManifest(null));
    }

    private static RulesetManifest parse(String text, List<RuleProblem> problems) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(RuleProblem.error(FILE, null, null, "The file cannot be read as key=value lines: " + e.getMessage()));
            return new RulesetManifest(null);
        }
        String value = properties.getProperty("effectiveFrom", "").trim();
        if (value.isEmpty()) {
            return new RulesetManifest(null);
        }
        try {
            return new RulesetManifest(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            problems.add(RuleProblem.error(FILE, null, "effectiveFrom", "'" + value
                    + "' is not a date: write it as YYYY-MM-DD, e.g. effectiveFrom=2026-01-01, or leave it empty."));
            return new RulesetManifest(null);
        }
    }
}
