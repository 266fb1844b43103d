"""A small bilingual glossary of the archive's own words, so an English query finds Chinese text.

A diaspora reader types ``left-behind`` or ``hukou`` and expects the passages that say 留守 or
户口. Keys are English words or phrases (compared after lower-casing and stemming, so plurals
match); values are the Chinese words each one also searches for. Kept deliberately short:
every entry widens English queries, so only words of this archive's subject belong here.
"""

from __future__ import annotations

from functools import lru_cache

from archive_app.core.search.analysis import stem, word_phrase

GLOSSARY: dict[str, tuple[str, ...]] = {
    "left-behind": ("留守",),
    "left behind": ("留守",),
    "left-behind children": ("留守儿童",),
    "left-behind child": ("留守儿童",),
    "household registration": ("户口",),
    "migrant worker": ("农民工", "打工"),
    "migrant work": ("打工",),
    "spring festival": ("春节",),
    "chinese new year": ("春节", "过年"),
    "college entrance exam": ("高考",),
    "entrance exam": ("高考",),
    "remittance": ("侨批", "寄钱"),
    "grandmother": ("奶奶", "外婆"),
    "grandfather": ("爷爷", "外公"),
    "second-class resident": ("二等居民",),
    "boarding school": ("寄宿学校",),
    "hometown": ("家乡", "老家"),
}


def _stems(text: str) -> tuple[str, ...] | None:
    phrase = word_phrase(text)
    return None if phrase is None else tuple(stem(t) for t in phrase.terms)


@lru_cache(maxsize=1)
def _by_terms() -> dict[tuple[str, ...], tuple[str, ...]]:
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for english, chinese in GLOSSARY.items():
        stems = _stems(english)
        if stems is not None:
            table[stems] = chinese
    return table


@lru_cache(maxsize=1)
def _openings() -> frozenset[str]:
    """The first three letters of each key's first word (no stemming needed to know them)."""
    return frozenset(english.split()[0].split("-")[0][:3] for english in GLOSSARY)


def chinese_for(text: str) -> tuple[str, ...]:
    """The Chinese words the glossary gives for the English ``text`` (a word or a phrase)."""
    phrase = word_phrase(text)
    if phrase is None or phrase.terms[0][:3] not in _openings():
        return ()  # most words: answered without loading the stemmer
    stems = _stems(text)
    if stems is None:
        return ()
    return _by_terms().get(stems, ())
