package com.kpipolicy.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One decision as logged: enough to find it, to replay it, and to prove it was not altered. */
public record LogEntry(UUID id, String employeeId, String period, String rulesetVersion, String planId,
                       BigDecimal totalScore, String grade, String status, Instant evaluatedAt, String caller,
                       UUID supersedes, String requestJson, String responseJson) {
}
