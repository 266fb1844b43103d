-- Catalogue schema v7: search filters by language and transcript tier.
-- An interview's language and a transcript's tier and language are search facets now: a change
-- to them marks what they describe for the indexer, in the same transaction.

CREATE TRIGGER IF NOT EXISTS search_interview_language AFTER UPDATE OF language ON interview
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('interview', new.id); END;

CREATE TRIGGER IF NOT EXISTS search_transcript_facets AFTER UPDATE OF tier, language ON transcript
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('transcript', new.id); END;
