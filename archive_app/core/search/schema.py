"""The search index's tables (one SQLite file, FTS5 over our analyzer's terms) and its row ids.

    words      FTS5, contentless: each document's terms, space-separated in position order, so
               that FTS5's positions are ours and a phrase is a run of consecutive terms (the
               ``ascii`` tokenizer splits on spaces and keeps every non-ASCII character)
    words_vocab  the terms themselves (fts5vocab), to read pinyin against what the index holds
    doc        per document: catalogue id, title, the text as indexed (snippets, and the terms a
               change must take out again), start time, speaker, a segment's own tags
    grp        per group of documents that share their facets (a transcript's segments, an
               interview's sections; every other document is its own group): kind, interview,
               consent owner, date, facet values, the group's speakers
    latin      every Latin word indexed and its stem (unquoted English widens to a stem's words)
    name_word  Latin words of people's and places' names (matched as written, never by stem)
    syllable   each toneless pinyin syllable and the characters read as it (pypinyin's table,
               stored with the index so that a fresh process reads only the syllables it needs)
    meta       the generation counter (bumped by every commit) and the next group number

A document's row id says where it belongs, so that facets, filters and the consent gate are
answered from the row ids a match returns, without reading a row per document::

    rowid = group << GROUP_SHIFT | speaker slot << SLOT_SHIFT | sequence in the group

The slot is the speaker's place in the group's list of speakers (``OTHER_SLOT``: past the list's
room, look in ``doc``).
"""

from __future__ import annotations

import sqlite3
import uuid

GROUP_SHIFT = 28
SLOT_SHIFT = 20
SEQUENCE_LIMIT = 1 << SLOT_SHIFT
OTHER_SLOT = 255
SLOT_MASK = 255

#: facet fields counted for the filter sidebar, in the order they are shown
FACETS = ("kind", "year", "place", "person", "tag", "speaker", "tier", "language")
#: facet values a group holds (kind and speaker come from elsewhere), counted and shown
GROUP_FACETS = ("year", "place", "person", "tag", "tier", "language")
#: ids a group is filtered by, never counted (kept apart: a fresh process need not read them)
GROUP_IDS = ("place_id", "person_id")

DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE VIRTUAL TABLE words USING fts5(terms, content='', tokenize='ascii', detail=full);
CREATE VIRTUAL TABLE words_vocab USING fts5vocab(words, 'row');
CREATE TABLE grp (
    number INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,              -- '' once the group is gone
    interview_id TEXT,
    owner TEXT,
    title TEXT NOT NULL DEFAULT '',
    date TEXT,
    facets TEXT NOT NULL DEFAULT '',  -- name US value RS name US value ... (see pack)
    ids TEXT NOT NULL DEFAULT '',     -- the same for place and person ids
    speakers TEXT NOT NULL DEFAULT '',  -- speaker labels, US between them: slot order
    next_sequence INTEGER NOT NULL DEFAULT 0,
    generation INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX grp_generation ON grp(generation);
CREATE INDEX grp_interview ON grp(interview_id);
CREATE TABLE doc (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    title TEXT,                      -- NULL: the group's title
    text TEXT NOT NULL,
    start_s REAL,
    speaker TEXT NOT NULL DEFAULT '',
    tags TEXT                        -- JSON list of a segment's own tags, NULL: none
);
CREATE TABLE latin (word TEXT PRIMARY KEY, stem TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX latin_stem ON latin(stem);
CREATE TABLE name_word (word TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE syllable (syllable TEXT PRIMARY KEY, characters TEXT NOT NULL) WITHOUT ROWID;
"""

#: made after a rebuild has written its rows (faster than keeping them up to date row by row)
INDEXES = (
    "CREATE UNIQUE INDEX doc_id ON doc(id)",
    "CREATE INDEX doc_tagged ON doc(rowid) WHERE tags IS NOT NULL",
)


def create(conn: sqlite3.Connection) -> None:
    conn.executescript(DDL)
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('generation', '0'), ('next_group', '1'), "
        "('identity', ?)",
        [uuid.uuid4().hex],
    )


UNIT = "\x1f"
RECORD = "\x1e"


def pack(pairs: list[tuple[str, str]]) -> str:
    """Facet values as one string, split again in C (a fresh process reads thousands)."""
    return RECORD.join(f"{name}{UNIT}{value}" for name, value in pairs)


def unpack(text: str) -> list[tuple[str, str]]:
    if not text:
        return []
    return [tuple(entry.split(UNIT, 1)) for entry in text.split(RECORD)]  # type: ignore[misc]


def clean(value: str) -> str:
    """A value without the separators (control characters never belong in a label)."""
    return value.replace(UNIT, " ").replace(RECORD, " ")


def group_of(rowid: int) -> int:
    return rowid >> GROUP_SHIFT


def make_rowid(group: int, slot: int, sequence: int) -> int:
    return (group << GROUP_SHIFT) | (slot << SLOT_SHIFT) | sequence


def group_range(group: int) -> tuple[int, int]:
    """The row ids a group's documents may have: ``start <= rowid < end``."""
    return group << GROUP_SHIFT, (group + 1) << GROUP_SHIFT
