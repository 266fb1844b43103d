"""The fair reference for ``search_bench.py``: SQLite FTS5 over our analyzer's terms.

Contentless (the index only, as ours is), asked for the top 20 by BM25 and nothing else: no
totals, no facets, no consent gate, no snippets. Query words get the same meanings as ours
(pinyin read against its own vocabulary and a stored copy of the syllable table, the glossary),
so that both engines answer the same question.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from archive_app.core.search import analysis, engine, matching, pinyin
from archive_app.core.search.query import And, Not, Or, Word, parse


class Fts5Reference:
    """The fair reference: SQLite FTS5 over the same analyzer's terms, contentless (the index
    only, like ours), asked for the top 20 by BM25 and nothing else (no totals, no facets), with
    year and place filters joined from a small table. What our search does on top of this
    (totals, facet counts, the consent gate, snippets, pinyin and English widening) is the
    difference the ratios show."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute(
            "CREATE VIRTUAL TABLE fts USING fts5(words, content='', tokenize='ascii')"
        )
        self.conn.execute("CREATE VIRTUAL TABLE vocab USING fts5vocab(fts, 'row')")
        self.conn.execute(
            "CREATE TABLE meta (rowid INTEGER PRIMARY KEY, id TEXT, year TEXT, place TEXT)"
        )
        # the same stored pinyin table as ours, so that neither pays for reading pypinyin's
        self.conn.execute("CREATE TABLE syllable (syllable TEXT PRIMARY KEY, characters TEXT)")
        self.conn.executemany(
            "INSERT INTO syllable VALUES (?, ?)", pinyin.characters_by_syllable().items()
        )

    @classmethod
    def reopen(cls, path: Path) -> Fts5Reference:
        found = cls.__new__(cls)
        found.path = path
        found.conn = sqlite3.connect(path, isolation_level=None)
        return found

    def add(self, rows: list[tuple[str, str, str, str]]) -> None:
        """rows of (segment id, text, year, place lineage joined by spaces)."""
        self.conn.execute("BEGIN")
        for segment_id, text, year, place in rows:
            terms = " ".join(t.text for t in analysis.analyse(text))
            cursor = self.conn.execute("INSERT INTO fts (words) VALUES (?)", [terms])
            self.conn.execute(
                "INSERT INTO meta (rowid, id, year, place) VALUES (?, ?, ?, ?)",
                [cursor.lastrowid, segment_id, year, place],
            )
        self.conn.execute("COMMIT")

    def starting_with(self, char: str) -> tuple[str, ...]:
        return tuple(
            r[0] for r in self.conn.execute(
                "SELECT term FROM vocab WHERE term >= ? AND term < ?", [char, char + "\U0010ffff"]
            )
        )  # fmt: skip

    def forms(self, word: str) -> tuple[str, ...]:
        return (word,)

    def syllables(self) -> frozenset[str]:
        return frozenset(r[0] for r in self.conn.execute("SELECT syllable FROM syllable"))

    def characters(self, syllable: str) -> frozenset[str]:
        row = self.conn.execute(
            "SELECT characters FROM syllable WHERE syllable = ?", [syllable]
        ).fetchone()
        return frozenset(row[0] if row else "")

    def _match(self, node: object) -> str:
        if isinstance(node, Word):
            options = engine.meanings(node, self)  # type: ignore[arg-type]
            parts = [matching.phrase_expression(p) for p in options]
            return "(" + " OR ".join(parts) + ")" if parts else '"\u0001"'
        if isinstance(node, And):
            positive = [c for c in node.children if not isinstance(c, Not)]
            negative = [c for c in node.children if isinstance(c, Not)]
            text = " AND ".join(self._match(c) for c in positive)
            for n in negative:
                text = f"({text}) NOT {self._match(n.child)}"
            return f"({text})"
        if isinstance(node, Or):
            return "(" + " OR ".join(self._match(c) for c in node.children) + ")"
        raise TypeError(node)

    def search(self, text: str, limit: int = 20) -> list[str]:
        parsed = parse(text)
        if parsed.tree is None:
            return []
        where = ["fts MATCH ?"]
        params: list[object] = [self._match(parsed.tree)]
        for name, values in parsed.filters.items():
            if name == "year":
                where.append("meta.year = ?")
                params.append(values[0])
            elif name == "place":
                where.append("instr(meta.place, ?) > 0")
                params.append(values[0])
        sql = (
            "SELECT meta.id FROM fts JOIN meta ON meta.rowid = fts.rowid "
            f"WHERE {' AND '.join(where)} ORDER BY rank LIMIT {limit}"
        )
        return [r[0] for r in self.conn.execute(sql, params)]
