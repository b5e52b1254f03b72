-- Callers' keys generated on first start when no users are configured. Only BCrypt hashes are kept:
-- the keys themselves are shown once, in the log of that start.
CREATE TABLE api_credential (
    name          VARCHAR(128)             NOT NULL PRIMARY KEY,
    password_hash VARCHAR(100)             NOT NULL,
    roles         VARCHAR(200)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
