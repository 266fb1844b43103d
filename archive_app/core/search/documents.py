"""Search documents built from the catalogue: what is searchable about each item, and its facets.

One document per interview, person, place, photo and document record, one per transcript
segment and one per index section of an interview (each carrying its interview's id, start time
and facets, so that a filter by place or year finds the passages and chapters too, and a hit plays
from where it starts). Only SQL here: the index engine never sees the catalogue.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from archive_app.core.consent.model import SHAREABLE_KINDS

#: kinds of search document, in the order a rebuild writes them
KINDS = ("interview", "section", "segment", "photo", "document", "person", "place")
#: kinds a non-curator audience may ever see (each gated by its own or its interview's consent)
PUBLIC_KINDS = SHAREABLE_KINDS
SEPARATOR = " · "  # between the parts of a document's text: not whitespace, so no bigram bridges it


@dataclass(frozen=True)
class SearchDocument:
    """One searchable thing, as the index stores it.

    ``group`` names what the document shares its facets with (a transcript's segments, an
    interview's sections; every other document is its own group): the facets below are the
    group's, except ``speaker`` and ``own_tag`` (a segment's own tags), which are the document's.
    """

    id: str
    kind: str
    title: str
    text: str
    interview_id: str | None = None
    start_s: float | None = None
    owner: str | None = None  # the interview or photo whose consent governs this document
    year: tuple[str, ...] = ()
    place: tuple[str, ...] = ()
    place_id: tuple[str, ...] = ()
    person: tuple[str, ...] = ()
    person_id: tuple[str, ...] = ()
    tag: tuple[str, ...] = ()
    group: str = ""
    date: str | None = None  # ISO date (or year, or month): what from:/to: compare
    tier: tuple[str, ...] = ()
    language: tuple[str, ...] = ()
    speaker: str = ""
    own_tag: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # a person's or place's names: their Latin words match exactly

    @property
    def group_key(self) -> str:
        return self.group or f"{self.kind}:{self.id}"


@dataclass
class _Context:
    """What an interview lends to its segments, photos and documents."""

    title: str = ""
    date: str | None = None
    language: tuple[str, ...] = ()
    year: tuple[str, ...] = ()
    place: tuple[str, ...] = ()
    place_id: tuple[str, ...] = ()
    person: tuple[str, ...] = ()
    person_id: tuple[str, ...] = ()
    tag: tuple[str, ...] = ()
    place_text: list[str] = field(default_factory=list)
    person_text: list[str] = field(default_factory=list)


def _year(date: str | None) -> tuple[str, ...]:
    return (date[:4],) if date and len(date) >= 4 and date[:4].isdigit() else ()


def _join(parts: Iterable[str]) -> str:
    return SEPARATOR.join(p.strip() for p in parts if p and p.strip())


#: where a long caption may be cut for a title, best first: a sentence's end, then a pause
_TITLE_CUTS = ("。！？.!?", "，、；：,;: /")


def caption_title(caption: str, limit: int = 40) -> str:
    """A photo's caption as its hit's title: the first line, at most ``limit`` characters, cut
    at a sentence's end (or else a pause) in its second half when there is one, and ending in
    "…" when anything was left out."""
    line = next((part.strip() for part in caption.splitlines() if part.strip()), "")
    if len(line) <= limit:
        return line
    head = line[:limit]
    for marks in _TITLE_CUTS:
        cut = max(head.rfind(mark) for mark in marks)
        if cut >= limit // 2:
            return head[: cut + 1].rstrip(" /,;:，、；：") + "…"
    return head.rstrip() + "…"


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


class DocumentBuilder:
    """Builds search documents from one catalogue connection, caching shared context."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._places: dict[str, tuple[str, str | None, str | None]] | None = None
        self._contexts: dict[str, _Context] = {}
        self._tags: dict[str, tuple[str, ...]] | None = None
        self._has_sections: bool | None = None

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    # -- shared context ------------------------------------------------------------------------

    def _place_table(self) -> dict[str, tuple[str, str | None, str | None]]:
        if self._places is None:
            self._places = {
                r["id"]: (r["name"], r["name_latin"], r["parent_id"])
                for r in self._rows("SELECT id, name, name_latin, parent_id FROM place")
            }
        return self._places

    def lineage(self, place_id: str | None) -> list[tuple[str, str, str | None]]:
        """(id, name, latin name) of the place and its parents, the place first."""
        table = self._place_table()
        chain: list[tuple[str, str, str | None]] = []
        seen: set[str] = set()
        while place_id and place_id in table and place_id not in seen and len(chain) < 16:
            seen.add(place_id)
            name, latin, parent = table[place_id]
            chain.append((place_id, name, latin))
            place_id = parent
        return chain

    def _tags_of(self, item_id: str) -> tuple[str, ...]:
        if self._tags is None:
            tags: dict[str, list[str]] = {}
            for r in self._rows(
                "SELECT item_tag.item_id, tag.name FROM item_tag JOIN tag ON tag.id = item_tag.tag_id "
                "ORDER BY tag.name"
            ):
                tags.setdefault(r["item_id"], []).append(r["name"])
            self._tags = {k: tuple(v) for k, v in tags.items()}
        return self._tags.get(item_id, ())

    def _people_of(self, sql: str, item_id: str) -> tuple[list[str], list[str], list[str]]:
        """(ids, names, every written form) of the people linked to an item."""
        ids: list[str] = []
        names: list[str] = []
        forms: list[str] = []
        for r in self._rows(sql, [item_id]):
            if r["id"] in ids:
                continue
            ids.append(r["id"])
            names.append(r["name"])
            forms.extend(_person_forms(r))
        return ids, names, forms

    def context(self, interview_id: str | None) -> _Context:
        if not interview_id:
            return _Context()
        if interview_id in self._contexts:
            return self._contexts[interview_id]
        found = self._rows(
            "SELECT title, date, place_id, language FROM interview WHERE id = ?", [interview_id]
        )
        if not found:
            return _Context()
        row = found[0]
        chain = self.lineage(row["place_id"])
        ids, names, forms = self._people_of(
            "SELECT person.id, person.name, person.name_latin, person.other_names "
            "FROM interview_person JOIN person ON person.id = interview_person.person_id "
            "WHERE interview_id = ? ORDER BY CASE role WHEN 'narrator' THEN 0 "
            "WHEN 'interviewer' THEN 1 ELSE 2 END, person.name",
            interview_id,
        )
        ctx = _Context(
            title=row["title"],
            date=row["date"] or None,
            language=_unique([(row["language"] or "").strip()]),
            year=_year(row["date"]),
            place=_unique(name for _, name, _ in chain),
            place_id=tuple(pid for pid, _, _ in chain),
            person=_unique(names),
            person_id=tuple(ids),
            tag=self._tags_of(interview_id),
            place_text=_place_forms(chain),
            person_text=forms,
        )
        if len(self._contexts) > 4096:
            self._contexts.clear()
        self._contexts[interview_id] = ctx
        return ctx

    # -- documents by kind ---------------------------------------------------------------------

    def _sections_exist(self) -> bool:
        """Whether the catalogue has index sections (schema v4 on; a read-only archive may be
        older)."""
        if self._has_sections is None:
            self._has_sections = bool(
                self.db.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'section'"
                ).fetchone()
            )
        return self._has_sections

    def interviews(self, ids: Sequence[str] | None = None) -> Iterator[SearchDocument]:
        for r in self._select("SELECT * FROM interview", ids):
            ctx = self.context(r["id"])
            keywords = json.loads(r["keywords"] or "[]")
            text = _join(
                [r["title"], r["summary"], "、".join(keywords), *ctx.person_text,
                 *ctx.place_text, *ctx.tag]
            )  # fmt: skip
            yield SearchDocument(
                id=r["id"], kind="interview", title=r["title"], text=text, interview_id=r["id"],
                owner=r["id"], year=ctx.year, place=ctx.place, place_id=ctx.place_id,
                person=ctx.person, person_id=ctx.person_id, tag=ctx.tag, date=ctx.date,
                language=ctx.language,
            )  # fmt: skip

    def sections(self, ids: Sequence[str] | None = None) -> Iterator[SearchDocument]:
        """An interview's index sections: found by title, synopsis and keywords, and played
        from their start; consent is their interview's."""
        if not self._sections_exist():
            return
        sql = "SELECT id, interview_id, start_s, title, synopsis, keywords FROM section"
        for r in self._select(sql, ids, "id", " ORDER BY interview_id, start_s, id"):
            ctx = self.context(r["interview_id"])
            keywords = json.loads(r["keywords"] or "[]")
            yield SearchDocument(
                id=r["id"], kind="section", title=r["title"],
                text=_join([r["title"], r["synopsis"], "、".join(keywords)]),
                interview_id=r["interview_id"], start_s=r["start_s"], owner=r["interview_id"],
                year=ctx.year, place=ctx.place, place_id=ctx.place_id, person=ctx.person,
                person_id=ctx.person_id, tag=ctx.tag, group=f"section:{r['interview_id']}",
                date=ctx.date, language=ctx.language,
            )  # fmt: skip

    def segments(self, ids: Sequence[str] | None = None) -> Iterator[SearchDocument]:
        sql = (
            "SELECT segment.id, segment.text, segment.start_s, segment.speaker, "
            "transcript.interview_id, transcript.id AS transcript_id, transcript.tier, "
            "transcript.language FROM segment JOIN transcript ON transcript.id = segment.transcript_id"
        )
        order = " ORDER BY transcript.interview_id, segment.transcript_id, segment.position"
        for r in self._select(sql, ids, "segment.id", order):
            ctx = self.context(r["interview_id"])
            language = _unique([(r["language"] or "").strip()]) or ctx.language
            yield SearchDocument(
                id=r["id"], kind="segment", title=ctx.title, text=r["text"],
                interview_id=r["interview_id"], start_s=r["start_s"], owner=r["interview_id"],
                year=ctx.year, place=ctx.place, place_id=ctx.place_id, person=ctx.person,
                person_id=ctx.person_id, tag=ctx.tag, group=f"segment:{r['transcript_id']}",
                date=ctx.date, tier=_unique([(r["tier"] or "").strip()]), language=language,
                speaker=(r["speaker"] or "").strip(),
                own_tag=tuple(t for t in self._tags_of(r["id"]) if t not in ctx.tag),
            )  # fmt: skip

    def photos(self, ids: Sequence[str] | None = None) -> Iterator[SearchDocument]:
        for r in self._select("SELECT * FROM photo", ids):
            ctx = self.context(r["interview_id"])
            chain = self.lineage(r["place_id"]) if r["place_id"] else []
            person_ids, names, forms = self._people_of(
                "SELECT person.id, person.name, person.name_latin, person.other_names "
                "FROM photo_person JOIN person ON person.id = photo_person.person_id "
                "WHERE photo_id = ? ORDER BY person.name",
                r["id"],
            )
            tags = self._tags_of(r["id"])
            caption = r["caption"] or ""
            text = _join([caption, *forms, *_place_forms(chain), *tags])
            yield SearchDocument(
                id=r["id"], kind="photo", title=(caption_title(caption) or r["original_name"]), text=text,
                interview_id=r["interview_id"], owner=r["id"],
                year=_year(r["taken_at"]) or ctx.year, date=r["taken_at"] or ctx.date,
                place=_unique(n for _, n, _ in chain) if chain else ctx.place,
                place_id=tuple(p for p, _, _ in chain) if chain else ctx.place_id,
                person=_unique(names), person_id=tuple(person_ids), tag=tags,
            )  # fmt: skip

    def documents(self, ids: Sequence[str] | None = None) -> Iterator[SearchDocument]:
        for r in self._select("SELECT * FROM document", ids):
            ctx = self.context(r["interview_id"])
            tags = self._tags_of(r["id"])
            title = r["title"] or r["original_name"]
            text = _join([r["title"], r["original_name"], *tags])
            yield SearchDocument(
                id=r["id"], kind="document", title=title, text=text,
                interview_id=r["interview_id"], year=ctx.year, place=ctx.place,
                place_id=ctx.place_id, person=ctx.person, person_id=ctx.person_id, tag=tags,
                date=ctx.date,
            )  # fmt: skip

    def people(self, ids: Sequence[str] | None = None) -> Iterator[SearchDocument]:
        for r in self._select("SELECT * FROM person", ids):
            chain = self.lineage(r["home_place_id"])
            tags = self._tags_of(r["id"])
            text = _join([*_person_forms(r), *_place_forms(chain), *tags])
            yield SearchDocument(
                id=r["id"], kind="person", title=r["name"], text=text,
                year=_year(r["birth_date"]), place=_unique(n for _, n, _ in chain),
                place_id=tuple(p for p, _, _ in chain), person=(r["name"],), person_id=(r["id"],),
                tag=tags, date=r["birth_date"] or None, names=tuple(_person_forms(r)),
            )  # fmt: skip

    def places(self, ids: Sequence[str] | None = None) -> Iterator[SearchDocument]:
        for r in self._select("SELECT id FROM place", ids):
            chain = self.lineage(r["id"])
            if not chain:
                continue
            tags = self._tags_of(r["id"])
            yield SearchDocument(
                id=r["id"], kind="place", title=chain[0][1],
                text=_join([*_place_forms(chain), *tags]),
                place=_unique(n for _, n, _ in chain), place_id=tuple(p for p, _, _ in chain),
                tag=tags, names=tuple(_place_forms(chain)),
            )  # fmt: skip

    def _select(
        self, sql: str, ids: Sequence[str] | None, key: str = "id", order: str = ""
    ) -> Iterator[dict[str, Any]]:
        if ids is None:
            yield from self._stream(sql + order)
            return
        ids = list(ids)
        for at in range(0, len(ids), 500):
            chunk = ids[at : at + 500]
            marks = ", ".join("?" for _ in chunk)
            yield from self._rows(f"{sql} WHERE {key} IN ({marks}){order}", chunk)

    def _stream(self, sql: str) -> Iterator[dict[str, Any]]:
        cursor = self.db.execute(sql)
        names = [d[0] for d in cursor.description]
        while batch := cursor.fetchmany(1000):
            for row in batch:
                yield dict(zip(names, row, strict=True))

    def of_kind(self, kind: str, ids: Sequence[str] | None = None) -> Iterator[SearchDocument]:
        """Documents of one kind: all of them, or those of ``ids`` that still exist."""
        method = {
            "interview": self.interviews,
            "section": self.sections,
            "segment": self.segments,
            "photo": self.photos,
            "document": self.documents,
            "person": self.people,
            "place": self.places,
        }[kind]
        return method(ids)

    def everything(self) -> Iterator[SearchDocument]:
        for kind in KINDS:
            yield from self.of_kind(kind)

    def count(self) -> int:
        """How many documents :meth:`everything` yields (for progress)."""
        total = 0
        tables = ["interview", "segment", "photo", "document", "person", "place"]
        if self._sections_exist():
            tables.append("section")
        for table in tables:
            total += int(self.db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0])
        return total


