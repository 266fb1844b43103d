"""Running a parsed query against the index: what each word means, matching, filters, the
consent gate, facet counts and ranking.

Ranking is FTS5's BM25 over the query's expression, in tiers: documents where unquoted English
words stand near one another first, then those that match the words as typed (not only what
pinyin or the glossary read into them), then the rest; matches no ranking expression reaches
(a query of exclusions) follow in catalogue order.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import product
from typing import Any

from archive_app.core.consent.model import SHAREABLE_KINDS
from archive_app.core.errors import InvalidValue
from archive_app.core.search import analysis, glossary, matching, pinyin, schema
from archive_app.core.search.analysis import Phrase
from archive_app.core.search.matching import AllDocs, AllOf, AnyOf, Keep, NoDocs, Plan, Without
from archive_app.core.search.query import All, And, Node, Not, Or, ParsedQuery, Word

#: kinds a non-curator audience may ever see (defined once, by the consent rules)
PUBLIC_KINDS = SHAREABLE_KINDS
#: unquoted English words this many terms apart or closer rank first
NEAR_DISTANCE = 8
#: at most this many spellings of one word (a stem's indexed words, combined over a phrase)
MAX_FORMS = 16
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


# -- what the index holds -----------------------------------------------------------------------


class Lexicon:
    """What the index's vocabulary says about typed words: the bigrams starting with a
    character (to read pinyin), the indexed words sharing a stem, which words are names.

    Reads the FTS5 vocabulary a range at a time: a fresh process needs no scan of all terms.
    Keep one per index generation: it remembers what it looked up.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._starting: dict[str, tuple[str, ...]] = {}
        self._forms: dict[str, tuple[str, ...]] = {}
        self._syllables: frozenset[str] | None = None
        self._characters: dict[str, frozenset[str]] = {}

    # pinyin.Readings, from the copy stored with the index
    def syllables(self) -> frozenset[str]:
        if self._syllables is None:
            self._syllables = frozenset(
                str(r[0]) for r in self.conn.execute("SELECT syllable FROM syllable")
            )
        return self._syllables

    def characters(self, syllable: str) -> frozenset[str]:
        found = self._characters.get(syllable)
        if found is None:
            row = self.conn.execute(
                "SELECT characters FROM syllable WHERE syllable = ?", [syllable]
            ).fetchone()
            found = self._characters[syllable] = frozenset(str(row[0]) if row else "")
        return found

    def starting_with(self, char: str) -> tuple[str, ...]:
        found = self._starting.get(char)
        if found is None:
            found = tuple(
                str(r[0])
                for r in self.conn.execute(
                    "SELECT term FROM words_vocab WHERE term >= ? AND term < ?",
                    [char, char + "\U0010ffff"],
                )
            )
            self._starting[char] = found
        return found

    def forms(self, word: str) -> tuple[str, ...]:
        """The indexed words an unquoted Latin ``word`` stands for: itself, and the words of its
        stem unless it is (part of) a name."""
        found = self._forms.get(word)
        if found is None:
            if self.conn.execute("SELECT 1 FROM name_word WHERE word = ?", [word]).fetchone():
                found = (word,)
            else:
                row = self.conn.execute("SELECT stem FROM latin WHERE word = ?", [word]).fetchone()
                stem = str(row[0]) if row else analysis.stem(word)  # stemmer only if unindexed
                others = [
                    str(r[0])
                    for r in self.conn.execute(
                        "SELECT word FROM latin WHERE stem = ? ORDER BY length(word), word", [stem]
                    )
                ]
                found = tuple(dict.fromkeys([word, *others]))[:MAX_FORMS]
            self._forms[word] = found
        return found


def _widened(own: Phrase, lexicon: Lexicon) -> list[Phrase]:
    options = [
        lexicon.forms(t) if analysis.is_latin_word(t) else (t,) for t in own.terms
    ]  # fmt: skip
    return [Phrase(tuple(c), own.prefix) for c in list(product(*options))[:MAX_FORMS]]


def own_readings(word: Word, lexicon: Lexicon) -> list[Phrase]:
    """The word as typed: characters and Latin words (unquoted English widened by stem)."""
    own = analysis.word_phrase(word.text)
    if own is None:
        return []
    return [own] if word.quoted else _widened(own, lexicon)


def other_readings(word: Word, lexicon: Lexicon) -> list[Phrase]:
    """What the glossary and pinyin read into the word."""
    found = [analysis.hanzi_phrase(c) for c in glossary.chinese_for(word.text)]
    folded = analysis.fold(word.text).text
    if folded.isascii() and any(c.isalpha() for c in folded):
        for split in pinyin.syllable_splits(folded, source=lexicon):
            found.extend(
                analysis.hanzi_phrase(h)
                for h in pinyin.hanzi_words(split, lexicon.starting_with, source=lexicon)
            )
    return found


