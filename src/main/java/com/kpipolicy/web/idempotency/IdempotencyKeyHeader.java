package com.kpipolicy.web.idempotency;

import java.util.Optional;
import java.util.regex.Pattern;

/** The header's value: an RFC 8941 string ("…") as the draft writes it, or, leniently, the bare text. */
final class IdempotencyKeyHeader {
    private static final Pattern VISIBLE = Pattern.compile("[\\x20-\\x7E]{1,255}");

    private IdempotencyKeyHeader() {
    }

    static Optional<String> parse(String header) {
        String value = header.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return VISIBLE.matcher(value).matches() && !value.isBlank() ? Optional.of(value) : Optional.empty();
    }
}
