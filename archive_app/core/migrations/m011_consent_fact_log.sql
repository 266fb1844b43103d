-- Repair: the log of changes to the facts the consent rules read, for catalogues that lack it.
-- m003 was changed after it was released: the log below (table, triggers, the narrators' index)
-- was added to it, so an archive made by an early version 3 reached every later version
-- without it, and its consent gate re-read every fact on every question. This puts in what
-- m003 puts in today, each object only where it is missing; on a catalogue that has the log it
-- changes nothing. The definitions are m003's, copied here so that this migration stays what it
-- is whatever m003 becomes.

CREATE TABLE IF NOT EXISTS consent_fact_change (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    mark TEXT NOT NULL DEFAULT (lower(hex(randomblob(8)))),
    person_id TEXT,                     -- whose consent records or birth date changed
    item_id TEXT                        -- which interview or photo changed
);
-- the first note marks this catalogue, so that two catalogues never look alike to a reader
-- (only in a log made just now: a log that was there keeps its notes as they are)
INSERT INTO consent_fact_change (person_id, item_id)
SELECT NULL, NULL WHERE NOT EXISTS (SELECT 1 FROM consent_fact_change);

CREATE TRIGGER IF NOT EXISTS consent_fact_change_keep_latest AFTER INSERT ON consent_fact_change
WHEN NEW.seq % 1000 = 0
BEGIN DELETE FROM consent_fact_change WHERE seq <= NEW.seq - 10000; END;

CREATE TRIGGER IF NOT EXISTS consent_fact_consent_insert AFTER INSERT ON consent
BEGIN INSERT INTO consent_fact_change (person_id) VALUES (NEW.person_id); END;
-- The terms never change (see above) but a withdrawal does; every column the rules read is
-- named, so the log stays right should the terms ever become editable. Updates here and below
-- are noted only when a value really changes: an edit form writing back every field unchanged
-- leaves the answers as they were.
CREATE TRIGGER IF NOT EXISTS consent_fact_consent_update AFTER UPDATE ON consent
WHEN OLD.id IS NOT NEW.id OR OLD.person_id IS NOT NEW.person_id OR OLD.date IS NOT NEW.date
    OR OLD.given_by IS NOT NEW.given_by OR OLD.assent IS NOT NEW.assent
    OR OLD.audiences IS NOT NEW.audiences OR OLD.scope IS NOT NEW.scope
    OR OLD.pseudonym IS NOT NEW.pseudonym OR OLD.show_face IS NOT NEW.show_face
    OR OLD.embargo_until IS NOT NEW.embargo_until OR OLD.withdrawn_on IS NOT NEW.withdrawn_on
BEGIN
    INSERT INTO consent_fact_change (person_id) SELECT OLD.person_id UNION SELECT NEW.person_id;
END;
CREATE TRIGGER IF NOT EXISTS consent_fact_consent_delete AFTER DELETE ON consent
BEGIN INSERT INTO consent_fact_change (person_id) VALUES (OLD.person_id); END;

CREATE TRIGGER IF NOT EXISTS consent_fact_consent_item_insert AFTER INSERT ON consent_item
BEGIN
    INSERT INTO consent_fact_change (person_id)
    SELECT person_id FROM consent WHERE id = NEW.consent_id;
END;
CREATE TRIGGER IF NOT EXISTS consent_fact_consent_item_update AFTER UPDATE ON consent_item
BEGIN
    INSERT INTO consent_fact_change (person_id)
    SELECT person_id FROM consent WHERE id IN (OLD.consent_id, NEW.consent_id);
END;
CREATE TRIGGER IF NOT EXISTS consent_fact_consent_item_delete AFTER DELETE ON consent_item
BEGIN
    INSERT INTO consent_fact_change (person_id)
    SELECT person_id FROM consent WHERE id = OLD.consent_id;
END;

-- A person's age decides whether they were a minor. A new person features in nothing yet; a
-- deleted one takes their links along, and those deletions are noted below.
CREATE TRIGGER IF NOT EXISTS consent_fact_person_update AFTER UPDATE OF id, birth_date ON person
WHEN OLD.id IS NOT NEW.id OR OLD.birth_date IS NOT NEW.birth_date
BEGIN
    INSERT INTO consent_fact_change (person_id) SELECT OLD.id UNION SELECT NEW.id;
END;

-- An interview's date, and its narrators, also count for its photos: the gate re-reads those.
CREATE TRIGGER IF NOT EXISTS consent_fact_interview_insert AFTER INSERT ON interview
BEGIN INSERT INTO consent_fact_change (item_id) VALUES (NEW.id); END;
CREATE TRIGGER IF NOT EXISTS consent_fact_interview_update AFTER UPDATE OF id, date ON interview
WHEN OLD.id IS NOT NEW.id OR OLD.date IS NOT NEW.date
BEGIN INSERT INTO consent_fact_change (item_id) SELECT OLD.id UNION SELECT NEW.id; END;
CREATE TRIGGER IF NOT EXISTS consent_fact_interview_delete AFTER DELETE ON interview
BEGIN INSERT INTO consent_fact_change (item_id) VALUES (OLD.id); END;

-- Only narrators are featured; interviewers and people mentioned are not.
CREATE TRIGGER IF NOT EXISTS consent_fact_narrator_insert AFTER INSERT ON interview_person
WHEN NEW.role = 'narrator'
BEGIN INSERT INTO consent_fact_change (item_id) VALUES (NEW.interview_id); END;
CREATE TRIGGER IF NOT EXISTS consent_fact_narrator_update AFTER UPDATE ON interview_person
WHEN OLD.role = 'narrator' OR NEW.role = 'narrator'
BEGIN
    INSERT INTO consent_fact_change (item_id)
    SELECT OLD.interview_id UNION SELECT NEW.interview_id;
END;
CREATE TRIGGER IF NOT EXISTS consent_fact_narrator_delete AFTER DELETE ON interview_person
WHEN OLD.role = 'narrator'
BEGIN INSERT INTO consent_fact_change (item_id) VALUES (OLD.interview_id); END;

CREATE TRIGGER IF NOT EXISTS consent_fact_photo_insert AFTER INSERT ON photo
BEGIN INSERT INTO consent_fact_change (item_id) VALUES (NEW.id); END;
CREATE TRIGGER IF NOT EXISTS consent_fact_photo_update AFTER UPDATE OF id, interview_id, taken_at ON photo
WHEN OLD.id IS NOT NEW.id OR OLD.interview_id IS NOT NEW.interview_id
    OR OLD.taken_at IS NOT NEW.taken_at
BEGIN INSERT INTO consent_fact_change (item_id) SELECT OLD.id UNION SELECT NEW.id; END;
CREATE TRIGGER IF NOT EXISTS consent_fact_photo_delete AFTER DELETE ON photo
BEGIN INSERT INTO consent_fact_change (item_id) VALUES (OLD.id); END;

CREATE TRIGGER IF NOT EXISTS consent_fact_depicted_insert AFTER INSERT ON photo_person
BEGIN INSERT INTO consent_fact_change (item_id) VALUES (NEW.photo_id); END;
CREATE TRIGGER IF NOT EXISTS consent_fact_depicted_update AFTER UPDATE ON photo_person
BEGIN
    INSERT INTO consent_fact_change (item_id) SELECT OLD.photo_id UNION SELECT NEW.photo_id;
END;
CREATE TRIGGER IF NOT EXISTS consent_fact_depicted_delete AFTER DELETE ON photo_person
BEGIN INSERT INTO consent_fact_change (item_id) VALUES (OLD.photo_id); END;

-- The gate reads every interview's narrators at once: an index of narrators alone spares it
-- scanning the interviewers and the people mentioned too.
CREATE INDEX IF NOT EXISTS interview_narrator ON interview_person(interview_id, person_id)
WHERE role = 'narrator';