def meanings(word: Word, lexicon: Lexicon) -> list[Phrase]:
    """Every phrase a typed word or quoted phrase may mean, its own readings first."""
    return list(dict.fromkeys([*own_readings(word, lexicon), *other_readings(word, lexicon)]))


def _syllable(node: Node, lexicon: Lexicon) -> bool:
    return (
        isinstance(node, Word)
        and not node.quoted
        and pinyin.is_syllable(analysis.fold(node.text).text.lower(), lexicon)
    )


# -- compiling --------------------------------------------------------------------------------


@dataclass
class Compiled:
    """What matches (a plan), the FTS5 expressions that rank the matches, best tier first
    (none: rank in catalogue order), and what to highlight."""

    plan: Plan
    tiers: list[str]
    highlight: list[Phrase] = field(default_factory=list)


def compile_tree(parsed: ParsedQuery, lexicon: Lexicon) -> Compiled:
    """The plan and ranking tiers of a parsed query's tree (filters are applied by :func:`run`)."""
    highlight: list[Phrase] = []
    positive = {id(w) for w in parsed.positive_words()}
    near: list[str] = []

    def word_plan(node: Word, own_only: bool) -> Plan:
        options = own_readings(node, lexicon) if own_only else meanings(node, lexicon)
        if id(node) in positive and not own_only:
            highlight.extend(options)
        if not options:
            return NoDocs()
        return options[0] if len(options) == 1 else AnyOf(tuple(options))

    def syllables_plan(run: list[Word], own_only: bool) -> Plan:
        """Single pinyin syllables typed apart (``liu shou``): each word, or one hanzi word."""
        each = AllOf(tuple(word_plan(w, own_only) for w in run))
        if own_only:
            return each
        joined = " ".join(w.text for w in run)
        chains = [
            analysis.hanzi_phrase(h)
            for split in pinyin.syllable_splits(analysis.fold(joined).text, source=lexicon)
            for h in pinyin.hanzi_words(split, lexicon.starting_with, source=lexicon)
        ]
        if any(id(w) in positive for w in run):
            highlight.extend(chains)
        return AnyOf((each, *chains)) if chains else each

    def children_plans(children: Sequence[Node], own_only: bool) -> list[Plan]:
        plans: list[Plan] = []
        at = 0
        while at < len(children):
            end = at
            while end < len(children) and _syllable(children[end], lexicon):
                end += 1
            if end - at >= 2:
                run = [c for c in children[at:end] if isinstance(c, Word)]
                plans.append(syllables_plan(run, own_only))
                at = end
                continue
            plans.append(build(children[at], own_only))
            at += 1
        return plans

    def build(node: Node, own_only: bool) -> Plan:
        if isinstance(node, Word):
            return word_plan(node, own_only)
        if isinstance(node, All):
            return AllDocs()
        if isinstance(node, Not):
            return Without(build(node.child, own_only))
        if isinstance(node, And):
            included = [c for c in node.children if not isinstance(c, Not)]
            excluded = [c.child for c in node.children if isinstance(c, Not)]
            if not own_only:
                _note_near(included)
            return AllOf(
                tuple(children_plans(included, own_only)),
                tuple(build(c, own_only) for c in excluded),
            )
        if isinstance(node, Or):
            return AnyOf(tuple(build(c, own_only) for c in node.children))
        raise TypeError(node)

    def _note_near(included: Sequence[Node]) -> None:
        latin = [
            own_readings(c, lexicon)
            for c in included
            if isinstance(c, Word) and not c.quoted and _latin_word(c.text)
        ]
        if len(latin) >= 2:
            found = matching.near_expression(latin, NEAR_DISTANCE)
            if found:
                near.append(found)

    tree = parsed.tree if parsed.tree is not None else All()
    plan = matching.simplify(build(tree, False))
    own = matching.simplify(build(tree, True))
    tiers: list[str] = []
    full = matching.expression(plan)
    if full is None:  # exclusions alone: rank by what the positive words match
        positive_plan = matching.simplify(AnyOf(tuple(highlight))) if highlight else NoDocs()
        full = matching.expression(positive_plan)
    own_text = matching.expression(own)
    if highlight and all(p.prefix for p in highlight):
        full = None  # one character: every match alike, in catalogue order (as BM25 would tie)
    if full is not None:
        for found in near:
            tiers.append(f"{own_text or full} AND {found}")
        if own_text is not None and own_text != full:
            tiers.append(own_text)
        tiers.append(full)
    return Compiled(plan, list(dict.fromkeys(tiers)), list(dict.fromkeys(highlight)))


