"""The Whoosh schema of the search index, and the adapters that feed it our analysis.

Whoosh pickles the schema, and with it the tokenizer classes below, into the index. Renaming or
moving this module therefore makes old indexes unopenable: the version stamp in ``index.py`` is
checked *before* Whoosh unpickles anything, and an index that still fails to open is rebuilt.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from itertools import accumulate
from typing import Any

from whoosh import fields, formats
from whoosh.analysis import Token, Tokenizer
from whoosh.system import pack_uint

from archive_app.core.search import analysis

#: facet fields: exact values (names, years, kinds), counted for the filter sidebar
FACETS = ("kind", "year", "place", "person", "tag")
#: fields read into per-segment tables: facets, and the consent owner (interview or photo id)
TABLED = (*FACETS, "owner")
#: list-valued keyword fields
KEYWORDS = ("year", "place", "person", "tag", "place_id", "person_id", "owner")


class WordsTokenizer(Tokenizer):  # type: ignore[misc]
    """Yields the terms of our analysis as Whoosh tokens (Whoosh pickles this class)."""

    def __init__(self, options: analysis.Options = analysis.DEFAULT) -> None:
        self.options = options

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        token.boost = 1.0
        token.stopped = False
        for term in analysis.analyse(value, self.options):
            token.text = term.text
            if positions:
                token.pos = start_pos + term.position
            if chars:
                token.startchar = start_char + term.start
                token.endchar = start_char + term.end
            yield token


class CompactPositions(formats.Positions):  # type: ignore[misc]
    """Positions stored as little-endian 32-bit deltas instead of a pickle per posting.

    Whoosh's layout (a 4-byte count first) is kept, so frequencies decode as before; a term
    that occurs once (most bigrams in a segment) is 8 bytes that :func:`positions` reads
    without unpickling, which is what makes checking a common phrase over many documents fast.
    """

    def encode(self, poslist: list[int]) -> bytes:
        deltas = [b - a for a, b in zip([0, *poslist], poslist, strict=False)]
        return bytes(pack_uint(len(deltas))) + struct.pack(f"<{len(deltas)}I", *deltas)

    def decode_positions(self, valuestring: bytes) -> list[int]:
        return list(positions(valuestring))


def positions(value: bytes) -> tuple[int, ...]:
    """The positions in a :class:`CompactPositions` posting value."""
    if len(value) == 8:
        return (int.from_bytes(value[4:], "little"),)
    return tuple(accumulate(struct.unpack(f"<{(len(value) - 4) // 4}I", value[4:])))


def _words_field(options: analysis.Options) -> fields.TEXT:
    field = fields.TEXT(analyzer=WordsTokenizer(options), phrase=True)
    field.format = CompactPositions(field_boost=1.0)
    return field


def build_schema(options: analysis.Options = analysis.DEFAULT) -> fields.Schema:
    """One search document per catalogue item (and per transcript segment)."""
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        kind=fields.ID(stored=True),
        interview_id=fields.ID(stored=True),
        title=fields.STORED(),
        text=fields.STORED(),  # the searchable text as written, for snippets
        start_s=fields.STORED(),
        words=_words_field(options),
        year=fields.KEYWORD(),
        place=fields.KEYWORD(),
        person=fields.KEYWORD(),
        tag=fields.KEYWORD(),
        place_id=fields.KEYWORD(),
        person_id=fields.KEYWORD(),
        owner=fields.KEYWORD(),
    )
