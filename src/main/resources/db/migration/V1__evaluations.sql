-- Stored evaluations. response_json is what was answered, returned unchanged by GET.
CREATE TABLE evaluation (
    id              UUID          NOT NULL PRIMARY KEY,
    employee_id     VARCHAR(64)   NOT NULL,
    period          VARCHAR(16)   NOT NULL,
    ruleset_version CHAR(64)      NOT NULL,
    plan_id         VARCHAR(128)  NOT NULL,
    total_score     DECIMAL(12, 2) NOT NULL,
    grade           VARCHAR(16)   NOT NULL,
    evaluated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    request_json    CLOB          NOT NULL,
    response_json   CLOB          NOT NULL
);

CREATE INDEX evaluation_employee_period ON evaluation (employee_id, period);
