-- Catalogue schema v6: collections a curator marks for a family, so that family mode shows them
-- besides the family's own stories. What family mode may show of them is still the consent
-- gate's answer for the 'family' audience; a mark only says which collections to ask about.

CREATE TABLE family_collection (
    family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
    collection_id TEXT NOT NULL REFERENCES collection(id) ON DELETE CASCADE,
    marked_at TEXT NOT NULL,
    PRIMARY KEY (family_id, collection_id)
) WITHOUT ROWID;
CREATE INDEX family_collection_collection ON family_collection(collection_id);
