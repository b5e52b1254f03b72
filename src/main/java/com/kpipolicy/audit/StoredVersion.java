package com.kpipolicy.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A ruleset version as stored: when it was first loaded, when it last became the live one, and
 * from when it applies (null = always).
 */
public record StoredVersion(String version, Instant firstLoadedAt, Instant activatedAt, LocalDate effectiveFrom) {
}
