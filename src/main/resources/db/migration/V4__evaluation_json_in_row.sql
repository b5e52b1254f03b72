-- A request and its answer are a few kilobytes (requests are bounded by the request limits). Kept in the row
-- instead of H2's separate LOB store, an evaluation is stored with one write instead of three; the text, and so
-- every row hash, is unchanged.
ALTER TABLE evaluation ALTER COLUMN request_json SET DATA TYPE CHARACTER VARYING(1000000);
ALTER TABLE evaluation ALTER COLUMN response_json SET DATA TYPE CHARACTER VARYING(1000000);
