-- Catalogue schema v8: the history of every edit, each kept with the operation that undoes it.
-- A change is one operation (an edit, a tag, a removal...) applied in one transaction. Its
-- items say what it did to which record: a field's value before and after, the record itself
-- added or removed, or one of its links made or taken away. The inverse is what undo, revert and
-- restore apply; a removed record waits in it (the bin) until the curator empties the bin, which
-- clears the inverse and the items of what was purged. Unlike the audit log this is not
-- append-only: it holds people's words, which must be able to go when the bin is emptied.
-- Changes carry a UUID and the archive they were made in (the setting archive_id, made with the
-- first change), so that the
-- histories of two interviewers' archives can be merged: a record changed on both sides keeps
-- the newer change, and the other stays in its history, marked as superseded by it.

CREATE TABLE history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,   -- the order changes were made or merged in here
    id TEXT NOT NULL UNIQUE,                 -- UUID
    at TEXT NOT NULL,                        -- when, UTC 'YYYY-MM-DDTHH:MM:SS.mmmZ'
    actor TEXT NOT NULL,
    origin TEXT NOT NULL,                    -- archive_id of the archive it was made in
    operation TEXT NOT NULL,                 -- set_fields, tag, remove_record, batch...
    summary TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(summary)),  -- what was asked
    inverse TEXT CHECK (inverse IS NULL OR json_valid(inverse)),     -- NULL: purged
    reverts TEXT,                            -- the change this one undid (undo, revert, restore)
    superseded_by TEXT                       -- a newer change from a merged archive won
);
CREATE INDEX history_reverts ON history(reverts) WHERE reverts IS NOT NULL;

CREATE TABLE history_item (
    change_seq INTEGER NOT NULL REFERENCES history(seq) ON DELETE CASCADE,
    record_kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,                     -- a field; '' the record; 'link:<table>' a link
    key TEXT NOT NULL DEFAULT '',            -- a link's key (JSON object)
    before TEXT CHECK (before IS NULL OR json_valid(before)),  -- JSON; NULL: absent
    after TEXT CHECK (after IS NULL OR json_valid(after))
);
CREATE INDEX history_item_record ON history_item(record_id, change_seq);
CREATE INDEX history_item_change ON history_item(change_seq);
