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

import sys
import threading
from array import array
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, compress, repeat
from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermNotFound
from whoosh.util.numeric import byte_to_length

from archive_app.core.search import schema

WORDS = "words"


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

_ZERO_ONE = bytes.maketrans(b"01", b"\x00\x01")


def bitmap(ids: Iterable[int], size: int) -> int:
    """A bitmap (a Python int, bit n: document n) of document numbers below ``size``."""
    if size <= 0:
        return 0
    digits = bytearray(b"0") * size
    # the positions are set by map() in C: no Python loop per document
    deque(map(digits.__setitem__, ids, repeat(0x31)), maxlen=0)
    digits.reverse()
    return int(digits, 2)


def members(mask: int, size: int) -> list[int]:
    """The document numbers set in ``mask`` (not negative), ascending."""
    if mask <= 0:
        return []
    flags = bin(mask)[:1:-1].encode("ascii").translate(_ZERO_ONE)
    return list(compress(range(min(len(flags), size)), flags))


def flags(mask: int, size: int) -> bytes:
    """``size`` bytes, byte n 1 when document n is in ``mask`` (for lookups in C)."""
    if mask <= 0:
        return bytes(size)
    found = bin(mask)[:1:-1].encode("ascii").translate(_ZERO_ONE)[:size]
    return found + bytes(size - len(found))


def first_members(mask: int, count: int) -> list[int]:
    """The lowest ``count`` document numbers in ``mask``, without listing all of them."""
    found: list[int] = []
    while mask > 0 and len(found) < count:
        low = mask & -mask
        found.append(low.bit_length() - 1)
        mask ^= low
    return found


def _int_bytes(mask: int) -> int:
    return 28 + (mask.bit_length() + 7) // 8


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
    if hasattr(matcher, "_read_data") and hasattr(matcher, "_next_block"):
        while matcher.is_active():
            if matcher._data is None:
                matcher._read_data()
            # a block's ids are stored as deltas from 0: summed in C, not by Whoosh's generator
            stored = matcher._data[0]
            ids.extend(stored if matcher._byteids else accumulate(stored))
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


def field_postings(reader: Any, fieldname: str) -> Iterator[tuple[str, Sequence[int]]]:
    """(value, document numbers) of every term of a field in one segment, in one pass over the
    term dictionary: short posting lists come inline with their term, no matcher needed."""
    for text, info in reader.iter_field(fieldname):
        value = text.decode("utf-8") if isinstance(text, bytes) else str(text)
        inlined = getattr(info, "is_inlined", None)
        if inlined is not None and inlined():
            yield value, info.inlined_postings()[0]
        else:
            yield value, read_postings(reader, fieldname, value)[0]


# -- per-segment tables of facet values -------------------------------------------------------


@dataclass
class FieldTable:
    """One segment's values of one keyword field (a facet, or the consent owner).

    A value held by many documents keeps a bitmap (``dense``); the many rare values (people,
    owners: tens of thousands, each on a few documents) would cost a segment-wide bitmap each, so
    they are kept per document instead: ``column`` holds each document's first rare value's
    ordinal (-1: none) and ``more`` the rest for the few documents with several.
    """

    size: int
    dense: dict[str, int]
    names: list[str]
    column: array[int]
    more: dict[int, list[int]]

    @classmethod
    def read(cls, reader: Any, fieldname: str, size: int) -> FieldTable:
        dense: dict[str, int] = {}
        names: list[str] = []
        column = array("i", [-1]) * size
        more: dict[int, list[int]] = {}
        for value, ids in field_postings(reader, fieldname):
            if len(ids) * DENSE_RATIO >= size:
                dense[value] = bitmap(ids, size)
                continue
            ordinal = len(names)
            names.append(value)
            for docnum in ids:
                if column[docnum] < 0:
                    column[docnum] = ordinal
                else:
                    more.setdefault(docnum, []).append(ordinal)
        return cls(size, dense, names, column, more)

    @property
    def nbytes(self) -> int:
        names = sum(49 + len(n) * 4 for n in self.names)
        return (
            sum(_int_bytes(m) for m in self.dense.values())
            + names
            + self.column.itemsize * len(self.column)
            + 100 * len(self.more)
        )

    def counts(self, mask: int, docs: Sequence[int]) -> Counter[str]:
        """How many documents of ``mask`` (whose members are ``docs``) hold each value."""
        found: Counter[str] = Counter()
        for value, value_mask in self.dense.items():
            count = (mask & value_mask).bit_count()
            if count:
                found[value] = count
        if self.names and docs:
            column, names = self.column, self.names
            ordinals = Counter(map(column.__getitem__, docs))
            for docnum in filter(self.more.__contains__, docs):
                ordinals.update(self.more[docnum])
            ordinals.pop(-1, None)
            for ordinal, count in ordinals.items():
                found[names[ordinal]] += count
        return found

    def having(self, mask: int, docs: Sequence[int], wanted: Callable[[str], bool]) -> int:
        """The documents of ``mask`` (members ``docs``) holding a value that ``wanted`` accepts."""
        found = 0
        for value, value_mask in self.dense.items():
            if wanted(value):
                found |= mask & value_mask
        if self.names and docs:
            accepted = bytes(map(bool, map(wanted, self.names))) + b"\x00"  # [-1]: no value
            column = self.column
            chosen = list(compress(docs, map(accepted.__getitem__, map(column.__getitem__, docs))))
            for docnum in filter(self.more.__contains__, docs):
                if any(accepted[o] for o in self.more[docnum]):
                    chosen.append(docnum)
            found |= bitmap(chosen, self.size)
        return found


