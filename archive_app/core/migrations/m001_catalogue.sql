-- Catalogue schema v1. Every record has a UUID primary key and created/updated timestamps.
-- Dates are ISO 8601 text: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; timestamps 'YYYY-MM-DDTHH:MM:SS.mmmZ'.

CREATE TABLE place (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,                 -- in characters, e.g. 台山市
    name_latin TEXT,                    -- pinyin or other Latin spelling, e.g. Taishan
    level TEXT CHECK (level IN ('province', 'prefecture', 'county', 'township', 'village')),
    parent_id TEXT REFERENCES place(id) ON DELETE RESTRICT,
    latitude REAL,
    longitude REAL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX place_parent ON place(parent_id);
CREATE INDEX place_name ON place(name);

CREATE TABLE person (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,                 -- in characters
    name_latin TEXT,                    -- pinyin or Latin letters
    other_names TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings (nicknames, dialect names)
    birth_date TEXT,                    -- 'YYYY' or 'YYYY-MM-DD'
    gender TEXT,
    home_place_id TEXT REFERENCES place(id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX person_name ON person(name);

CREATE TABLE family (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    home_place_id TEXT REFERENCES place(id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE family_member (
    family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    relationship TEXT NOT NULL CHECK (relationship IN
        ('mother', 'father', 'grandmother', 'grandfather', 'child', 'sibling', 'guardian', 'other')),
    PRIMARY KEY (family_id, person_id)
);
CREATE INDEX family_member_person ON family_member(person_id);

CREATE TABLE migration_episode (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    from_place_id TEXT REFERENCES place(id) ON DELETE SET NULL,
    to_city TEXT NOT NULL,
    work TEXT NOT NULL DEFAULT '',
    from_date TEXT,
    to_date TEXT,                       -- NULL: still away
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX migration_episode_person ON migration_episode(person_id);

CREATE TABLE interview (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    date TEXT,
    place_id TEXT REFERENCES place(id) ON DELETE SET NULL,
    language TEXT NOT NULL DEFAULT '',  -- language or dialect, e.g. 'zh-CN', 'Taishanese'
    summary TEXT NOT NULL DEFAULT '',
    keywords TEXT NOT NULL DEFAULT '[]',      -- JSON array of strings
    status TEXT NOT NULL DEFAULT 'recorded'
        CHECK (status IN ('recorded', 'transcribed', 'reviewed', 'ready')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX interview_date ON interview(date);
CREATE INDEX interview_place ON interview(place_id);

CREATE TABLE interview_person (
    interview_id TEXT NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('narrator', 'interviewer', 'mentioned')),
    PRIMARY KEY (interview_id, person_id, role)
);
CREATE INDEX interview_person_person ON interview_person(person_id);

-- Original files, content-addressed: media/<sha[:2]>/<sha>.<ext>. Never modified in place.
CREATE TABLE media_file (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    extension TEXT NOT NULL,            -- lower case, with the dot, or '' when none
    stored_path TEXT NOT NULL,          -- relative to the archive folder
    original_name TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

CREATE TABLE recording (
    id TEXT PRIMARY KEY,
    interview_id TEXT NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL UNIQUE REFERENCES media_file(sha256),
    original_name TEXT NOT NULL,
    media_type TEXT NOT NULL CHECK (media_type IN ('audio', 'video')),
    format TEXT NOT NULL,               -- 'wav', 'mp3', 'm4a', 'mp4', ...
    duration_s REAL,
    channels INTEGER,
    sample_rate INTEGER,
    position INTEGER NOT NULL DEFAULT 0,  -- order of several recordings in one interview
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX recording_interview ON recording(interview_id);

CREATE TABLE photo (
    id TEXT PRIMARY KEY,
    interview_id TEXT REFERENCES interview(id) ON DELETE SET NULL,
    sha256 TEXT NOT NULL UNIQUE REFERENCES media_file(sha256),
    original_name TEXT NOT NULL,
    format TEXT NOT NULL,
    width INTEGER,                      -- as displayed, after EXIF orientation
    height INTEGER,
    orientation INTEGER,                -- EXIF orientation tag, 1..8
    taken_at TEXT,
    camera TEXT,
    caption TEXT NOT NULL DEFAULT '',
    place_id TEXT REFERENCES place(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX photo_interview ON photo(interview_id);

CREATE TABLE photo_person (
    photo_id TEXT NOT NULL REFERENCES photo(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (photo_id, person_id)
);
CREATE INDEX photo_person_person ON photo_person(person_id);

CREATE TABLE document (
    id TEXT PRIMARY KEY,
    interview_id TEXT REFERENCES interview(id) ON DELETE SET NULL,
    sha256 TEXT NOT NULL UNIQUE REFERENCES media_file(sha256),
    original_name TEXT NOT NULL,
    format TEXT NOT NULL,               -- 'pdf', 'jpeg', 'png'
    title TEXT NOT NULL DEFAULT '',
    document_type TEXT NOT NULL DEFAULT 'other'
        CHECK (document_type IN ('consent_form', 'letter', 'other')),
    width INTEGER,
    height INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX document_interview ON document(interview_id);

CREATE TABLE transcript (
    id TEXT PRIMARY KEY,
    interview_id TEXT NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
    sha256 TEXT REFERENCES media_file(sha256),   -- the source file, NULL when typed in the app
    original_name TEXT NOT NULL DEFAULT '',
    source_format TEXT NOT NULL DEFAULT '',      -- 'txt', 'timecoded', 'srt', 'vtt', 'json', 'typed'
    source_encoding TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'verbatim' CHECK (kind IN ('verbatim', 'translation')),
    tier TEXT NOT NULL DEFAULT '',               -- aligned tier label, e.g. 'dialect', 'Mandarin'
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX transcript_interview ON transcript(interview_id);
CREATE UNIQUE INDEX transcript_source ON transcript(sha256) WHERE sha256 IS NOT NULL;

CREATE TABLE segment (
    id TEXT PRIMARY KEY,
    transcript_id TEXT NOT NULL REFERENCES transcript(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start_s REAL,                       -- NULL for untimed text
    end_s REAL,
    speaker TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX segment_transcript ON segment(transcript_id, position);

CREATE TABLE tag (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE item_tag (
    tag_id TEXT NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    item_kind TEXT NOT NULL,            -- 'interview', 'photo', 'person', ...
    PRIMARY KEY (tag_id, item_id)
);
CREATE INDEX item_tag_item ON item_tag(item_id);

CREATE TABLE collection (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE collection_item (
    collection_id TEXT NOT NULL REFERENCES collection(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    item_kind TEXT NOT NULL CHECK (item_kind IN ('interview', 'photo')),
    position INTEGER NOT NULL,
    PRIMARY KEY (collection_id, item_id)
);

-- Append-only: triggers refuse every UPDATE and DELETE.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    item_id TEXT,
    details TEXT NOT NULL DEFAULT '{}'  -- JSON object
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Archive-wide settings (key/value, JSON values).
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
