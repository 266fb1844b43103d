"""Which documents match: query plans as FTS5 expressions, and facets, filters and the consent
gate answered from the row ids a match returns.

A plan is the tree of phrases a query means. As much of it as FTS5 can say (phrases, prefixes,
AND, OR, NOT with something to subtract from) becomes one MATCH expression evaluated in C; the
rest (everything but, or an exclusion under an OR) is set algebra on row ids here. A row id
carries its document's group and speaker slot (``schema.py``), so the groups' table, small and
kept per process, answers every filter, the gate and the facet counts.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from typing import Any

from archive_app.core.search import schema
from archive_app.core.search.analysis import Phrase
from archive_app.core.search.schema import GROUP_SHIFT, OTHER_SLOT, SLOT_MASK, SLOT_SHIFT

# -- plans ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AllDocs:
    pass


@dataclass(frozen=True)
class NoDocs:
    pass


@dataclass(frozen=True)
class AllOf:
    children: tuple[Plan, ...]
    excluded: tuple[Plan, ...] = ()


@dataclass(frozen=True)
class AnyOf:
    children: tuple[Plan, ...]


@dataclass(frozen=True)
class Without:
    child: Plan


Plan = Phrase | AllDocs | NoDocs | AllOf | AnyOf | Without


def simplify(plan: Plan) -> Plan:
    """The same plan without the parts that can match nothing (words with no meaning)."""
    if isinstance(plan, AllOf):
        included = [simplify(c) for c in plan.children]
        if any(isinstance(c, NoDocs) for c in included):
            return NoDocs()
        excluded = [e for e in (simplify(c) for c in plan.excluded) if not isinstance(e, NoDocs)]
        if any(isinstance(e, AllDocs) for e in excluded):
            return NoDocs()
        positive = [c for c in included if not isinstance(c, AllDocs)]
        if not excluded and len(positive) == 1:
            return positive[0]
        if not excluded and not positive:
            return AllDocs()
        return AllOf(tuple(positive) or (AllDocs(),), tuple(excluded))
    if isinstance(plan, AnyOf):
        children = [c for c in (simplify(c) for c in plan.children) if not isinstance(c, NoDocs)]
        if not children:
            return NoDocs()
        if any(isinstance(c, AllDocs) for c in children):
            return AllDocs()
        return children[0] if len(children) == 1 else AnyOf(tuple(children))
    if isinstance(plan, Without):
        child = simplify(plan.child)
        if isinstance(child, NoDocs):
            return AllDocs()
        if isinstance(child, AllDocs):
            return NoDocs()
        return Without(child)
    return plan


def phrase_expression(phrase: Phrase) -> str:
    """FTS5's spelling of a phrase (terms never hold a double quote: they are letters)."""
    if phrase.prefix:
        return f'"{phrase.terms[0]}"*'
    return '"' + " ".join(phrase.terms) + '"'


def expression(plan: Plan) -> str | None:
    """The plan as one FTS5 MATCH expression, or None when FTS5 cannot say it (everything but,
    or nothing to subtract from)."""
    if isinstance(plan, Phrase):
        return phrase_expression(plan)
    if isinstance(plan, AnyOf):
        parts = [expression(c) for c in plan.children]
        if any(p is None for p in parts):
            return None
        return "(" + " OR ".join(p for p in parts if p) + ")"
    if isinstance(plan, AllOf):
        parts = [expression(c) for c in plan.children]
        removed = [expression(c) for c in plan.excluded]
        if not parts or any(p is None for p in [*parts, *removed]):
            return None
        text = "(" + " AND ".join(p for p in parts if p) + ")"
        for part in removed:
            text = f"({text} NOT {part})"
        return text
    return None


def near_expression(phrases: Sequence[Sequence[Phrase]], distance: int) -> str | None:
    """Documents where one of each word's phrases stand within ``distance`` terms of one another
    (every combination, at most 16)."""
    combos: list[list[Phrase]] = [[]]
    for options in phrases:
        combos = [c + [p] for c in combos for p in options if not p.prefix][:16]
    if not combos or not all(combos):
        return None
    groups = [
        "NEAR(" + " ".join(phrase_expression(p) for p in combo) + f", {distance})"
        for combo in combos
    ]
    return "(" + " OR ".join(groups) + ")"


# -- evaluating -------------------------------------------------------------------------------