#: a value on at least 1/DENSE_RATIO of a segment's documents keeps a bitmap (size/8 bytes),
#: which is then no bigger than its list of 4-byte document numbers would be
DENSE_RATIO = 32


_LITTLE = sys.byteorder == "little"


@dataclass(frozen=True)
class TermPostings:
    """One WORDS term's document numbers and frequencies in one segment, compact (8 bytes a
    posting), for ranking."""

    ids: array[int]
    weights: array[float]

    @property
    def nbytes(self) -> int:
        return 8 * len(self.ids)


class _Cache:
    """What searches keep between them, bounded: term and phrase bitmaps, and the frequencies
    of ranking terms, by bytes (least recently used first out); field tables and length columns
    by count (segments never change once written; deletions are applied as a mask at the end).

    A rare term is kept as its list of document numbers, a common one as a bitmap: whichever
    is smaller.
    """

    def __init__(
        self, term_bytes: int = 12 << 20, tables_kept: int = 64, frequency_bytes: int = 16 << 20
    ) -> None:
        self.lock = threading.Lock()
        self.terms: OrderedDict[tuple[str, str, str], tuple[int | array[int], int]] = OrderedDict()
        self.term_bytes = term_bytes
        self.terms_held = 0
        self.tables: OrderedDict[tuple[str, str], FieldTable] = OrderedDict()
        self.first: dict[str, frozenset[str]] = {}
        self.lengths: dict[tuple[str, str], array[int]] = {}
        self.tables_kept = tables_kept
        # document numbers and frequencies of ranking terms
        self.frequencies: OrderedDict[tuple[str, str], TermPostings] = OrderedDict()
        self.frequency_bytes = frequency_bytes
        self.frequencies_held = 0

    def postings(self, key: tuple[str, str]) -> TermPostings | None:
        with self.lock:
            found = self.frequencies.get(key)
            if found is not None:
                self.frequencies.move_to_end(key)
            return found

    def keep_postings(self, key: tuple[str, str], found: TermPostings) -> None:
        held = found.nbytes
        if held > self.frequency_bytes // 4:
            return
        with self.lock:
            old = self.frequencies.pop(key, None)
            if old is not None:
                self.frequencies_held -= old.nbytes
            self.frequencies[key] = found
            self.frequencies_held += held
            while self.frequencies_held > self.frequency_bytes and self.frequencies:
                _, freed = self.frequencies.popitem(last=False)
                self.frequencies_held -= freed.nbytes

    def term(self, key: tuple[str, str, str], size: int) -> int | None:
        with self.lock:
            found = self.terms.get(key)
            if found is None:
                return None
            self.terms.move_to_end(key)
        kept = found[0]
        return kept if isinstance(kept, int) else bitmap(kept, size)

    def keep_term(
        self, key: tuple[str, str, str], mask: int, size: int, ids: Sequence[int] | None = None
    ) -> None:
        """Keep a bitmap; ``ids``, when given, are its members (saves finding them again)."""
        as_bits = _int_bytes(mask)
        count = mask.bit_count()
        kept: int | array[int] = mask
        held = as_bits
        if 64 + 4 * count < as_bits:
            kept = array("I", members(mask, size) if ids is None else ids)
            held = 64 + 4 * count
        if held > self.term_bytes // 4:
            return  # one huge bitmap would push out everything else
        with self.lock:
            old = self.terms.pop(key, None)
            if old is not None:
                self.terms_held -= old[1]
            self.terms[key] = (kept, held)
            self.terms_held += held
            while self.terms_held > self.term_bytes and self.terms:
                _, (_, freed) = self.terms.popitem(last=False)
                self.terms_held -= freed

    def table(self, key: tuple[str, str]) -> FieldTable | None:
        with self.lock:
            found = self.tables.get(key)
            if found is not None:
                self.tables.move_to_end(key)
            return found

    def keep_table(self, key: tuple[str, str], table: FieldTable) -> None:
        with self.lock:
            self.tables[key] = table
            while len(self.tables) > self.tables_kept:
                self.tables.popitem(last=False)
            if len(self.first) > self.tables_kept:
                self.first.clear()

    def held_bytes(self) -> int:
        """Roughly how much memory the kept bitmaps and tables take."""
        with self.lock:
            return (
                self.terms_held
                + self.frequencies_held
                + sum(t.nbytes for t in self.tables.values())
                + sum(4 * len(lengths) for lengths in self.lengths.values())
            )

    def clear(self) -> None:
        with self.lock:
            self.terms.clear()
            self.terms_held = 0
            self.tables.clear()
            self.first.clear()
            self.lengths.clear()
            self.frequencies.clear()
            self.frequencies_held = 0


