"""Writing search documents into the index file: the terms into FTS5, the rest beside them.

One :class:`IndexWriter` per transaction. It keeps the groups it touched in memory and writes
rows in batches (a rebuild gives it every document in catalogue order, so a group's documents
come together). Taking a document out again needs the terms it was indexed with (the FTS5 table
keeps no content): they are analysed again from the text stored in ``doc``, which the stamp's
analyzer and OpenCC versions guarantee gives the same terms.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from archive_app.core.search import analysis, schema
from archive_app.core.search.documents import SearchDocument

BATCH = 2000
_LATIN = re.compile("[a-z]")


class SequenceExhausted(Exception):
    """A group has used up its row ids (a million documents added to one transcript): rebuild."""


@dataclass
class _Group:
    number: int
    key: str
    kind: str = ""
    interview_id: str | None = None
    owner: str | None = None
    title: str = ""
    date: str | None = None
    facets: str = ""
    ids: str = ""
    speakers: list[str] = field(default_factory=list)
    next_sequence: int = 0
    changed: bool = False
    stored: bool = False  # a row exists in grp


def terms_of(text: str) -> str:
    """A text's terms as the FTS5 column holds them."""
    return " ".join(analysis.index_terms(text))


def _facets_of(document: SearchDocument, names: tuple[str, ...]) -> str:
    values: tuple[_Value, ...] = tuple(getattr(document, name) for name in names)
    key = (names, values)
    found = _PACKED.get(key)
    if found is None:  # a transcript's segments share their interview's values: packed once
        if len(_PACKED) > 4096:
            _PACKED.clear()
        found = _PACKED[key] = _pack(names, values)
    return found


_Value = str | tuple[str, ...] | None
_PACKED: dict[tuple[tuple[str, ...], tuple[_Value, ...]], str] = {}


def _pack(names: tuple[str, ...], values: tuple[_Value, ...]) -> str:
    pairs: list[tuple[str, str]] = []
    for name, found in zip(names, values, strict=True):
        for value in [found] if isinstance(found, str) else found or ():
            if value:
                pairs.append((name, schema.clean(value)))
    return schema.pack(pairs)


