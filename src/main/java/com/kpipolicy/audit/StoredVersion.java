package com.kpipolicy.audit;

import java.time.Instant;
import java.time.LocalDate;

/** A ruleset version as stored: when it was first loaded and from when it applies (null = always). */
public record StoredVersion(String version, Instant firstLoadedAt, LocalDate effectiveFrom) {
}
