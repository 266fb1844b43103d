"""Which documents match: set algebra over Whoosh's stored postings, as bitmaps.

Whoosh's own matchers walk documents one by one in Python, which is what made totals, facet
counts and phrase checks slow (tens of milliseconds per thousand matches). Here each term's
postings are read a block at a time into a bitmap (a Python int: AND, OR, NOT and counting run in
C), per index segment; a phrase is the AND of its terms, then checked by positions only for the
candidates. Facet values and consent owners are bitmaps too, read once per segment and kept
(segments never change once written; deletions are applied as a mask at the end).

This reads Whoosh 2.7's posting blocks through its leaf matcher's block methods (``_read_ids`` and
friends): the pinned engine version's internals, kept to this one module. Any other matcher
(short posting lists stored inline) goes through Whoosh's public interface.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermNotFound

from archive_app.core.search import schema

WORDS = "words"
_BITS = tuple(tuple(b for b in range(8) if byte >> b & 1) for byte in range(256))


# -- plans ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    field: str
    text: str


@dataclass(frozen=True)
class Prefix:
    text: str  # one character: every WORDS term starting with it


@dataclass(frozen=True)
class Phrase:
    terms: tuple[str, ...]  # WORDS terms at consecutive positions


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


Plan = Term | Prefix | Phrase | AllDocs | NoDocs | AllOf | AnyOf | Without


# -- bitmaps ----------------------------------------------------------------------------------


def bitmap(ids: Iterable[int], size: int) -> int:
    bits = bytearray((size + 7) >> 3)
    for docnum in ids:
        bits[docnum >> 3] |= 1 << (docnum & 7)
    return int.from_bytes(bits, "little")


def members(mask: int, size: int) -> list[int]:
    """The document numbers set in ``mask``, ascending."""
    found: list[int] = []
    if not mask:
        return found
    for index, byte in enumerate(mask.to_bytes((size + 7) >> 3, "little")):
        if byte:
            base = index << 3
            found.extend(base + bit for bit in _BITS[byte])
    return found


# -- raw postings -------------------------------------------------------------------------------


def raw_matcher(reader: Any, fieldname: str, text: str) -> Any | None:
    try:
        matcher = reader.postings(fieldname, text)
    except TermNotFound:
        return None
    while isinstance(matcher, FilterMatcher):  # deletions: applied as a mask later instead
        matcher = matcher.child
    return matcher


def read_postings(
    reader: Any, fieldname: str, text: str, *, weights: bool = False, values: bool = False
) -> tuple[list[int], list[float], list[bytes]]:
    """(ids, weights, values) of one term in one segment; weights/values only when asked."""
    ids: list[int] = []
    found_weights: list[float] = []
    found_values: list[bytes] = []
    matcher = raw_matcher(reader, fieldname, text)
    if matcher is None:
        return ids, found_weights, found_values
    if hasattr(matcher, "_read_ids") and hasattr(matcher, "_next_block"):
        while matcher.is_active():
            matcher._read_ids()
            ids.extend(matcher._ids)
            if weights:
                matcher._read_weights()
                found_weights.extend(matcher._weights)
            if values:
                matcher._read_values()
                found_values.extend(matcher._values)
            matcher._next_block()
        return ids, found_weights, found_values
    while matcher.is_active():
        ids.append(matcher.id())
        if weights:
            found_weights.append(matcher.weight())
        if values:
            found_values.append(matcher.value())
        matcher.next()
    return ids, found_weights, found_values


# -- per-segment data -----------------------------------------------------------------------------


@dataclass
class SegmentTable:
    """Facet values and consent owners of one segment, each value with its bitmap."""

    size: int
    values: dict[str, dict[str, int]]


class _Cache:
    """Bitmaps of segments, kept across searches (segments never change once written)."""

    def __init__(self, terms_kept: int = 2048, tables_kept: int = 256) -> None:
        self.lock = threading.Lock()
        self.terms: OrderedDict[tuple[str, str, str], int] = OrderedDict()
        self.tables: OrderedDict[str, SegmentTable] = OrderedDict()
        self.first: dict[str, frozenset[str]] = {}
        self.terms_kept = terms_kept
        self.tables_kept = tables_kept

    def term(self, key: tuple[str, str, str]) -> int | None:
        with self.lock:
            found = self.terms.get(key)
            if found is not None:
                self.terms.move_to_end(key)
            return found

    def keep_term(self, key: tuple[str, str, str], mask: int) -> None:
        with self.lock:
            self.terms[key] = mask
            while len(self.terms) > self.terms_kept:
                self.terms.popitem(last=False)

    def table(self, key: str) -> SegmentTable | None:
        with self.lock:
            return self.tables.get(key)

    def keep_table(self, key: str, table: SegmentTable) -> None:
        with self.lock:
            self.tables[key] = table
            while len(self.tables) > self.tables_kept:
                self.tables.popitem(last=False)
            if len(self.first) > self.tables_kept:
                self.first.clear()


_CACHE = _Cache()


@dataclass
class Leaf:
    """One index segment as a search sees it."""

    reader: Any
    key: str  # stable name of the segment
    offset: int  # its first global document number
    size: int
    live: int  # bitmap of documents not deleted
    table: SegmentTable
    postings: dict[tuple[str, str], tuple[list[int], list[float], list[bytes]]] = field(
        default_factory=dict
    )

    def term(self, fieldname: str, text: str) -> int:
        key = (self.key, fieldname, text)
        mask = _CACHE.term(key)
        if mask is None:
            mask = bitmap(self.read(fieldname, text)[0], self.size)
            _CACHE.keep_term(key, mask)
        return mask

    def read(self, fieldname: str, text: str) -> tuple[list[int], list[float], list[bytes]]:
        """A term's postings, read once per search (phrases and ranking both need them)."""
        key = (fieldname, text)
        found = self.postings.get(key)
        if found is None:
            scored = fieldname == WORDS
            found = read_postings(self.reader, fieldname, text, weights=scored, values=scored)
            self.postings[key] = found
        return found

    def weighted(self, fieldname: str, text: str) -> tuple[list[int], list[float]]:
        ids, weights, _ = self.read(fieldname, text)
        return ids, weights


