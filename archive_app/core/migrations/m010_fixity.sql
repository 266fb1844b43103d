-- Fixity: when each original was last found whole (its SHA-256 matched), and an identity for
-- the archive, so that a backup folder knows which archive it copies.

CREATE TABLE media_fixity (
    sha256 TEXT PRIMARY KEY REFERENCES media_file(sha256) ON DELETE CASCADE,
    checked_at TEXT NOT NULL,            -- the last check, whatever it found
    outcome TEXT NOT NULL
        CHECK (outcome IN ('ok', 'missing_file', 'size_mismatch', 'checksum_mismatch',
                           'unreadable_file')),
    verified_at TEXT                     -- the last check that found it whole (NULL: none yet)
);

-- One row: who this archive is, whatever folder or drive it is copied to.
CREATE TABLE archive_identity (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    id TEXT NOT NULL
);
INSERT INTO archive_identity (singleton, id) VALUES (1, lower(hex(randomblob(16))));