def match(conn: sqlite3.Connection, text: str) -> list[int]:
    """Row ids of the documents matching an FTS5 expression, ascending (as one string from
    SQLite, split in C: no Python object per row on the way)."""
    row = conn.execute(
        "SELECT group_concat(rowid) FROM words WHERE words MATCH ?", [text]
    ).fetchone()
    return list(map(int, row[0].split(","))) if row and row[0] else []


def every_document(conn: sqlite3.Connection) -> list[int]:
    row = conn.execute("SELECT group_concat(rowid) FROM (SELECT rowid FROM doc ORDER BY rowid)")
    found = row.fetchone()
    return list(map(int, found[0].split(","))) if found and found[0] else []


def evaluate(conn: sqlite3.Connection, plan: Plan) -> list[int]:
    """Row ids of the documents matching ``plan`` (simplified), ascending."""
    if isinstance(plan, NoDocs):
        return []
    text = expression(plan)
    if text is not None:
        try:
            return match(conn, text)
        except sqlite3.OperationalError as error:
            # FTS5's parser stack holds about twenty nested brackets: deeper, each part on its
            # own and the parts combined here
            if not str(error).startswith("fts5:") or isinstance(plan, Phrase):
                raise
    if isinstance(plan, AllDocs):
        return every_document(conn)
    if isinstance(plan, Without):
        gone = set(evaluate(conn, plan.child))
        return [r for r in every_document(conn) if r not in gone]
    if isinstance(plan, AnyOf):
        found: set[int] = set()
        for child in plan.children:
            found.update(evaluate(conn, child))
        return sorted(found)
    if isinstance(plan, AllOf):
        kept: set[int] | None = None
        for child in plan.children:
            rows = evaluate(conn, child)
            kept = set(rows) if kept is None else kept.intersection(rows)
            if not kept:
                return []
        if kept is None:
            kept = set(every_document(conn))
        for child in plan.excluded:
            kept.difference_update(evaluate(conn, child))
        return sorted(kept)
    raise TypeError(plan)


# -- groups -----------------------------------------------------------------------------------

#: the speaker label standing for "look this document's speaker up in ``doc``"
CROWDED = "\x00crowded"


@dataclass
class Group:
    """What the documents of one group share (see ``schema.py``). Only the kind is read up
    front; the rest when a search first needs it (``loaded``)."""

    kind: str
    interview_id: str | None = None
    owner: str | None = None
    title: str = ""
    date: str | None = None
    facets_text: str = ""  # schema.pack's
    speakers: list[str] = field(default_factory=list)
    loaded: bool = False
    _facets: dict[str, list[str]] | None = None

    @property
    def facets(self) -> dict[str, list[str]]:
        if self._facets is None:
            found: dict[str, list[str]] = {}
            for name, value in schema.unpack(self.facets_text):
                found.setdefault(name, []).append(value)
            self._facets = found
        return self._facets


_DETAILS = "SELECT number, interview_id, owner, title, date, facets, speakers FROM grp"


