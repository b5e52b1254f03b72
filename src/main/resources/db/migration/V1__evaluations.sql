-- Every ruleset that was ever loaded, by content hash, with the exact bytes of its files,
-- so an evaluation can be replayed under the rules that were in force years later.
CREATE TABLE ruleset_version (
    version         CHAR(64)                 NOT NULL PRIMARY KEY,
    first_loaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- When this version last became the live one (a reverted edit brings an old version back).
    activated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    effective_from  DATE
);

CREATE TABLE ruleset_file (
    version CHAR(64)      NOT NULL REFERENCES ruleset_version (version),
    path    VARCHAR(500)  NOT NULL,
    sha256  CHAR(64)      NOT NULL,
    content BLOB          NOT NULL,
    PRIMARY KEY (version, path)
);

-- The decision log. Rows are only ever inserted; a correction is a new row that names the row
-- it supersedes. Each row's hash covers its content and the previous row's hash (by seq).
CREATE TABLE evaluation (
    id              UUID           NOT NULL PRIMARY KEY,
    seq             BIGINT         NOT NULL UNIQUE,
    employee_id     VARCHAR(64)    NOT NULL,
    period          VARCHAR(16)    NOT NULL,
    ruleset_version CHAR(64)       NOT NULL REFERENCES ruleset_version (version),
    plan_id         VARCHAR(128)   NOT NULL,
    total_score     DECIMAL(12, 2) NOT NULL,
    grade           VARCHAR(16)    NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    evaluated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    caller          VARCHAR(128)   NOT NULL,
    supersedes      UUID,
    request_json    CLOB           NOT NULL,
    response_json   CLOB           NOT NULL,
    prev_hash       CHAR(64)       NOT NULL,
    row_hash        CHAR(64)       NOT NULL
);

CREATE INDEX evaluation_employee_period ON evaluation (employee_id, period);
CREATE INDEX evaluation_period ON evaluation (period, evaluated_at);