_CACHE = _Cache()


def held_bytes() -> int:
    """Roughly how much memory search keeps between queries (bitmaps and field tables)."""
    return _CACHE.held_bytes()


def forget(prefix: str) -> None:
    """Drop what is kept for the index whose keys start with ``prefix`` (it was replaced)."""
    with _CACHE.lock:
        for key in [k for k in _CACHE.terms if k[0].startswith(prefix)]:
            _CACHE.terms_held -= _CACHE.terms.pop(key)[1]
        for table_key in [k for k in _CACHE.tables if k[0].startswith(prefix)]:
            del _CACHE.tables[table_key]
        for first_key in [k for k in _CACHE.first if k.startswith(prefix)]:
            del _CACHE.first[first_key]
        for length_key in [k for k in _CACHE.lengths if k[0].startswith(prefix)]:
            del _CACHE.lengths[length_key]
        for frequency_key in [k for k in _CACHE.frequencies if k[0].startswith(prefix)]:
            _CACHE.frequencies_held -= _CACHE.frequencies.pop(frequency_key).nbytes


@dataclass
class Leaf:
    """One index segment as a search sees it."""

    reader: Any
    key: str  # stable name of the segment
    offset: int  # its first global document number
    size: int
    live: int  # bitmap of documents not deleted
    postings: dict[tuple[str, str], tuple[list[int], list[float], list[bytes]]] = field(
        default_factory=dict
    )
    _members: dict[int, list[int]] = field(default_factory=dict)

    def term(self, fieldname: str, text: str) -> int:
        key = (self.key, fieldname, text)
        mask = _CACHE.term(key, self.size)
        if mask is None:
            ids = self.read(fieldname, text)[0]
            mask = bitmap(ids, self.size)
            _CACHE.keep_term(key, mask, self.size, ids)
        return mask

    def table(self, fieldname: str) -> FieldTable:
        """The segment's values of a keyword field, read on first use and kept."""
        key = (self.key, fieldname)
        found = _CACHE.table(key)
        if found is None:
            found = FieldTable.read(self.reader, fieldname, self.size)
            _CACHE.keep_table(key, found)
        return found

    def length_of(self, fieldname: str) -> Callable[[int], int]:
        """A document's length in terms of a field (as Whoosh stores it, rounded to a byte),
        looked up in the segment's length column read whole once and kept."""
        key = (self.key, f"\x00length:{fieldname}")
        found = _CACHE.lengths.get(key)
        if found is None:
            found = _length_column(self.reader, fieldname, self.size)
            with _CACHE.lock:
                _CACHE.lengths[key] = found
                while len(_CACHE.lengths) > _CACHE.tables_kept:
                    _CACHE.lengths.pop(next(iter(_CACHE.lengths)))
        return found.__getitem__

    def members(self, mask: int) -> list[int]:
        """``members(mask)``, computed once per search for the same mask."""
        found = self._members.get(mask)
        if found is None:
            found = members(mask, self.size)
            self._members = {mask: found}
        return found

    def read(self, fieldname: str, text: str) -> tuple[list[int], list[float], list[bytes]]:
        """A term's postings, read once per search (phrases and ranking both need them)."""
        key = (fieldname, text)
        found = self.postings.get(key)
        if found is None:
            scored = fieldname == WORDS
            found = read_postings(self.reader, fieldname, text, weights=scored, values=scored)
            self.postings[key] = found
        return found

    def words(self, text: str) -> TermPostings:
        """A WORDS term's document numbers and frequencies, kept between searches: ranking a
        common word would otherwise unpickle hundreds of blocks again for every query."""
        key = (self.key, text)
        found = _CACHE.postings(key)
        if found is None:
            ids, weights, _ = self.read(WORDS, text)
            found = TermPostings(array("I", ids), array("f", weights))
            _CACHE.keep_postings(key, found)
        return found

    def holds_words(self, text: str) -> bool:
        """Whether a WORDS term's postings are at hand (kept from an earlier search)."""
        return _CACHE.postings((self.key, text)) is not None

    def weighted(self, fieldname: str, text: str) -> tuple[Sequence[int], Sequence[float]]:
        """A WORDS term's document numbers and frequencies."""
        found = self.words(text)
        return found.ids, found.weights