@dataclass
class GroupTable:
    """The index's groups, kept per process and brought up to date by generation.

    A fresh process reads every group's kind (a few milliseconds) and the rest only for the
    groups a search touches, or all of it when a filter or the gate asks about every group.
    """

    identity: str
    generation: int = -1
    groups: dict[int, Group] = field(default_factory=dict)
    _tagged: dict[int, tuple[str, ...]] | None = None
    _values: dict[str, dict[str, set[int]]] = field(default_factory=dict)
    _gate: tuple[object, frozenset[int]] | None = None
    _labels: dict[int, str] = field(default_factory=dict)
    _unpacked: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    _all_loaded: bool = False

    def speaker_labels(self) -> dict[int, str]:
        """Speaker label by (group << 8 | slot) of the loaded groups; :data:`CROWDED` for a
        slot past a group's list."""
        return self._labels

    def unpacked(self, text: str) -> list[tuple[str, str]]:
        """A group's facet values (``schema.pack``'s text), split once per process."""
        found = self._unpacked.get(text)
        if found is None:
            found = self._unpacked[text] = schema.unpack(text)
        return found

    def refresh(self, conn: sqlite3.Connection) -> None:
        row = conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        generation = int(row[0])
        if generation == self.generation:
            return
        if self.generation < 0:  # all of them: a plain scan, no index
            rows = conn.execute("SELECT number, kind FROM grp WHERE kind != ''")
        else:
            rows = conn.execute(
                "SELECT number, kind FROM grp WHERE generation > ?", [self.generation]
            )
        for number, kind in rows:
            old = self.groups.pop(number, None)
            if old is not None:
                self._forget_labels(number, old)
            if kind:
                self.groups[number] = Group(kind)
                self._all_loaded = False
        self.generation = generation
        self._tagged = None
        self._values = {}
        self._gate = None

    def _forget_labels(self, number: int, group: Group) -> None:
        base = number << (GROUP_SHIFT - SLOT_SHIFT)
        for slot in [*range(len(group.speakers)), OTHER_SLOT]:
            self._labels.pop(base | slot, None)

    def load(self, conn: sqlite3.Connection, numbers: Iterable[int]) -> None:
        """Read the details of these groups, unless already read."""
        if self._all_loaded:
            return
        wanted = [n for n in numbers if n in self.groups and not self.groups[n].loaded]
        if not wanted:
            return
        if 2 * len(wanted) > len(self.groups):
            self.load_all(conn)
            return
        for at in range(0, len(wanted), 500):
            chunk = wanted[at : at + 500]
            marks = ", ".join("?" for _ in chunk)
            self._fill(conn.execute(f"{_DETAILS} WHERE number IN ({marks})", chunk))

    def load_all(self, conn: sqlite3.Connection) -> None:
        if not self._all_loaded:
            self._fill(conn.execute(f"{_DETAILS} WHERE kind != ''"))
            self._all_loaded = True

    def _fill(self, rows: Iterable[tuple[Any, ...]]) -> None:
        for number, interview_id, owner, title, date, facets, speakers in rows:
            group = self.groups.get(number)
            if group is None or group.loaded:
                continue
            group.interview_id, group.owner, group.title, group.date = (
                interview_id, owner, title, date,
            )  # fmt: skip
            group.facets_text = facets
            group.speakers = speakers.split(schema.UNIT) if speakers else []
            group.loaded = True
            base = number << (GROUP_SHIFT - SLOT_SHIFT)
            for slot, speaker in enumerate(group.speakers):
                self._labels[base | slot] = speaker
            if len(group.speakers) >= OTHER_SLOT:
                self._labels[base | OTHER_SLOT] = CROWDED

    def tagged(self, conn: sqlite3.Connection) -> dict[int, tuple[str, ...]]:
        """Documents with tags of their own (segments tagged one by one): few."""
        if self._tagged is None:
            self._tagged = {
                int(rowid): tuple(json.loads(tags))
                for rowid, tags in conn.execute(
                    "SELECT rowid, tags FROM doc WHERE tags IS NOT NULL"
                )
            }
        return self._tagged

    def holding(
        self, conn: sqlite3.Connection, name: str, wanted: str, fold: Callable[[str], str]
    ) -> set[int]:
        """Groups with a value of facet ``name`` that folds to ``wanted``."""
        values = self._values.get(name)
        if values is None:
            self.load_all(conn)
            values = {}
            for number, group in self.groups.items():
                for value in group.facets.get(name, ()):
                    values.setdefault(fold(value), set()).add(number)
            self._values[name] = values
        return values.get(wanted, set())

    def with_id(self, conn: sqlite3.Connection, name: str, value: str) -> set[int]:
        """Groups holding ``value`` as their ``name`` (place_id, person_id)."""
        entry = f"{name}{schema.UNIT}{value}"
        return {
            int(number)
            for number, ids in conn.execute(
                "SELECT number, ids FROM grp WHERE kind != '' AND instr(ids, ?) > 0", [entry]
            )
            if entry in ids.split(schema.RECORD)
        }

    def with_interview(self, conn: sqlite3.Connection, interview_id: str) -> set[int]:
        """Groups of one interview (its own, its sections', its transcripts', its photos')."""
        return {
            int(r[0])
            for r in conn.execute(
                "SELECT number FROM grp WHERE interview_id = ? AND kind != ''", [interview_id]
            )
        }

    def gated(
        self, conn: sqlite3.Connection, key: object, allows: Callable[[Group], bool]
    ) -> frozenset[int]:
        """Groups an audience may see (kept while the audience's answer stays the same)."""
        self.load_all(conn)
        if self._gate is None or self._gate[0] != key:
            self._gate = (key, frozenset(n for n, g in self.groups.items() if allows(g)))
        return self._gate[1]


_TABLES: OrderedDict[str, GroupTable] = OrderedDict()
_TABLES_LOCK = threading.Lock()