def _latin_word(text: str) -> bool:
    phrase = analysis.word_phrase(text)
    return phrase is not None and all(analysis.is_latin_word(t) for t in phrase.terms)


# -- filters ----------------------------------------------------------------------------------


def filter_keeps(
    filters: Mapping[str, tuple[str, ...]],
    table: matching.GroupTable,
    conn: sqlite3.Connection,
    speaker_forms: Callable[[str], set[str]],
) -> list[Keep]:
    """What each filter keeps: each filter any of its values; all filters together.

    Names are compared folded (traditional or simplified, any case); ids exactly. Raises
    :class:`InvalidValue` for a ``from:`` or ``to:`` that is not a date.
    """
    fold = analysis.fold_name
    groups = table.groups
    keeps: list[Keep] = []
    for name, values in filters.items():
        chosen: set[int] = set()
        slots: set[int] = set()
        docs: set[int] = set()
        for value in values:
            wanted = fold(value)
            if name == "kind":
                kind = "segment" if value in ("transcript", "segment") else value
                chosen.update(n for n, g in groups.items() if g.kind == kind)
            elif name == "interview":
                chosen |= table.with_interview(conn, value.strip())
            elif name == "year":
                chosen |= table.holding(conn, "year", value.strip()[:4], str)
            elif name in ("place", "person"):
                if _UUID.match(value.strip()):  # identifiers are UUIDs; anything else a name
                    chosen |= table.with_id(conn, f"{name}_id", value.strip())
                chosen |= table.holding(conn, name, wanted, fold)
            elif name in ("tag", "tier", "language"):
                chosen |= table.holding(conn, name, wanted, fold)
                if name == "tag":
                    tagged = table.tagged(conn)
                    docs.update(r for r, tags in tagged.items() if wanted in map(fold, tags))
            elif name == "speaker":
                forms = speaker_forms(value) | {wanted}
                table.load_all(conn)
                for number, group in groups.items():
                    for slot, speaker in enumerate(group.speakers):
                        if speaker and fold(speaker) in forms:
                            slots.add(number << (schema.GROUP_SHIFT - schema.SLOT_SHIFT) | slot)
                others = matching.speakers_in_other_slots(conn, table)
                docs.update(r for r, s in others.items() if fold(s) in forms)
            elif name in ("from", "to"):
                table.load_all(conn)
                chosen |= _dated(groups, name, value)
        keeps.append(Keep(chosen, slots, docs))
    return keeps


def check_date(name: str, value: str) -> None:
    """Raise :class:`InvalidValue` unless ``value`` is a date (``from:`` and ``to:``)."""
    if not _DATE.match(value.strip()):
        raise InvalidValue(name, value, "YYYY, YYYY-MM or YYYY-MM-DD")


def _dated(groups: Mapping[int, matching.Group], name: str, value: str) -> set[int]:
    value = value.strip()
    check_date(name, value)
    if name == "from":
        return {n for n, g in groups.items() if g.date and g.date[: len(value)] >= value}
    return {n for n, g in groups.items() if g.date and g.date[: len(value)] <= value}


def gate_keep(
    conn: sqlite3.Connection, table: matching.GroupTable, visible: frozenset[str]
) -> Keep:
    """The documents an audience may see: public kinds whose consent owner the gate allows."""

    def allows(group: matching.Group) -> bool:
        return group.kind in PUBLIC_KINDS and group.owner is not None and group.owner in visible

    return Keep(table.gated(conn, visible, allows))


def hidden_rows(
    conn: sqlite3.Connection, interview_ids: Collection[str], ids: Collection[str]
) -> frozenset[int]:
    """The row ids of the documents ``ids`` (transcript lines and chapters inside closed
    passages), looked for only among the groups of ``interview_ids``."""
    if not ids or not interview_ids:
        return frozenset()
    groups = [
        int(row[0])
        for row in conn.execute(
            "SELECT number FROM grp WHERE interview_id IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted(interview_ids))],
        )
    ]
    found: set[int] = set()
    for number in groups:
        start, end = schema.group_range(number)
        found.update(
            int(rowid)
            for rowid, doc_id in conn.execute(
                "SELECT rowid, id FROM doc WHERE rowid >= ? AND rowid < ?", [start, end]
            )
            if doc_id in ids
        )
    return frozenset(found)


