package com.kpipolicy.web.idempotency;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The header's value: an RFC 8941 String as the draft has it ("…": printable ASCII, space included, with \" and \\
 * for a quote and a backslash), or, leniently, a bare key of visible ASCII without space, quote or backslash, so that
 * nothing bare could be a broken String. 1 to 255 characters either way. Several Idempotency-Key lines make one
 * value joined by commas (RFC 9110), which is neither form: refused.
 */
final class IdempotencyKeyHeader {
    private static final int MAX_LENGTH = 255;
    private static final Pattern BARE = Pattern.compile("[\\x21-\\x7E&&[^\"\\\\]]{1," + MAX_LENGTH + "}");

    private IdempotencyKeyHeader() {
    }

    static Optional<String> parse(List<String> lines) {
        String value = String.join(", ", lines).strip();
        if (!value.startsWith("\"")) {
            return BARE.matcher(value).matches() ? Optional.of(value) : Optional.empty();
        }
        StringBuilder key = new StringBuilder();
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                // The closing quote ends the value: nothing may follow it (no parameters, no second key).
                boolean fits = i == value.length() - 1 && !key.isEmpty() && key.length() <= MAX_LENGTH;
                return fits ? Optional.of(key.toString()) : Optional.empty();
            }
            if (c == '\\') {
                i++;
                if (i == value.length() || value.charAt(i) != '"' && value.charAt(i) != '\\') {
                    return Optional.empty();
                }
                c = value.charAt(i);
            } else if (c < 0x20 || c > 0x7E) {
                return Optional.empty();
            }
            key.append(c);
        }
        return Optional.empty();
    }
}
