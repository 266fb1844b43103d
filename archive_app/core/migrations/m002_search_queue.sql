-- Catalogue schema v2: the search index follows the catalogue.
-- Every change to searchable text marks the item it belongs to in search_dirty, in the same
-- transaction, by trigger, so no caller has to remember. The indexer reads the marks, updates
-- the index, and deletes the marks it has handled (seq <= the last one it read). Marks are plain
-- inserts (no uniqueness): a change made while the indexer works gets a higher seq and stays.
-- Deleting a record through a foreign key (ON DELETE CASCADE / SET NULL) fires these too.

CREATE TABLE search_dirty (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    item_kind TEXT NOT NULL,     -- interview, person, place, segment, transcript, photo, document, tag
    item_id TEXT NOT NULL
);

CREATE TRIGGER search_interview_insert AFTER INSERT ON interview
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('interview', new.id); END;
CREATE TRIGGER search_interview_update
AFTER UPDATE OF id, title, date, place_id, summary, keywords ON interview
BEGIN
    INSERT INTO search_dirty (item_kind, item_id) VALUES ('interview', old.id);
    INSERT INTO search_dirty (item_kind, item_id) VALUES ('interview', new.id);
END;
CREATE TRIGGER search_interview_delete AFTER DELETE ON interview
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('interview', old.id); END;

CREATE TRIGGER search_person_insert AFTER INSERT ON person
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('person', new.id); END;
CREATE TRIGGER search_person_update
AFTER UPDATE OF id, name, name_latin, other_names, birth_date, home_place_id ON person
BEGIN
    INSERT INTO search_dirty (item_kind, item_id) VALUES ('person', old.id);
    INSERT INTO search_dirty (item_kind, item_id) VALUES ('person', new.id);
END;
CREATE TRIGGER search_person_delete AFTER DELETE ON person
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('person', old.id); END;

CREATE TRIGGER search_place_insert AFTER INSERT ON place
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('place', new.id); END;
CREATE TRIGGER search_place_update AFTER UPDATE OF id, name, name_latin, parent_id ON place
BEGIN
    INSERT INTO search_dirty (item_kind, item_id) VALUES ('place', old.id);
    INSERT INTO search_dirty (item_kind, item_id) VALUES ('place', new.id);
END;
CREATE TRIGGER search_place_delete AFTER DELETE ON place
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('place', old.id); END;

CREATE TRIGGER search_segment_insert AFTER INSERT ON segment
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('segment', new.id); END;
CREATE TRIGGER search_segment_update
AFTER UPDATE OF id, transcript_id, start_s, speaker, text ON segment
BEGIN
    INSERT INTO search_dirty (item_kind, item_id) VALUES ('segment', old.id);
    INSERT INTO search_dirty (item_kind, item_id) VALUES ('segment', new.id);
END;
CREATE TRIGGER search_segment_delete AFTER DELETE ON segment
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('segment', old.id); END;

-- a transcript moved to another interview carries its segments with it
CREATE TRIGGER search_transcript_update AFTER UPDATE OF interview_id ON transcript
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('transcript', new.id); END;
CREATE TRIGGER search_transcript_delete AFTER DELETE ON transcript
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('transcript', old.id); END;

CREATE TRIGGER search_photo_insert AFTER INSERT ON photo
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('photo', new.id); END;
CREATE TRIGGER search_photo_update
AFTER UPDATE OF id, interview_id, original_name, taken_at, caption, place_id ON photo
BEGIN
    INSERT INTO search_dirty (item_kind, item_id) VALUES ('photo', old.id);
    INSERT INTO search_dirty (item_kind, item_id) VALUES ('photo', new.id);
END;
CREATE TRIGGER search_photo_delete AFTER DELETE ON photo
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('photo', old.id); END;

CREATE TRIGGER search_document_insert AFTER INSERT ON document
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('document', new.id); END;
CREATE TRIGGER search_document_update
AFTER UPDATE OF id, interview_id, original_name, title ON document
BEGIN
    INSERT INTO search_dirty (item_kind, item_id) VALUES ('document', old.id);
    INSERT INTO search_dirty (item_kind, item_id) VALUES ('document', new.id);
END;
CREATE TRIGGER search_document_delete AFTER DELETE ON document
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('document', old.id); END;

-- a renamed tag changes every item it is on; deleting it removes its item_tag rows (cascade)
CREATE TRIGGER search_tag_update AFTER UPDATE OF name ON tag
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('tag', new.id); END;

CREATE TRIGGER search_item_tag_insert AFTER INSERT ON item_tag
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES (new.item_kind, new.item_id); END;
CREATE TRIGGER search_item_tag_update AFTER UPDATE ON item_tag
BEGIN
    INSERT INTO search_dirty (item_kind, item_id) VALUES (old.item_kind, old.item_id);
    INSERT INTO search_dirty (item_kind, item_id) VALUES (new.item_kind, new.item_id);
END;
CREATE TRIGGER search_item_tag_delete AFTER DELETE ON item_tag
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES (old.item_kind, old.item_id); END;

CREATE TRIGGER search_interview_person_insert AFTER INSERT ON interview_person
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('interview', new.interview_id); END;
CREATE TRIGGER search_interview_person_update AFTER UPDATE ON interview_person
BEGIN
    INSERT INTO search_dirty (item_kind, item_id) VALUES ('interview', old.interview_id);
    INSERT INTO search_dirty (item_kind, item_id) VALUES ('interview', new.interview_id);
END;
CREATE TRIGGER search_interview_person_delete AFTER DELETE ON interview_person
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('interview', old.interview_id); END;

CREATE TRIGGER search_photo_person_insert AFTER INSERT ON photo_person
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('photo', new.photo_id); END;
CREATE TRIGGER search_photo_person_update AFTER UPDATE ON photo_person
BEGIN
    INSERT INTO search_dirty (item_kind, item_id) VALUES ('photo', old.photo_id);
    INSERT INTO search_dirty (item_kind, item_id) VALUES ('photo', new.photo_id);
END;
CREATE TRIGGER search_photo_person_delete AFTER DELETE ON photo_person
BEGIN INSERT INTO search_dirty (item_kind, item_id) VALUES ('photo', old.photo_id); END;
