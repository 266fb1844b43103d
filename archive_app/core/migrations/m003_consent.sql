-- Consent records: who agreed to what, for which audiences, from when, and until when.
-- A record is never deleted and its terms never change: a change of mind is a withdrawal (a dated
-- event on the record) followed, if need be, by a new record. Dates are full 'YYYY-MM-DD'.

CREATE TABLE consent (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    given_by TEXT NOT NULL DEFAULT 'self' CHECK (given_by IN ('self', 'guardian')),
    guardian_id TEXT REFERENCES person(id) ON DELETE RESTRICT,
    guardian_name TEXT,
    relationship TEXT,                  -- of the guardian to the person, e.g. 'grandmother'
    assent TEXT CHECK (assent IN ('yes', 'no')),   -- the child's own assent; NULL: not recorded
    audiences TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(audiences)),  -- JSON array: the
                                        -- audiences allowed among family, research, public
    scope TEXT NOT NULL DEFAULT 'all' CHECK (scope IN ('all', 'items')),  -- 'items': consent_item
    pseudonym TEXT,                     -- NULL: the real name may be shown
    show_face INTEGER NOT NULL DEFAULT 1 CHECK (show_face IN (0, 1)),
    embargo_until TEXT CHECK (embargo_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    form_document_id TEXT REFERENCES document(id) ON DELETE RESTRICT,  -- the signed form
    verbal_recording_id TEXT REFERENCES recording(id) ON DELETE RESTRICT,  -- or consent on tape
    verbal_start_s REAL,
    verbal_end_s REAL,
    notes TEXT NOT NULL DEFAULT '',
    withdrawn_on TEXT CHECK (withdrawn_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    withdrawal_reason TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (given_by = 'guardian' OR (guardian_id IS NULL AND guardian_name IS NULL)),
    CHECK (given_by = 'self' OR guardian_id IS NOT NULL OR guardian_name IS NOT NULL),
    CHECK ((withdrawn_on IS NULL) = (withdrawal_reason IS NULL))
);
CREATE INDEX consent_person ON consent(person_id);

-- The interviews and photos a consent of scope 'items' covers (no foreign key: two kinds).
CREATE TABLE consent_item (
    consent_id TEXT NOT NULL REFERENCES consent(id) ON DELETE RESTRICT,
    item_id TEXT NOT NULL,
    item_kind TEXT NOT NULL CHECK (item_kind IN ('interview', 'photo')),
    PRIMARY KEY (consent_id, item_id)
) WITHOUT ROWID;
CREATE INDEX consent_item_item ON consent_item(item_id);

-- Curators see everything, so they are never listed among the audiences of a consent.
CREATE TRIGGER consent_audiences_known BEFORE INSERT ON consent
WHEN json_type(NEW.audiences) != 'array' OR EXISTS (SELECT 1 FROM json_each(NEW.audiences)
    WHERE value NOT IN ('family', 'research', 'public'))
BEGIN SELECT RAISE(ABORT, 'consent audiences: a JSON array of family, research, public'); END;

CREATE TRIGGER consent_no_delete BEFORE DELETE ON consent
BEGIN SELECT RAISE(ABORT, 'consent records are never deleted: withdraw them'); END;

CREATE TRIGGER consent_terms_fixed BEFORE UPDATE OF
    id, person_id, date, given_by, guardian_id, guardian_name, relationship, assent, audiences, scope,
    pseudonym, show_face, embargo_until, created_at ON consent
BEGIN SELECT RAISE(ABORT, 'the terms of a consent never change: withdraw it and add a new one'); END;

CREATE TRIGGER consent_withdrawal_final BEFORE UPDATE OF withdrawn_on, withdrawal_reason ON consent
WHEN OLD.withdrawn_on IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a withdrawal is final'); END;

CREATE TRIGGER consent_item_fixed_update BEFORE UPDATE ON consent_item
BEGIN SELECT RAISE(ABORT, 'the terms of a consent never change'); END;
CREATE TRIGGER consent_item_fixed_delete BEFORE DELETE ON consent_item
BEGIN SELECT RAISE(ABORT, 'the terms of a consent never change'); END;

-- Every change to a fact the consent rules read, noted by trigger in the same transaction: the
-- person whose consent records or birth date changed, or the interview or photo whose date or
-- featured people changed. The gate keeps what it worked out from the facts and, when this log
-- moves, re-reads only what it names; an edit the rules never read (a title, a transcript, an
-- interviewer) leaves the log, and so the gate's answers, as they were. Each note carries a
-- random mark, so a reader can tell the note it last saw from a different one that took its
-- number (a rolled-back transaction, a catalogue restored from a backup). Only the latest notes
-- are kept; a reader further behind reads everything again.
CREATE TABLE consent_fact_change (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    mark TEXT NOT NULL DEFAULT (lower(hex(randomblob(8)))),
    person_id TEXT,                     -- whose consent records or birth date changed
    item_id TEXT                        -- which interview or photo changed
);
-- the first note marks this catalogue, so that two catalogues never look alike to a reader
INSERT INTO consent_fact_change (person_id, item_id) VALUES (NULL, NULL);

CREATE TRIGGER consent_fact_change_keep_latest AFTER INSERT ON consent_fact_change
WHEN NEW.seq % 1000 = 0
BEGIN DELETE FROM consent_fact_change WHERE seq <= NEW.seq - 10000; END;

CREATE TRIGGER consent_fact_consent_insert AFTER INSERT ON consent
BEGIN INSERT INTO consent_fact_change (person_id) VALUES (NEW.person_id); END;
-- The terms never change (see above) but a withdrawal does; every column the rules read is
-- named, so the log stays right should the terms ever become editable. Updates here and below
-- are noted only when a value really changes: an edit form writing back every field unchanged
-- leaves the answers as they were.
CREATE TRIGGER consent_fact_consent_update AFTER UPDATE ON consent
WHEN OLD.id IS NOT NEW.id OR OLD.person_id IS NOT NEW.person_id OR OLD.date IS NOT NEW.date
    OR OLD.given_by IS NOT NEW.given_by OR OLD.assent IS NOT NEW.assent
    OR OLD.audiences IS NOT NEW.audiences OR OLD.scope IS NOT NEW.scope
    OR OLD.pseudonym IS NOT NEW.pseudonym OR OLD.show_face IS NOT NEW.show_face
    OR OLD.embargo_until IS NOT NEW.embargo_until OR OLD.withdrawn_on IS NOT NEW.withdrawn_on
BEGIN
    INSERT INTO consent_fact_change (person_id) SELECT OLD.person_id UNION SELECT NEW.person_id;
END;
CREATE TRIGGER consent_fact_consent_delete AFTER DELETE ON consent
BEGIN INSERT INTO consent_fact_change (person_id) VALUES (OLD.person_id); END;

CREATE TRIGGER consent_fact_consent_item_insert AFTER INSERT ON consent_item
BEGIN
    INSERT INTO consent_fact_change (person_id)
    SELECT person_id FROM consent WHERE id = NEW.consent_id;
END;
CREATE TRIGGER consent_fact_consent_item_update AFTER UPDATE ON consent_item
BEGIN
    INSERT INTO consent_fact_change (person_id)
    SELECT person_id FROM consent WHERE id IN (OLD.consent_id, NEW.consent_id);
END;
CREATE TRIGGER consent_fact_consent_item_delete AFTER DELETE ON consent_item
BEGIN
    INSERT INTO consent_fact_change (person_id)
    SELECT person_id FROM consent WHERE id = OLD.consent_id;
END;

-- A person's age decides whether they were a minor. A new person features in nothing yet; a
-- deleted one takes their links along, and those deletions are noted below.
CREATE TRIGGER consent_fact_person_update AFTER UPDATE OF id, birth_date ON person
WHEN OLD.id IS NOT NEW.id OR OLD.birth_date IS NOT NEW.birth_date
BEGIN
    INSERT INTO consent_fact_change (person_id) SELECT OLD.id UNION SELECT NEW.id;
END;

-- An interview's date, and its narrators, also count for its photos: the gate re-reads those.
CREATE TRIGGER consent_fact_interview_insert AFTER INSERT ON interview
BEGIN INSERT INTO consent_fact_change (item_id) VALUES (NEW.id); END;
CREATE TRIGGER consent_fact_interview_update AFTER UPDATE OF id, date ON interview
WHEN OLD.id IS NOT NEW.id OR OLD.date IS NOT NEW.date
BEGIN INSERT INTO consent_fact_change (item_id) SELECT OLD.id UNION SELECT NEW.id; END;
CREATE TRIGGER consent_fact_interview_delete AFTER DELETE ON interview
BEGIN INSERT INTO consent_fact_change (item_id) VALUES (OLD.id); END;

-- Only narrators are featured; interviewers and people mentioned are not.
CREATE TRIGGER consent_fact_narrator_insert AFTER INSERT ON interview_person
WHEN NEW.role = 'narrator'
BEGIN INSERT INTO consent_fact_change (item_id) VALUES (NEW.interview_id); END;
CREATE TRIGGER consent_fact_narrator_update AFTER UPDATE ON interview_person
WHEN OLD.role = 'narrator' OR NEW.role = 'narrator'
BEGIN
    INSERT INTO consent_fact_change (item_id)
    SELECT OLD.interview_id UNION SELECT NEW.interview_id;
END;
CREATE TRIGGER consent_fact_narrator_delete AFTER DELETE ON interview_person
WHEN OLD.role = 'narrator'
BEGIN INSERT INTO consent_fact_change (item_id) VALUES (OLD.interview_id); END;

CREATE TRIGGER consent_fact_photo_insert AFTER INSERT ON photo
BEGIN INSERT INTO consent_fact_change (item_id) VALUES (NEW.id); END;
CREATE TRIGGER consent_fact_photo_update AFTER UPDATE OF id, interview_id, taken_at ON photo
WHEN OLD.id IS NOT NEW.id OR OLD.interview_id IS NOT NEW.interview_id
    OR OLD.taken_at IS NOT NEW.taken_at
BEGIN INSERT INTO consent_fact_change (item_id) SELECT OLD.id UNION SELECT NEW.id; END;
CREATE TRIGGER consent_fact_photo_delete AFTER DELETE ON photo
BEGIN INSERT INTO consent_fact_change (item_id) VALUES (OLD.id); END;

CREATE TRIGGER consent_fact_depicted_insert AFTER INSERT ON photo_person
BEGIN INSERT INTO consent_fact_change (item_id) VALUES (NEW.photo_id); END;
CREATE TRIGGER consent_fact_depicted_update AFTER UPDATE ON photo_person
BEGIN
    INSERT INTO consent_fact_change (item_id) SELECT OLD.photo_id UNION SELECT NEW.photo_id;
END;
CREATE TRIGGER consent_fact_depicted_delete AFTER DELETE ON photo_person
BEGIN INSERT INTO consent_fact_change (item_id) VALUES (OLD.photo_id); END;

-- The gate reads every interview's narrators at once: an index of narrators alone spares it
-- scanning the interviewers and the people mentioned too.
CREATE INDEX interview_narrator ON interview_person(interview_id, person_id)
WHERE role = 'narrator';
