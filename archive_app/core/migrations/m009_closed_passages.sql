-- Closed passages: a stretch of one recording that some audiences may not hear, and whose
-- transcript lines they may not read, because a person asked for it ("not the four minutes about
-- my son's divorce"). Like a consent record it is consent data: its terms never change and it is
-- never deleted. Opening it again is a dated event on the record (which a later closing may undo:
-- closing is always the careful direction). Times are seconds into the recording itself, not
-- into the interview's timeline, so that a recording's place among the others cannot move it.

CREATE TABLE closed_passage (
    id TEXT PRIMARY KEY,
    recording_id TEXT NOT NULL REFERENCES recording(id) ON DELETE RESTRICT,
    start_s REAL NOT NULL CHECK (start_s >= 0),
    end_s REAL NOT NULL CHECK (end_s > start_s),
    audiences TEXT NOT NULL CHECK (json_valid(audiences)),  -- JSON array: closed to these among
                                        -- family, research, public (curators hear everything)
    person_id TEXT NOT NULL REFERENCES person(id) ON DELETE RESTRICT,  -- who asked for it
    asked_on TEXT NOT NULL CHECK (asked_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    opened_on TEXT CHECK (opened_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    opening_reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX closed_passage_recording ON closed_passage(recording_id);
CREATE INDEX closed_passage_person ON closed_passage(person_id);

CREATE TRIGGER closed_passage_audiences_known BEFORE INSERT ON closed_passage
WHEN json_type(NEW.audiences) != 'array' OR json_array_length(NEW.audiences) = 0
    OR EXISTS (SELECT 1 FROM json_each(NEW.audiences)
        WHERE value NOT IN ('family', 'research', 'public'))
BEGIN
    SELECT RAISE(ABORT, 'closed passage audiences: a JSON array of family, research, public');
END;

CREATE TRIGGER closed_passage_no_delete BEFORE DELETE ON closed_passage
BEGIN SELECT RAISE(ABORT, 'closed passages are never deleted: open them again'); END;

CREATE TRIGGER closed_passage_terms_fixed BEFORE UPDATE OF
    id, recording_id, start_s, end_s, audiences, person_id, asked_on, reason, created_at
    ON closed_passage
BEGIN SELECT RAISE(ABORT, 'the terms of a closed passage never change: open it, close anew'); END;

-- What the gate worked out about closed passages is kept while this mark stays put. It moves,
-- in the same transaction, with every change to a fact the passage rules read: the passages
-- themselves, where recordings lie on their interview's timeline, the times and words of
-- transcript lines (words tie photos to lines), where chapters start, and photos' captions and
-- interviews. While no passage exists at all the catalogue's edits leave it alone.
CREATE TABLE closed_passage_mark (
    only INTEGER PRIMARY KEY CHECK (only = 1),  -- one row
    seq INTEGER NOT NULL,
    mark TEXT NOT NULL
);
INSERT INTO closed_passage_mark (only, seq, mark) VALUES (1, 0, lower(hex(randomblob(8))));

CREATE TRIGGER closed_passage_moved_insert AFTER INSERT ON closed_passage
BEGIN UPDATE closed_passage_mark SET seq = seq + 1, mark = lower(hex(randomblob(8))); END;
CREATE TRIGGER closed_passage_moved_update AFTER UPDATE ON closed_passage
BEGIN UPDATE closed_passage_mark SET seq = seq + 1, mark = lower(hex(randomblob(8))); END;

CREATE TRIGGER closed_passage_recording_insert AFTER INSERT ON recording
WHEN EXISTS (SELECT 1 FROM closed_passage)
BEGIN UPDATE closed_passage_mark SET seq = seq + 1, mark = lower(hex(randomblob(8))); END;
CREATE TRIGGER closed_passage_recording_update
AFTER UPDATE OF id, interview_id, duration_s, position, original_name ON recording
WHEN EXISTS (SELECT 1 FROM closed_passage)
BEGIN UPDATE closed_passage_mark SET seq = seq + 1, mark = lower(hex(randomblob(8))); END;
CREATE TRIGGER closed_passage_recording_delete AFTER DELETE ON recording
WHEN EXISTS (SELECT 1 FROM closed_passage)
BEGIN UPDATE closed_passage_mark SET seq = seq + 1, mark = lower(hex(randomblob(8))); END;

CREATE TRIGGER closed_passage_transcript_update AFTER UPDATE OF id, interview_id ON transcript
WHEN EXISTS (SELECT 1 FROM closed_passage)
BEGIN UPDATE closed_passage_mark SET seq = seq + 1, mark = lower(hex(randomblob(8))); END;
CREATE TRIGGER closed_passage_transcript_delete AFTER DELETE ON transcript
WHEN EXISTS (SELECT 1 FROM closed_passage)
BEGIN UPDATE closed_passage_mark SET seq = seq + 1, mark = lower(hex(randomblob(8))); END;

CREATE TRIGGER closed_passage_segment_insert AFTER INSERT ON segment
WHEN EXISTS (SELECT 1 FROM closed_passage)
BEGIN UPDATE closed_passage_mark SET seq = seq + 1, mark = lower(hex(randomblob(8))); END;
CREATE TRIGGER closed_passage_segment_update
AFTER UPDATE OF id, transcript_id, position, start_s, end_s, text ON segment
WHEN EXISTS (SELECT 1 FROM closed_passage)
BEGIN UPDATE closed_passage_mark SET seq = seq + 1, mark = lower(hex(randomblob(8))); END;
CREATE TRIGGER closed_passage_segment_delete AFTER DELETE ON segment
WHEN EXISTS (SELECT 1 FROM closed_passage)
BEGIN UPDATE closed_passage_mark SET seq = seq + 1, mark = lower(hex(randomblob(8))); END;

CREATE TRIGGER closed_passage_section_insert AFTER INSERT ON section
WHEN EXISTS (SELECT 1 FROM closed_passage)
BEGIN UPDATE closed_passage_mark SET seq = seq + 1, mark = lower(hex(randomblob(8))); END;
CREATE TRIGGER closed_passage_section_update AFTER UPDATE OF id, interview_id, start_s ON section
WHEN EXISTS (SELECT 1 FROM closed_passage)
BEGIN UPDATE closed_passage_mark SET seq = seq + 1, mark = lower(hex(randomblob(8))); END;
CREATE TRIGGER closed_passage_section_delete AFTER DELETE ON section
WHEN EXISTS (SELECT 1 FROM closed_passage)
BEGIN UPDATE closed_passage_mark SET seq = seq + 1, mark = lower(hex(randomblob(8))); END;

CREATE TRIGGER closed_passage_photo_insert AFTER INSERT ON photo
WHEN EXISTS (SELECT 1 FROM closed_passage)
BEGIN UPDATE closed_passage_mark SET seq = seq + 1, mark = lower(hex(randomblob(8))); END;
CREATE TRIGGER closed_passage_photo_update AFTER UPDATE OF id, interview_id, caption ON photo
WHEN EXISTS (SELECT 1 FROM closed_passage)
BEGIN UPDATE closed_passage_mark SET seq = seq + 1, mark = lower(hex(randomblob(8))); END;
CREATE TRIGGER closed_passage_photo_delete AFTER DELETE ON photo
WHEN EXISTS (SELECT 1 FROM closed_passage)
BEGIN UPDATE closed_passage_mark SET seq = seq + 1, mark = lower(hex(randomblob(8))); END;
