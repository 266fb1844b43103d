"""Plain catalogue search, for while the index is missing, outdated, damaged or rebuilding.

Slower (it reads every text) and simpler (all words must appear, folded the same way as the
index folds; no pinyin, no glossary, no ranking), but it answers instead of failing.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from archive_app.core.search import analysis, snippets
from archive_app.core.search.query import ParsedQuery

_SPACE = re.compile(r"\s+")

# kind -> SQL giving (id, interview_id, title, text, start_s, owner)
_SOURCES: dict[str, str] = {
    "interview": "SELECT id, id, title, title || ' · ' || summary || ' · ' || keywords, NULL, id "
    "FROM interview",
    "section": "SELECT id, interview_id, title, title || ' · ' || synopsis || ' · ' || keywords, "
    "start_s, interview_id FROM section",
    "segment": "SELECT segment.id, transcript.interview_id, interview.title, segment.text, "
    "segment.start_s, transcript.interview_id FROM segment "
    "JOIN transcript ON transcript.id = segment.transcript_id "
    "JOIN interview ON interview.id = transcript.interview_id",
    "photo": "SELECT id, interview_id, substr(coalesce(nullif(caption, ''), original_name), 1, 40), "
    "caption, NULL, id FROM photo",
    "document": "SELECT id, interview_id, coalesce(nullif(title, ''), original_name), "
    "title || ' · ' || original_name, NULL, NULL FROM document",
    "person": "SELECT id, NULL, name, name || ' · ' || coalesce(name_latin, '') || ' · ' || "
    "other_names, NULL, NULL FROM person",
    "place": "SELECT id, NULL, name, name || ' · ' || coalesce(name_latin, ''), NULL, NULL FROM place",
}


@dataclass(frozen=True)
class FallbackHit:
    id: str
    kind: str
    interview_id: str | None
    title: str
    snippet: str
    start_s: float | None


def _matchable(text: str | None) -> str:
    return _SPACE.sub("", analysis.fold(text or "").text.lower())


def search(
    conn: sqlite3.Connection,
    parsed: ParsedQuery,
    *,
    limit: int,
    kinds: Sequence[str],
    allowed: Callable[[str, str | None, str], bool] | None,
) -> tuple[int, list[FallbackHit], dict[str, dict[str, int]]]:
    """(total, hits, facets by kind) of the positive words of ``parsed``, all required."""
    words = [w for w in (_matchable(w.text) for w in parsed.positive_words()) if w]
    conn.create_function("search_matchable", 1, _matchable, deterministic=True)
    hits: list[FallbackHit] = []
    counts: Counter[str] = Counter()
    phrases = [p for w in parsed.positive_words() if (p := analysis.word_phrase(w.text))]
    wanted_kinds = [k for k in _SOURCES if not kinds or k in kinds]
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'section'"
    ).fetchone():
        wanted_kinds = [k for k in wanted_kinds if k != "section"]  # a catalogue before v4
    for kind in wanted_kinds:
        sql = (
            f"WITH found(id, interview_id, title, text, start_s, owner) AS ({_SOURCES[kind]}) "
            "SELECT * FROM found"
        )
        if words:
            sql += " WHERE " + " AND ".join("instr(search_matchable(text), ?) > 0" for _ in words)
        for row in conn.execute(sql, words):
            item_id, interview_id, title, text, start_s, owner = row
            if allowed is not None and not allowed(kind, owner, item_id):
                continue
            counts[kind] += 1
            if len(hits) < limit:
                shown = _readable(kind, text or "")
                hits.append(
                    FallbackHit(
                        item_id, kind, interview_id, title or "",
                        snippets.snippet(shown, phrases), start_s,
                    )
                )  # fmt: skip
    return sum(counts.values()), hits, {"kind": dict(counts.most_common())}


def _readable(kind: str, text: str) -> str:
    if kind in ("interview", "section", "person") and "[" in text:
        # the JSON arrays of keywords and other names, shown as words
        head, _, tail = text.rpartition(" · ")
        try:
            return head + " · " + "、".join(json.loads(tail))
        except ValueError:
            return text
    return text
