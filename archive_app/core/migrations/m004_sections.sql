-- Catalogue schema v4: the index layer of an interview, as in an oral-history index.
-- A section is a named stretch of an interview: where it starts (seconds on the interview's
-- timeline, which runs through its recordings in order), a title, a synopsis and keywords. A
-- section ends where the next one starts, so no end is stored that could disagree with it.

CREATE TABLE section (
    id TEXT PRIMARY KEY,
    interview_id TEXT NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
    start_s REAL NOT NULL CHECK (start_s >= 0),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    synopsis TEXT NOT NULL DEFAULT '',
    keywords TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(keywords)),  -- JSON array of strings
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX section_interview ON section(interview_id, start_s);

-- Sections are found through their interview: a change marks the interview for the indexer.
CREATE TRIGGER search_section_insert AFTER INSERT ON section
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('interview', new.interview_id); END;
CREATE TRIGGER search_section_update AFTER UPDATE ON section
BEGIN
    INSERT INTO search_dirty (item_kind, item_id) VALUES ('interview', old.interview_id);
    INSERT INTO search_dirty (item_kind, item_id) VALUES ('interview', new.interview_id);
END;
CREATE TRIGGER search_section_delete AFTER DELETE ON section
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('interview', old.interview_id); END;
