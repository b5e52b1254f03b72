package com.kpipolicy.web.idempotency;

import java.time.Instant;

/** A claimed key: its payload's fingerprint and, once the first request has finished, its answer. */
record StoredAnswer(String fingerprint, Integer status, String contentType, String location, String body,
                    Instant createdAt) {

    boolean inFlight() {
        return status == null;
    }
}