class IndexWriter:
    """Adds, replaces and removes documents within the connection's open transaction."""

    def __init__(self, conn: sqlite3.Connection, *, fresh: bool = False) -> None:
        self.conn = conn
        self.fresh = fresh  # a rebuild: no document is there yet, nothing to look up
        self.groups: dict[str, _Group] = {}
        row = conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        self.generation = int(row[0]) + 1
        row = conn.execute("SELECT value FROM meta WHERE key = 'next_group'").fetchone()
        self.next_group = int(row[0])
        self._docs: list[tuple[object, ...]] = []
        self._terms: list[tuple[int, str]] = []
        self._latin: set[str] = set()
        self._names: set[str] = set()
        self.written = 0

    # -- groups -----------------------------------------------------------------------------

    def _group(self, key: str) -> _Group:
        found = self.groups.get(key)
        if found is not None:
            return found
        row = None
        if not self.fresh:
            row = self.conn.execute(
                "SELECT number, kind, interview_id, owner, title, date, facets, ids, speakers, "
                "next_sequence FROM grp WHERE key = ?",
                [key],
            ).fetchone()
        if row is None:
            found = _Group(self.next_group, key, changed=True)
            self.next_group += 1
        else:
            found = _Group(
                int(row[0]), key, str(row[1]), row[2], row[3], str(row[4]), row[5], str(row[6]),
                str(row[7]), str(row[8]).split(schema.UNIT) if row[8] else [], int(row[9]),
                stored=True,
            )  # fmt: skip
        self.groups[key] = found
        return found

    def _placed(self, document: SearchDocument) -> tuple[_Group, int]:
        """The document's group (brought up to date with it) and its speaker's slot."""
        group = self._group(document.group_key)
        described = (
            document.kind,
            document.interview_id,
            document.owner,
            document.title if document.kind in ("segment", "section") else "",
            document.date,
            _facets_of(document, schema.GROUP_FACETS),
            _facets_of(document, schema.GROUP_IDS),
        )
        held = (
            group.kind,
            group.interview_id,
            group.owner,
            group.title,
            group.date,
            group.facets,
            group.ids,
        )
        if described != held:
            (group.kind, group.interview_id, group.owner, group.title, group.date,
             group.facets, group.ids) = described  # fmt: skip
            group.changed = True
        speaker = schema.clean(document.speaker)
        try:
            slot = group.speakers.index(speaker)
        except ValueError:
            if len(group.speakers) >= schema.OTHER_SLOT:
                return group, schema.OTHER_SLOT
            group.speakers.append(speaker)
            group.changed = True
            slot = len(group.speakers) - 1
        return group, slot

    def _new_rowid(self, group: _Group, slot: int) -> int:
        if group.next_sequence >= schema.SEQUENCE_LIMIT:
            raise SequenceExhausted(group.key)
        rowid = schema.make_rowid(group.number, slot, group.next_sequence)
        group.next_sequence += 1
        group.changed = True
        return rowid

    # -- documents ------------------------------------------------------------------------------

    def write(self, document: SearchDocument) -> None:
        """Add the document, or replace what the index holds under its id."""
        group, slot = self._placed(document)
        own_tags = (
            json.dumps(list(document.own_tag), ensure_ascii=False) if document.own_tag else None
        )
        title = None if document.kind in ("segment", "section") else document.title
        row = (
            None
            if self.fresh
            else self.conn.execute(
                "SELECT rowid, text FROM doc WHERE id = ?", [document.id]
            ).fetchone()
        )
        terms: str | None = None
        if row is not None:
            old_rowid, old_text = int(row[0]), str(row[1])
            same_place = (old_rowid >> schema.SLOT_SHIFT) == (
                (group.number << (schema.GROUP_SHIFT - schema.SLOT_SHIFT)) | slot
            )
            if same_place and old_text == document.text:
                self.conn.execute(
                    "UPDATE doc SET title = ?, start_s = ?, speaker = ?, tags = ? WHERE rowid = ?",
                    [title, document.start_s, document.speaker, own_tags, old_rowid],
                )
                self._remember_words(document, None)
                return
            self._take_out(old_rowid, old_text)
            if same_place:
                self.conn.execute(
                    "UPDATE doc SET title = ?, text = ?, start_s = ?, speaker = ?, tags = ? "
                    "WHERE rowid = ?",
                    [title, document.text, document.start_s, document.speaker, own_tags, old_rowid],
                )
                terms = terms_of(document.text)
                self.conn.execute(
                    "INSERT INTO words (rowid, terms) VALUES (?, ?)", [old_rowid, terms]
                )
                self._remember_words(document, terms)
                return
            self.conn.execute("DELETE FROM doc WHERE rowid = ?", [old_rowid])
        rowid = self._new_rowid(group, slot)
        terms = terms_of(document.text)
        self._docs.append(
            (rowid, document.id, title, document.text, document.start_s, document.speaker, own_tags)
        )
        self._terms.append((rowid, terms))
        self._remember_words(document, terms)
        self.written += 1
        if len(self._docs) >= BATCH:
            self.flush()

    def _remember_words(self, document: SearchDocument, terms: str | None) -> None:
        if terms and _LATIN.search(terms):
            self._latin.update(t for t in terms.split() if analysis.is_latin_word(t))
        for name in document.names:
            for term in analysis.analyse(name):
                if analysis.is_latin_word(term.text):
                    self._names.add(term.text)

    def _take_out(self, rowid: int, text: str) -> None:
        self.conn.execute(
            "INSERT INTO words (words, rowid, terms) VALUES ('delete', ?, ?)",
            [rowid, terms_of(text)],
        )

    def delete(self, item_id: str) -> None:
        """Take the document with this catalogue id out of the index (if it is there)."""
        row = self.conn.execute("SELECT rowid, text FROM doc WHERE id = ?", [item_id]).fetchone()
        if row is not None:
            self._take_out(int(row[0]), str(row[1]))
            self.conn.execute("DELETE FROM doc WHERE rowid = ?", [int(row[0])])

    def delete_group(self, key: str) -> None:
        """Take out every document of a group, and the group."""
        row = self.conn.execute("SELECT number FROM grp WHERE key = ?", [key]).fetchone()
        if row is None:
            return
        start, end = schema.group_range(int(row[0]))
        for rowid, text in self.conn.execute(
            "SELECT rowid, text FROM doc WHERE rowid >= ? AND rowid < ?", [start, end]
        ).fetchall():
            self._take_out(int(rowid), str(text))
        self.conn.execute("DELETE FROM doc WHERE rowid >= ? AND rowid < ?", [start, end])
        group = self._group(key)
        group.kind = ""
        group.changed = True

    def group_keys_of_interview(self, interview_id: str, kinds: Iterable[str]) -> list[str]:
        kinds = list(kinds)
        marks = ", ".join("?" for _ in kinds)
        return [
            str(r[0])
            for r in self.conn.execute(
                f"SELECT key FROM grp WHERE interview_id = ? AND kind IN ({marks})",
                [interview_id, *kinds],
            )
        ]

    # -- writing out ------------------------------------------------------------------------------

    def flush(self) -> None:
        if self._docs:
            self.conn.executemany("INSERT INTO doc VALUES (?, ?, ?, ?, ?, ?, ?)", self._docs)
            self.conn.executemany("INSERT INTO words (rowid, terms) VALUES (?, ?)", self._terms)
            self._docs.clear()
            self._terms.clear()

    def finish(self) -> None:
        """Write what is pending: documents, groups, Latin words, names, the generation."""
        self.flush()
        rows = [
            (g.number, g.key, g.kind, g.interview_id, g.owner, g.title, g.date, g.facets, g.ids,
             schema.UNIT.join(g.speakers), g.next_sequence, self.generation)
            for g in self.groups.values()
            if g.changed
        ]  # fmt: skip
        self.conn.executemany("INSERT OR REPLACE INTO grp VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        if self._latin:
            self.conn.executemany(
                "INSERT OR IGNORE INTO latin (word, stem) VALUES (?, ?)",
                [(w, analysis.stem(w)) for w in sorted(self._latin)],
            )
        if self._names:
            self.conn.executemany(
                "INSERT OR IGNORE INTO name_word (word) VALUES (?)", [(w,) for w in self._names]
            )
        self.conn.execute(
            "UPDATE meta SET value = ? WHERE key = 'generation'", [str(self.generation)]
        )
        self.conn.execute(
            "UPDATE meta SET value = ? WHERE key = 'next_group'", [str(self.next_group)]
        )