def first_characters(leaf: Leaf) -> frozenset[str]:
    """The characters that WORDS terms of this segment start with (kept per segment)."""
    key = f"{leaf.key}\x00first"
    with _CACHE.lock:
        found = _CACHE.first.get(key)
    if found is None:
        chars: set[str] = set()
        last = b""
        for term in leaf.reader.lexicon(WORDS):
            head = term[: _utf8_length(term[0])] if term else b""
            if head != last:
                chars.add(head.decode("utf-8", "ignore"))
                last = head
        found = frozenset(chars)
        with _CACHE.lock:
            _CACHE.first[key] = found
    return found


def _utf8_length(lead: int) -> int:
    return 1 if lead < 0x80 else 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4


def leaves_of(searcher: Any, index_id: str) -> list[Leaf]:
    reader = searcher.reader()
    pairs = [(reader, 0)] if reader.is_atomic() else reader.leaf_readers()
    found: list[Leaf] = []
    for leaf_reader, offset in pairs:
        segment = leaf_reader.segment()
        key = f"{index_id}:{segment.segment_id() if segment is not None else id(leaf_reader)}"
        size = leaf_reader.doc_count_all()
        table = _CACHE.table(key)
        if table is None:
            table = _read_table(leaf_reader, size)
            _CACHE.keep_table(key, table)
        live = (1 << size) - 1
        if leaf_reader.has_deletions():
            live &= ~bitmap(leaf_reader.deleted_docs_set, size)
        found.append(Leaf(leaf_reader, key, offset, size, live, table))
    return found


def _read_table(reader: Any, size: int) -> SegmentTable:
    values: dict[str, dict[str, int]] = {}
    for name in schema.TABLED:
        values[name] = {
            term: bitmap(read_postings(reader, name, term)[0], size)
            for term in reader.field_terms(name)
        }
    return SegmentTable(size, values)


# -- evaluating ---------------------------------------------------------------------------------


def evaluate(plan: Plan, leaf: Leaf) -> int:
    """The bitmap of ``leaf``'s live documents that match ``plan``."""
    return _evaluate(plan, leaf, leaf.live) & leaf.live


def _cost(plan: Plan) -> int:
    # phrases are checked by positions: evaluate them last, on the fewest candidates
    return 1 if isinstance(plan, Phrase | AnyOf | AllOf) else 0


def _evaluate(plan: Plan, leaf: Leaf, within: int) -> int:
    """``plan``'s bitmap; documents outside ``within`` may be left out (they are not wanted)."""
    if isinstance(plan, Term):
        return leaf.term(plan.field, plan.text)
    if isinstance(plan, Prefix):
        mask = 0
        for term in leaf.reader.expand_prefix(WORDS, plan.text):
            text = term.decode("utf-8") if isinstance(term, bytes) else term
            mask |= leaf.term(WORDS, text)
        return mask
    if isinstance(plan, Phrase):
        if within != leaf.live:
            return _phrase(plan.terms, leaf, within)
        # unrestricted: keep the answer, as for terms (deletions are masked out afterwards)
        key = (leaf.key, "\x00phrase", "\x1f".join(plan.terms))
        kept = _CACHE.term(key)
        if kept is None:
            kept = _phrase(plan.terms, leaf, within)
            _CACHE.keep_term(key, kept)
        return kept
    if isinstance(plan, AllDocs):
        return leaf.live
    if isinstance(plan, NoDocs):
        return 0
    if isinstance(plan, AllOf):
        mask = within
        for child in sorted(plan.children, key=_cost):
            mask &= _evaluate(child, leaf, mask)
            if not mask:
                return 0
        for child in plan.excluded:
            mask &= ~_evaluate(child, leaf, mask)
        return mask
    if isinstance(plan, AnyOf):
        mask = 0
        for child in plan.children:
            mask |= _evaluate(child, leaf, within)
        return mask
    if isinstance(plan, Without):
        return leaf.live & ~_evaluate(plan.child, leaf, leaf.live)
    raise TypeError(plan)


def _phrase(terms: Sequence[str], leaf: Leaf, within: int) -> int:
    candidates = within
    for text in sorted(set(terms), key=lambda t: leaf.term(WORDS, t).bit_count()):
        candidates &= leaf.term(WORDS, text)
        if not candidates:
            return 0
    wanted = set(members(candidates, leaf.size))
    by_term: dict[str, dict[int, bytes]] = {}
    for text in set(terms):
        ids, _, values = leaf.read(WORDS, text)
        by_term[text] = {d: v for d, v in zip(ids, values, strict=True) if d in wanted}
    columns = [by_term[text] for text in terms]
    matched: list[int] = []
    for docnum in wanted:
        starts: set[int] | None = None
        for step, column in enumerate(columns):
            shifted = {p - step for p in schema.positions(column[docnum])}
            starts = shifted if starts is None else starts & shifted
            if not starts:
                break
        if starts:
            matched.append(docnum)
    return bitmap(matched, leaf.size)
