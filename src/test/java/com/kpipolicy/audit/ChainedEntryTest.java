package com.kpipolicy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rows already stored must keep verifying: the hash is SHA-256 of the whole row as one separated text. */
class ChainedEntryTest {
    private static final LogEntry ENTRY = new LogEntry(UUID.fromString("3918c116-1c9d-4f5e-b075-a403b352fc74"), "E-1001",
            "2025-Q3", "8a79d23f", "SAAS_FUSION", new BigDecimal("96.44"), "B", "FINAL",
            Instant.parse("2026-11-26T17:23:56.256Z"), "anonymous", null, "{\"employeeId\":\"E-1001\",\"note\":\"é\"}",
            "{\"totalScore\":96.44}");

    @Test
    void theHashIsTheShaOfEveryFieldFollowedByTheSeparator() throws Exception {
        String text = String.join("\u001f", "7", ENTRY.id().toString(), "E-1001", "2025-Q3", "8a79d23f", "SAAS_FUSION",
                "96.44", "B", "FINAL", "2026-11-26T17:23:56.256Z", "anonymous", "\u0000", ENTRY.requestJson(),
                ENTRY.responseJson(), ChainedEntry.GENESIS) + "\u001f";
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(ChainedEntry.hash(7, ENTRY, ChainedEntry.GENESIS)).isEqualTo(expected);
    }

    @Test
    void theContentPreparedBeforeTheLockHashesLikeTheWholeRow() {
        assertThat(ChainedEntry.hash(7, ChainedEntry.content(ENTRY), "ab".repeat(32)))
                .isEqualTo(ChainedEntry.hash(7, ENTRY, "ab".repeat(32)));
    }
}