def groups_of(conn: sqlite3.Connection) -> GroupTable:
    """The group table of the index ``conn`` reads, up to date."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'identity'").fetchone()
    identity = str(row[0]) if row else ""
    with _TABLES_LOCK:
        table = _TABLES.get(identity)
        if table is None:
            table = _TABLES[identity] = GroupTable(identity)
            while len(_TABLES) > 4:
                _TABLES.popitem(last=False)
        _TABLES.move_to_end(identity)
    table.refresh(conn)
    return table


def forget() -> None:
    """Drop every kept group table (tests; an index replaced under the same identity)."""
    with _TABLES_LOCK:
        _TABLES.clear()


# -- keeping some of a match ------------------------------------------------------------------


@dataclass(frozen=True)
class Keep:
    """Documents of ``groups``, or of ``slots`` (group << 8 | speaker slot), or ``docs``."""

    groups: Collection[int] = frozenset()
    slots: Collection[int] = frozenset()
    docs: Collection[int] = frozenset()


def keep(rowids: list[int], wanted: Keep) -> list[int]:
    """The row ids ``wanted`` lets through, in their order."""
    if not rowids:
        return []
    groups = wanted.groups
    by_group = list(map(GROUP_SHIFT.__rrshift__, rowids))
    flags = list(map(groups.__contains__, by_group))
    if wanted.slots:
        by_slot = map(SLOT_SHIFT.__rrshift__, rowids)
        flags = [f or s in wanted.slots for f, s in zip(flags, by_slot, strict=True)]
    if wanted.docs:
        flags = [f or r in wanted.docs for f, r in zip(flags, rowids, strict=True)]
    return list(compress(rowids, flags))


def documents_of(conn: sqlite3.Connection, groups: Iterable[int]) -> list[int]:
    """Row ids of every document in ``groups``, ascending."""
    chosen = sorted(set(groups))
    if len(chosen) > 64:  # one pass over all documents beats many range reads
        wanted = set(chosen)
        return [r for r in every_document(conn) if r >> GROUP_SHIFT in wanted]
    found: list[int] = []
    for number in chosen:
        start, end = schema.group_range(number)
        found.extend(
            r[0]
            for r in conn.execute(
                "SELECT rowid FROM doc WHERE rowid >= ? AND rowid < ? ORDER BY rowid", [start, end]
            )
        )
    return found


def speakers_in_other_slots(conn: sqlite3.Connection, table: GroupTable) -> dict[int, str]:
    """Speakers of documents whose group had no slot left for them (rare)."""
    table.load_all(conn)
    crowded = [n for n, g in table.groups.items() if len(g.speakers) >= OTHER_SLOT]
    found: dict[int, str] = {}
    for number in crowded:
        start, end = schema.group_range(number)
        for rowid, speaker in conn.execute(
            "SELECT rowid, speaker FROM doc WHERE rowid >= ? AND rowid < ?", [start, end]
        ):
            if (rowid >> SLOT_SHIFT) & SLOT_MASK == OTHER_SLOT:
                found[int(rowid)] = str(speaker)
    return found


# -- facets -----------------------------------------------------------------------------------


def count_facets(
    conn: sqlite3.Connection, table: GroupTable, rowids: list[int]
) -> dict[str, dict[str, int]]:
    """How many of the documents hold each value of each facet (most first)."""
    counts: dict[str, Counter[str]] = {name: Counter() for name in schema.FACETS}
    per_group = Counter(map(GROUP_SHIFT.__rrshift__, rowids))
    table.load(conn, per_group)
    # speakers: each row id's group and slot looked up in C, counted by label
    labels = table.speaker_labels()
    counts["speaker"].update(map(labels.get, map(SLOT_SHIFT.__rrshift__, rowids), repeat("")))
    crowded = counts["speaker"].pop(CROWDED, 0) > 0
    counts["speaker"].pop("", None)
    by_facets: Counter[str] = Counter()  # groups of one interview share their facets
    for number, count in per_group.items():
        group = table.groups.get(number)
        if group is None:
            continue
        counts["kind"][group.kind] += count
        by_facets[group.facets_text] += count
    for text, count in by_facets.items():
        for name, value in table.unpacked(text):
            if name in counts:
                counts[name][value] += count
    tagged = table.tagged(conn)
    if tagged:
        for rowid in tagged.keys() & set(rowids):
            counts["tag"].update(tagged[rowid])
    if crowded:
        others = speakers_in_other_slots(conn, table)
        counts["speaker"].update(others[r] for r in rowids if r in others and others[r])
    return {
        name: dict(sorted(found.items(), key=lambda item: (-item[1], item[0])))
        for name, found in counts.items()
    }
