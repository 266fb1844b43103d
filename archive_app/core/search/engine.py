"""Running a parsed query against the Whoosh index: matching, ranking, counting facets.

Matching, totals, filters, the consent gate and facet counts are set algebra on bitmaps
(``matching.py``), exact and cheap. Ranking is BM25 (as Whoosh's default) computed over the
matched documents only, each phrase ranked by its terms (positions were checked already); when
very many documents match, only those with the highest idf-weighted term frequencies are ranked
exactly, which keeps common words fast. Whoosh's own collector would walk every document holding
a ranking term, matched or not, one by one.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from heapq import nlargest
from itertools import compress
from typing import Any

from whoosh.searching import Searcher

from archive_app.core.consent.model import SHAREABLE_KINDS
from archive_app.core.search import analysis, glossary, matching, pinyin, schema
from archive_app.core.search.analysis import Phrase
from archive_app.core.search.matching import Leaf, Plan
from archive_app.core.search.query import All, And, Node, Not, Or, ParsedQuery, Word

WORDS = "words"
#: a typed word's own reading outranks what pinyin or the glossary read into it
_ALTERNATIVE_BOOST = 0.7
#: at most this many matches are ranked by BM25 exactly; above it, the best by term weight
RANK_EXACTLY = 1000
#: kinds a non-curator audience may ever see
_PUBLIC_KINDS = SHAREABLE_KINDS


# -- what the index holds -----------------------------------------------------------------------


class Lexicon:
    """The index's bigram terms by first character, for resolving pinyin.

    Keep one per searcher: it remembers what it looked up. Characters that start no term in any
    segment are answered without touching the index (most of a syllable's hundreds of hanzi).
    """

    def __init__(self, searcher: Searcher, leaves: list[Leaf]) -> None:
        self.reader = searcher.reader()
        self._present = frozenset().union(*(matching.first_characters(leaf) for leaf in leaves))
        self._cache: dict[str, tuple[str, ...]] = {}

    def starting_with(self, char: str) -> tuple[str, ...]:
        if char not in self._present:
            return ()
        found = self._cache.get(char)
        if found is None:
            found = tuple(
                t.decode("utf-8") if isinstance(t, bytes) else t
                for t in self.reader.expand_prefix(WORDS, char)
            )
            self._cache[char] = found
        return found


def meanings(word: Word, lexicon: Lexicon) -> list[tuple[Phrase, float]]:
    """The phrases a typed word or quoted phrase may mean, each with its weight."""
    found: list[tuple[Phrase, float]] = []
    own = analysis.word_phrase(word.text)
    if own is not None:
        found.append((own, 1.0))
    for chinese in glossary.chinese_for(word.text):
        found.append((analysis.hanzi_phrase(chinese), _ALTERNATIVE_BOOST))
    folded = analysis.fold(word.text).text
    if folded.isascii() and any(c.isalpha() for c in folded):
        for split in pinyin.syllable_splits(folded):
            for hanzi in pinyin.hanzi_words(split, lexicon.starting_with):
                found.append((analysis.hanzi_phrase(hanzi), _ALTERNATIVE_BOOST))
    unique: dict[Phrase, float] = {}
    for phrase, weight in found:
        unique[phrase] = max(weight, unique.get(phrase, 0.0))
    return list(unique.items())


def _phrase_plan(phrase: Phrase) -> Plan:
    if phrase.prefix:
        # every occurrence of a character starts a bigram or ends its run
        return matching.Prefix(phrase.terms[0])
    if len(phrase.terms) == 1:
        return matching.Term(WORDS, phrase.terms[0])
    return matching.Phrase(phrase.terms)


@dataclass
class Compiled:
    """What matches (a plan), the terms that rank the matches (with their weights; empty: no
    ranking, as for one character), and what to highlight."""

    plan: Plan
    ranking_terms: list[tuple[str, float]]
    highlight: list[Phrase]


def compile_tree(parsed: ParsedQuery, lexicon: Lexicon) -> Compiled:
    """The plan and ranking terms of a parsed query's tree (filters are added by :func:`run`)."""
    highlight: list[Phrase] = []
    ranking_terms: dict[str, float] = {}
    positive = {id(w) for w in parsed.positive_words()}

    def build(node: Node) -> Plan:
        if isinstance(node, Word):
            options = meanings(node, lexicon)
            if id(node) in positive:
                highlight.extend(p for p, _ in options)
                for phrase, weight in options:
                    if not phrase.prefix:  # positions were checked by matching: terms rank
                        for term in phrase.terms:
                            ranking_terms[term] = max(weight, ranking_terms.get(term, 0.0))
            if not options:
                return matching.NoDocs()
            plans = [_phrase_plan(p) for p, _ in options]
            return plans[0] if len(plans) == 1 else matching.AnyOf(tuple(plans))
        if isinstance(node, All):
            return matching.AllDocs()
        if isinstance(node, Not):
            return matching.Without(build(node.child))
        if isinstance(node, And):
            included = tuple(build(c) for c in node.children if not isinstance(c, Not))
            excluded = tuple(build(c.child) for c in node.children if isinstance(c, Not))
            return matching.AllOf(included, excluded)
        if isinstance(node, Or):
            return matching.AnyOf(tuple(build(c) for c in node.children))
        raise TypeError(node)

    tree = parsed.tree if parsed.tree is not None else All()
    return Compiled(build(tree), list(ranking_terms.items()), highlight)


# -- running ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RawHit:
    docnum: int
    score: float
    fields: dict[str, Any]


@dataclass(frozen=True)
class RawResult:
    total: int
    hits: list[RawHit]
    facets: dict[str, dict[str, int]]


Gate = Callable[[str], bool]  # consent owner id -> may this audience see it


def run(
    searcher: Searcher,
    index_id: str,
    compiled: Compiled,
    filters: Sequence[Plan],
    *,
    limit: int,
    gate: Gate | None = None,
) -> RawResult:
    """Match, filter, gate, count and rank. ``gate`` is the consent gate (None: a curator)."""
    plan: Plan = compiled.plan
    if filters:
        plan = matching.AllOf((plan, *filters))
    leaves = matching.leaves_of(searcher, index_id)
    masks: list[int] = []
    for leaf in leaves:
        mask = matching.evaluate(plan, leaf)
        if gate is not None and mask:
            mask = _visible(leaf, gate, mask)
        masks.append(mask)
    total = sum(m.bit_count() for m in masks)
    facets = _count_facets(leaves, masks)
    hits = _rank(searcher, leaves, masks, compiled, limit) if total and limit > 0 else []
    return RawResult(total, hits, facets)


def prepare(searcher: Searcher, index_id: str) -> None:
    """Build the per-segment tables every search reads (facet values, consent owners) now, so
    that the first search a person types does not wait for them."""
    for leaf in matching.leaves_of(searcher, index_id):
        for name in (*schema.FACETS, "owner"):
            leaf.table(name)


def _visible(leaf: Leaf, gate: Gate, mask: int) -> int:
    """The documents of ``mask`` that the gate lets through: public kinds whose owner it allows."""
    public = 0
    for kind in _PUBLIC_KINDS:
        public |= leaf.term("kind", kind)
    mask &= public
    if not mask:
        return 0
    return leaf.table("owner").having(mask, leaf.members(mask), gate)


def _count_facets(leaves: list[Leaf], masks: list[int]) -> dict[str, dict[str, int]]:
    counts: dict[str, Counter[str]] = {name: Counter() for name in schema.FACETS}
    for leaf, mask in zip(leaves, masks, strict=True):
        if not mask:
            continue
        tables = [leaf.table(name) for name in schema.FACETS]
        # values held by few documents are counted per document: list the members only then
        docs = leaf.members(mask) if any(t.names for t in tables) else []
        for name, table in zip(schema.FACETS, tables, strict=True):
            counts[name].update(table.counts(mask, docs))
    return {
        name: dict(sorted(found.items(), key=lambda item: (-item[1], item[0])))
        for name, found in counts.items()
    }


def _rank(
    searcher: Searcher, leaves: list[Leaf], masks: list[int], compiled: Compiled, limit: int
) -> list[RawHit]:
    if not compiled.ranking_terms:  # one-character or filter-only queries: no score to rank by
        first: list[int] = []
        for leaf, mask in zip(leaves, masks, strict=True):
            first.extend(leaf.offset + d for d in matching.first_members(mask, limit - len(first)))
            if len(first) >= limit:
                break
        return [RawHit(d, 1.0, dict(searcher.stored_fields(d))) for d in first]
    ranking = Ranking(searcher, compiled.ranking_terms)
    candidates: list[tuple[Leaf, list[int]]] = [
        (leaf, leaf.members(mask)) for leaf, mask in zip(leaves, masks, strict=True)
    ]
    if sum(len(c) for _, c in candidates) > max(RANK_EXACTLY, limit):
        candidates = ranking.first_cut(candidates, max(RANK_EXACTLY, limit))
    scored: list[tuple[float, int]] = []
    for leaf, docnums in candidates:
        scored.extend(ranking.bm25(leaf, docnums))
    best = nlargest(limit, scored, key=lambda pair: (pair[0], -pair[1]))
    if len(best) < limit:  # matches that no ranking term reaches (a one-character alternative)
        seen = {d for _, d in best}
        for leaf, mask in zip(leaves, masks, strict=True):
            for docnum in leaf.members(mask):
                if leaf.offset + docnum not in seen and len(best) < limit:
                    best.append((0.0, leaf.offset + docnum))
    return [RawHit(d, round(s, 4), dict(searcher.stored_fields(d))) for s, d in best]


class Ranking:
    """BM25 (k1 1.2, b 0.75, as Whoosh's default) over the matched documents only.

    Positions were checked by matching, so a phrase ranks by its terms. Whoosh's own collector
    would walk every document containing a ranking term, matched or not.
    """

    K1 = 1.2
    B = 0.75

    def __init__(self, searcher: Searcher, terms: list[tuple[str, float]]) -> None:
        self.searcher = searcher
        self.documents = max(1, searcher.doc_count_all())
        self.average = max(1.0, searcher.reader().field_length(WORDS) / self.documents)
        self.terms = [
            (
                term,
                boost * (math.log(self.documents / (searcher.doc_frequency(WORDS, term) + 1)) + 1),
            )
            for term, boost in terms
        ]

    def _frequencies(self, leaf: Leaf, term: str, docnums: list[int]) -> dict[int, float]:
        frequency = leaf.reader.doc_frequency(WORDS, term)
        if not frequency:
            return {}
        if not leaf.holds_words(term) and len(docnums) * 512 < frequency:
            # a handful of candidates in a long list: jump to each (a block holds 128 postings,
            # and each block jumped into is read whole, so this only pays for very few)
            found: dict[int, float] = {}
            matcher = matching.raw_matcher(leaf.reader, WORDS, term)
            if matcher is None:
                return found
            for docnum in docnums:
                if not matcher.is_active():
                    break
                matcher.skip_to(docnum)
                if matcher.is_active() and matcher.id() == docnum:
                    found[docnum] = matcher.weight()
            return found
        ids, weights = leaf.weighted(WORDS, term)  # kept between searches
        wanted = matching.flags(matching.bitmap(docnums, leaf.size), leaf.size)
        return dict(compress(zip(ids, weights, strict=True), map(wanted.__getitem__, ids)))

    def bm25(self, leaf: Leaf, docnums: list[int]) -> list[tuple[float, int]]:
        if not docnums:
            return []
        scores = dict.fromkeys(docnums, 0.0)
        k1, b, average = self.K1, self.B, self.average
        length = leaf.length_of(WORDS)
        norms = {d: k1 * (1 - b + b * length(d) / average) for d in docnums}
        for term, idf in self.terms:
            for docnum, tf in self._frequencies(leaf, term, docnums).items():
                if docnum in scores:
                    scores[docnum] += idf * tf * (k1 + 1) / (tf + norms[docnum])
        return [(score, leaf.offset + d) for d, score in scores.items()]

    def first_cut(
        self, candidates: list[tuple[Leaf, list[int]]], keep: int
    ) -> list[tuple[Leaf, list[int]]]:
        """About ``keep`` matches with the highest idf-weighted term frequencies (document length
        ignored), to be ranked exactly.

        Term frequencies are few distinct numbers (mostly 1), so each term's matches are taken
        by frequency, highest first, a whole group at a time, picked out in C; with several
        terms, the matches that lead for any term are then weighed by all of them. No Python
        step per match: a common word matches tens of thousands.
        """
        chosen: list[tuple[Leaf, bytes]] = [
            (leaf, matching.flags(matching.bitmap(docnums, leaf.size), leaf.size))
            for leaf, docnums in candidates
        ]
        if len(self.terms) == 1:
            return self._leading(chosen, self.terms[0][0], keep)
        pooled: list[set[int]] = [set() for _ in candidates]
        for term, _ in self.terms:
            for number, (_, docnums) in enumerate(self._leading(chosen, term, keep)):
                pooled[number].update(docnums)
        weighed: list[tuple[float, int, int]] = []
        for number, (leaf, _) in enumerate(candidates):
            if not pooled[number]:
                continue
            totals = dict.fromkeys(pooled[number], 0.0)
            wanted = matching.flags(matching.bitmap(totals, leaf.size), leaf.size)
            for term, idf in self.terms:
                ids, weights = leaf.weighted(WORDS, term)
                picked = list(map(wanted.__getitem__, ids))
                for docnum, weight in zip(
                    compress(ids, picked), compress(weights, picked), strict=True
                ):
                    totals[docnum] += idf * weight
            weighed.extend((total, number, d) for d, total in totals.items())
        kept: dict[int, list[int]] = {}
        for _, number, docnum in nlargest(keep, weighed):
            kept.setdefault(number, []).append(docnum)
        return [(leaf, sorted(kept.get(n, []))) for n, (leaf, _) in enumerate(candidates)]

    def _leading(
        self, chosen: list[tuple[Leaf, bytes]], term: str, keep: int
    ) -> list[tuple[Leaf, list[int]]]:
        """About ``keep`` of the chosen matches with the highest frequencies of one term."""
        groups: list[tuple[float, int, list[int]]] = []
        for number, (leaf, wanted) in enumerate(chosen):
            ids, weights = leaf.weighted(WORDS, term)
            picked = list(map(wanted.__getitem__, ids))
            ids_in = list(compress(ids, picked))
            weights_in = list(compress(weights, picked))
            for weight in set(weights_in):
                same = compress(ids_in, map(weight.__eq__, weights_in))
                groups.append((weight, number, list(same)))
        kept: list[list[int]] = [[] for _ in chosen]
        room = keep
        for _, number, docnums in sorted(groups, key=lambda g: (-g[0], g[1])):
            if room <= 0:
                break
            kept[number].extend(docnums[:room])
            room -= min(room, len(docnums))
        return [(leaf, sorted(docnums)) for (leaf, _), docnums in zip(chosen, kept, strict=True)]


def filter_plans(
    filters: dict[str, tuple[str, ...]], field_terms: Callable[[str], Iterable[str]]
) -> list[Plan]:
    """Plans for the filters: each filter any of its values; all filters together.

    Names are compared folded (traditional or simplified, any case); ids exactly.
    """
    plans: list[Plan] = []
    for name, values in filters.items():
        alternatives: list[Plan] = []
        for value in values:
            if name == "kind":
                kind = "segment" if value in ("transcript", "segment") else value
                alternatives.append(matching.Term("kind", kind))
            elif name == "interview":
                alternatives.append(matching.Term("interview_id", value))
            elif name == "year":
                alternatives.append(matching.Term("year", value.strip()[:4]))
            elif name in ("place", "person", "tag"):
                alternatives.extend(_name_terms(name, value, field_terms))
        plans.append(matching.AnyOf(tuple(alternatives)) if alternatives else matching.NoDocs())
    return plans


def _name_terms(name: str, value: str, field_terms: Callable[[str], Iterable[str]]) -> list[Plan]:
    found: list[Plan] = []
    if name in ("place", "person"):
        found.append(matching.Term(f"{name}_id", value))
    wanted = analysis.fold_name(value)
    for term in field_terms(name):
        if analysis.fold_name(term) == wanted:
            found.append(matching.Term(name, term))
    return found
