-- Idempotency-Key (IETF httpapi draft), per caller. The first request with a key claims it by inserting
-- its row: the primary key is the lock, so of many identical requests exactly one runs. A row without a
-- status is still running; a row with one holds the answer that every retry gets back.
CREATE TABLE idempotency_key (
    caller       VARCHAR(128)             NOT NULL,
    idem_key     VARCHAR(255)             NOT NULL,
    payload_hash CHAR(64)                 NOT NULL,
    status       INT,
    content_type VARCHAR(100),
    location     VARCHAR(1000),
    response     CLOB,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (caller, idem_key)
);

CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