#: Whoosh stores a document's length as one byte; what each byte means (0, no length: 1, as
#: ranking always asked Whoosh for)
_BYTE_LENGTHS = (1, *(byte_to_length(b) for b in range(1, 256)))


def _length_column(reader: Any, fieldname: str, size: int) -> array[int]:
    """Every document's length in ``fieldname`` (1: none), from Whoosh 2.7's one-byte column."""
    column = reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is None:
        return array("I", [1]) * size
    if getattr(column, "_fixedlen", None) == 1 and hasattr(column, "_dbfile"):
        stored = column._dbfile.get(column._basepos, min(column._count, size))
    else:  # another column layout: ask document by document
        stored = bytes(column[d] for d in range(size))
    stored = bytes(stored) + bytes(size - len(stored))
    return array("I", map(_BYTE_LENGTHS.__getitem__, stored))


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
        live = (1 << size) - 1
        if leaf_reader.has_deletions():
            live &= ~bitmap(leaf_reader.deleted_docs_set, size)
        found.append(Leaf(leaf_reader, key, offset, size, live))
    return found


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
            return bitmap(_phrase_members(plan.terms, leaf, within), leaf.size)
        # unrestricted: keep the answer, as for terms (deletions are masked out afterwards)
        key = (leaf.key, "\x00phrase", "\x1f".join(plan.terms))
        kept = _CACHE.term(key, leaf.size)
        if kept is None:
            matched = _phrase_members(plan.terms, leaf, within)
            kept = bitmap(matched, leaf.size)
            _CACHE.keep_term(key, kept, leaf.size, matched)
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


def _phrase_members(terms: Sequence[str], leaf: Leaf, within: int) -> list[int]:
    """The documents of ``within`` holding ``terms`` at consecutive positions, ascending."""
    candidates = within
    # rarest first (the term dictionary knows frequencies without reading postings)
    frequency = leaf.reader.doc_frequency
    for text in sorted(set(terms), key=lambda t: frequency(WORDS, t)):
        candidates &= leaf.term(WORDS, text)
        if not candidates:
            return []
    wanted = flags(candidates, leaf.size)
    starts: set[int] | None = None
    for step, text in enumerate(terms):
        keys = _phrase_starts(leaf, text, step, wanted)
        starts = keys if starts is None else starts & keys
        if not starts:
            return []
    return sorted(set(map(_START_SPAN.__rfloordiv__, starts or ())))


#: a phrase start is kept as document * _START_SPAN + position: sets of them intersect in C
_START_SPAN = 1 << 32


def _phrase_starts(leaf: Leaf, text: str, step: int, wanted: bytes) -> set[int]:
    """Where a phrase would start if ``text`` is its term number ``step``, in the ``wanted``
    documents, as document * _START_SPAN + position."""
    ids, _, values = leaf.read(WORDS, text)
    chosen = list(map(wanted.__getitem__, ids))
    docs = list(compress(ids, chosen))
    held = list(compress(values, chosen))
    # most postings hold one position (8 bytes: count, position): decoded together in C
    single = list(map((8).__eq__, map(len, held)))
    words = array("I")
    words.frombytes(b"".join(compress(held, single)))
    if not _LITTLE:
        words.byteswap()
    found = set(
        map(
            int.__add__,
            map(_START_SPAN.__mul__, compress(docs, single)),
            map((-step).__add__, words[1::2]),
        )
    )
    for docnum, value, one in zip(docs, held, single, strict=True):
        if not one:
            base = docnum * _START_SPAN - step
            found.update(base + p for p in schema.positions(value))
    return found