def _person_forms(row: dict[str, Any]) -> list[str]:
    others = row.get("other_names") or "[]"
    names = json.loads(others) if isinstance(others, str) else list(others)
    return [row["name"], row.get("name_latin") or "", *names]


def _place_forms(chain: list[tuple[str, str, str | None]]) -> list[str]:
    forms: list[str] = []
    for _, name, latin in chain:
        forms.append(name)
        if latin:
            forms.append(latin)
    return forms


# -- what a change touches -----------------------------------------------------------------------


@dataclass
class Affected:
    """Documents to write again, by kind; interviews whose segments and sections must all go;
    interviews still there whose sections are all replaced (a removed section marks only its
    interview, so the index cannot be told which one went)."""

    by_kind: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in KINDS})
    gone_interviews: set[str] = field(default_factory=set)
    resectioned: set[str] = field(default_factory=set)

    def add(self, kind: str, item_id: str) -> None:
        self.by_kind[kind].add(item_id)

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_kind.values())


def affected_by(db: sqlite_utils.Database, marks: Iterable[tuple[str, str]]) -> Affected:
    """Every search document that a set of catalogue marks (kind, id) changes.

    A place touches the places under it and everything located there; a person the interviews and
    photos they are in; an interview its sections, segments, photos and documents; a tag what it
    is on.
    """

    def column(sql: str, params: Sequence[Any]) -> list[str]:
        return [str(r[0]) for r in db.execute(sql, list(params)).fetchall()]

    out = Affected()
    interviews: set[str] = set()
    marks = set(marks)
    for kind, item_id in list(marks):
        if kind == "tag":
            for row in db.execute(
                "SELECT item_kind, item_id FROM item_tag WHERE tag_id = ?", [item_id]
            ).fetchall():
                marks.add((str(row[0]), str(row[1])))
    for kind, item_id in marks:
        if kind == "interview":
            interviews.add(item_id)
        elif kind == "transcript":
            for segment_id in column("SELECT id FROM segment WHERE transcript_id = ?", [item_id]):
                out.add("segment", segment_id)
        elif kind == "person":
            out.add("person", item_id)
            interviews.update(
                column("SELECT interview_id FROM interview_person WHERE person_id = ?", [item_id])
            )
            for photo_id in column(
                "SELECT photo_id FROM photo_person WHERE person_id = ?", [item_id]
            ):
                out.add("photo", photo_id)
        elif kind == "place":
            below = column(
                "WITH RECURSIVE down(id) AS (SELECT ? UNION SELECT place.id FROM place "
                "JOIN down ON place.parent_id = down.id) SELECT id FROM down",
                [item_id],
            )
            for place_id in below:
                out.add("place", place_id)
                interviews.update(column("SELECT id FROM interview WHERE place_id = ?", [place_id]))
                for photo_id in column("SELECT id FROM photo WHERE place_id = ?", [place_id]):
                    out.add("photo", photo_id)
                for person_id in column(
                    "SELECT id FROM person WHERE home_place_id = ?", [place_id]
                ):
                    out.add("person", person_id)
        elif kind in out.by_kind:
            out.add(kind, item_id)
    for interview_id in interviews:
        out.add("interview", interview_id)
        if not db.execute("SELECT 1 FROM interview WHERE id = ?", [interview_id]).fetchone():
            out.gone_interviews.add(interview_id)
            continue
        out.resectioned.add(interview_id)
        for section_id in column("SELECT id FROM section WHERE interview_id = ?", [interview_id]):
            out.add("section", section_id)
        for segment_id in column(
            "SELECT segment.id FROM segment JOIN transcript ON transcript.id = segment.transcript_id "
            "WHERE transcript.interview_id = ?",
            [interview_id],
        ):
            out.add("segment", segment_id)
        for photo_id in column("SELECT id FROM photo WHERE interview_id = ?", [interview_id]):
            out.add("photo", photo_id)
        for document_id in column("SELECT id FROM document WHERE interview_id = ?", [interview_id]):
            out.add("document", document_id)
    return out