# -- running ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RawHit:
    rowid: int
    score: float
    kind: str
    id: str
    interview_id: str | None
    title: str
    text: str
    start_s: float | None


@dataclass(frozen=True)
class RawResult:
    total: int
    hits: list[RawHit]
    facets: dict[str, dict[str, int]]


def run(
    conn: sqlite3.Connection,
    compiled: Compiled,
    keeps: Sequence[Keep],
    *,
    limit: int,
    table: matching.GroupTable,
    hidden: Collection[int] = frozenset(),
) -> RawResult:
    """Match, keep what the filters and the gate keep, leave out the ``hidden`` row ids
    (inside closed passages), count and rank.

    Matching fetches row ids only (one string from SQLite); ranking then reads the ranked
    matches only until it has ``limit`` of them (measured: fetching every ranked row costs
    as much again as FTS5's sorting them).
    """
    plan = compiled.plan
    keeps = list(keeps)
    tiers = list(compiled.tiers)
    ranked: list[tuple[int, float]] | None = None
    if isinstance(plan, AllDocs) and keeps and not keeps[0].slots and not keeps[0].docs:
        matched = matching.documents_of(conn, keeps.pop(0).groups)
    else:
        matched = matching.evaluate(conn, plan)
    everything = len(matched)
    for wanted in keeps:
        matched = matching.keep(matched, wanted)
    if hidden:
        matched = [rowid for rowid in matched if rowid not in hidden]
    facets = matching.count_facets(conn, table, matched)
    accepted = set(matched) if len(matched) < everything else None
    best = _rank(conn, tiers, matched, accepted, ranked, limit)
    return RawResult(len(matched), _hits(conn, table, best), facets)


def _rank(
    conn: sqlite3.Connection,
    tiers: list[str],
    matched: list[int],
    accepted: set[int] | None,
    ranked: list[tuple[int, float]] | None,
    limit: int,
) -> list[tuple[int, float]]:
    """The best ``limit`` of the matches: preferred tiers first, then the ranked matches (or
    the rest in catalogue order)."""
    if limit <= 0 or not matched:
        return []
    if accepted is None and (tiers or ranked is None):
        accepted = set(matched)
    chosen: dict[int, float] = {}
    for text in tiers:
        try:
            cursor = conn.execute(
                "SELECT rowid, rank FROM words WHERE words MATCH ? ORDER BY rank", [text]
            )
        except sqlite3.OperationalError as error:
            if not str(error).startswith("fts5:"):
                raise
            continue  # nested deeper than FTS5 parses: these matches follow unranked
        for rowid, rank in cursor:
            if accepted is not None and rowid not in accepted or rowid in chosen:
                continue
            chosen[rowid] = round(-float(rank), 4)
            if len(chosen) >= limit:
                cursor.close()
                return list(chosen.items())
    if ranked is not None:
        for rowid, rank in ranked:
            if (accepted is None or rowid in accepted) and rowid not in chosen:
                chosen[rowid] = round(-float(rank), 4)
                if len(chosen) >= limit:
                    return list(chosen.items())
    for rowid in matched if ranked is None else ():
        if rowid not in chosen:
            chosen[rowid] = 0.0
            if len(chosen) >= limit:
                break
    return list(chosen.items())


def _hits(
    conn: sqlite3.Connection, table: matching.GroupTable, best: list[tuple[int, float]]
) -> list[RawHit]:
    if not best:
        return []
    table.load(conn, {rowid >> schema.GROUP_SHIFT for rowid, _ in best})
    marks = ", ".join("?" for _ in best)
    rows: dict[int, Any] = {
        int(r[0]): r
        for r in conn.execute(
            f"SELECT rowid, id, title, text, start_s FROM doc WHERE rowid IN ({marks})",
            [rowid for rowid, _ in best],
        )
    }
    hits: list[RawHit] = []
    for rowid, score in best:
        row = rows.get(rowid)
        group = table.groups.get(rowid >> schema.GROUP_SHIFT)
        if row is None or group is None:
            continue
        hits.append(
            RawHit(rowid, score, group.kind, str(row[1]), group.interview_id,
                   row[2] if row[2] is not None else group.title, str(row[3]), row[4])
        )  # fmt: skip
    return hits


def prepare(conn: sqlite3.Connection) -> None:
    """Read what every search needs (the groups, their facets) now, ahead of the first one."""
    table = matching.groups_of(conn)
    table.load_all(conn)
    table.tagged(conn)
    for group in table.groups.values():
        group.facets  # noqa: B018 - parsed once, kept
