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
