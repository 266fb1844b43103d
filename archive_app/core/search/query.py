"""The user's query: words, "quoted phrases", AND / OR / NOT, parentheses and filters.

    留守儿童 户口            both (AND is implied between words)
    "奶奶的缝纫机"          a phrase (also “...” and 「...」)
    户口 OR 学籍            either; binds tighter than the implied AND
    户口 NOT 高考, -高考    without
    place:台山 year:2019 tag:侨批 person:王秀英 kind:segment interview:<id>
    speaker:奶奶 from:2018 to:2020-06 tier:Mandarin language:zh-CN

Filters always apply to the whole query (wherever they are written); a filter named twice
accepts either value. ``AND``, ``OR``, ``NOT`` are operators only in capitals (or 和 / 或 / 非
standing alone), so a search for the English word "or" still works in lower case. A word with
nothing searchable in it (``-``, ``，。``, a stray operator or quote) is no word: a query of
nothing else is empty ("no query"). A query deeper than :data:`MAX_DEPTH` brackets or NOTs, or
longer than :data:`MAX_LENGTH` characters or :data:`MAX_WORDS` words, is refused with
:class:`QueryTooComplex`.
This module only parses; it knows nothing of the index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from archive_app.core.errors import InvalidValue

FILTERS = (
    "place", "person", "year", "tag", "kind", "interview", "speaker", "from", "to", "tier",
    "language",
)  # fmt: skip
_ALIASES = {
    "地点": "place", "人": "person", "年": "year", "标签": "tag", "类型": "kind",
    "说话人": "speaker", "语言": "language", "lang": "language",
}  # fmt: skip
#: deepest nesting of brackets and NOTs, most characters and words a query may have
MAX_DEPTH = 48
MAX_LENGTH = 2000
MAX_WORDS = 64
#: what :class:`QueryTooComplex` says was expected (the CLI and the app word these)
DEPTH_LIMIT = f"at most {MAX_DEPTH} nested brackets or NOTs"
LENGTH_LIMIT = f"at most {MAX_LENGTH} characters"
WORDS_LIMIT = f"at most {MAX_WORDS} words"
_SEARCHABLE = re.compile(r"[^\W_]")
_OPEN_QUOTES = {'"': '"', "“": "”", "「": "」", "『": "』", "”": "”"}
_TOKEN = re.compile(
    r"""\s*(?:
        (?P<open>\()|(?P<close>\))|
        (?P<filter>(?P<key>[A-Za-z_]+|地点|人|年|标签|类型|说话人|语言)[:：]
            (?:"(?P<fq>[^"]*)"|“(?P<fq2>[^”]*)”|(?P<fv>[^\s()]+)))|
        (?P<quote>["“「『”])|
        (?P<word>[^\s()"“「『”]+)
    )""",
    re.VERBOSE,
)
_OPERATORS = {"AND": "and", "和": "and", "OR": "or", "或": "or", "NOT": "not", "非": "not"}


class QueryTooComplex(InvalidValue):
    """A query nested deeper, or longer, than search takes (``expected`` says the limit)."""

    def __init__(self, text: str, expected: str) -> None:
        shown = text if len(text) <= 40 else text[:40] + "…"
        super().__init__("query", shown, expected)


@dataclass(frozen=True)
class Word:
    """A word or a quoted phrase the user typed."""

    text: str
    quoted: bool = False


@dataclass(frozen=True)
class All:
    """Every document (what a query of filters or negations alone starts from)."""


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    child: Node


Node = Word | All | And | Or | Not


@dataclass(frozen=True)
class ParsedQuery:
    """The query tree (None: nothing to match but the filters) and the filters by name."""

    tree: Node | None
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        """Nothing to search for: no word and no filter."""
        return self.tree is None and not self.filters

    def positive_words(self) -> list[Word]:
        """Words that must or may match (not under a NOT): the ones to highlight."""
        found: list[Word] = []

        def walk(node: Node | None, negated: bool) -> None:
            if isinstance(node, Word) and not negated:
                found.append(node)
            elif isinstance(node, And | Or):
                for child in node.children:
                    walk(child, negated)
            elif isinstance(node, Not):
                walk(node.child, not negated)

        walk(self.tree, False)
        return found


def _lex(text: str) -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
    """Tokens (kind, text) and the filters found along the way."""
    tokens: list[tuple[str, str]] = []
    filters: dict[str, list[str]] = {}
    at = 0
    while at < len(text):
        match = _TOKEN.match(text, at)
        if match is None or match.end() == at:
            break
        at = match.end()
        if match["open"]:
            tokens.append(("open", "("))
        elif match["close"]:
            tokens.append(("close", ")"))
        elif match["filter"]:
            key = _ALIASES.get(match["key"], match["key"].lower())
            value = match["fq"] if match["fq"] is not None else match["fq2"] or match["fv"] or ""
            if key in FILTERS and value.strip():
                filters.setdefault(key, []).append(value.strip())
            elif key not in FILTERS:  # "http:..." or "12:30": just words
                tokens.append(("word", match["filter"]))
        elif match["quote"]:
            closing = _OPEN_QUOTES[match["quote"]]
            end = text.find(closing, at)
            phrase = text[at:] if end < 0 else text[at:end]
            at = len(text) if end < 0 else end + 1
            if _SEARCHABLE.search(phrase):
                tokens.append(("phrase", phrase.strip()))
        else:
            word = match["word"]
            if word in _OPERATORS:
                tokens.append((_OPERATORS[word], word))
            elif word.startswith("-") and len(word) > 1:
                tokens.append(("not", "-"))
                if _SEARCHABLE.search(word):
                    tokens.append(("word", word[1:]))
            elif _SEARCHABLE.search(word):
                tokens.append(("word", word))
    return tokens, filters


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]], text: str) -> None:
        self.tokens = tokens
        self.text = text
        self.at = 0
        self.depth = 0

    def deeper(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise QueryTooComplex(self.text, DEPTH_LIMIT)

    def peek(self) -> str | None:
        return self.tokens[self.at][0] if self.at < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def expression(self) -> Node | None:
        children = [c for c in [self.disjunction()] if c is not None]
        while self.peek() not in (None, "close"):
            if self.peek() == "and":
                self.take()
                continue
            child = self.disjunction()
            if child is not None:
                children.append(child)
        return _combine(And, children)

    def disjunction(self) -> Node | None:
        children = [c for c in [self.unary()] if c is not None]
        while self.peek() == "or":
            self.take()
            child = self.unary()
            if child is not None:
                children.append(child)
        return _combine(Or, children)

    def unary(self) -> Node | None:
        kind = self.peek()
        if kind == "not":
            self.take()
            self.deeper()
            child = self.unary()
            self.depth -= 1
            return Not(child) if child is not None else None
        if kind == "open":
            self.take()
            self.deeper()
            inner = self.expression()
            self.depth -= 1
            if self.peek() == "close":
                self.take()
            return inner
        if kind in ("word", "phrase"):
            _, text = self.take()
            return Word(text, quoted=kind == "phrase")
        if kind is not None:
            self.take()  # a stray operator or bracket: ignore it rather than fail the search
        return None


def _combine(kind: type[And] | type[Or], children: list[Node]) -> Node | None:
    if not children:
        return None
    if len(children) == 1:
        return children[0]
    return kind(tuple(children))


def parse(text: str) -> ParsedQuery:
    """Parse what the user typed: odd input degrades to words, or to no query.

    Raises :class:`QueryTooComplex` for a query too long or nested too deep to search.
    """
    if len(text) > MAX_LENGTH:
        raise QueryTooComplex(text, LENGTH_LIMIT)
    tokens, filters = _lex(text)
    if sum(1 for kind, _ in tokens if kind in ("word", "phrase")) > MAX_WORDS:
        raise QueryTooComplex(text, WORDS_LIMIT)
    parser = _Parser(tokens, text)
    tree = parser.expression()
    while parser.at < len(tokens):  # unbalanced ")": carry on after it
        parser.take()
        more = parser.expression()
        if more is not None:
            tree = more if tree is None else And((tree, more))
    tree = _anchor_negations(tree)
    return ParsedQuery(tree, {k: tuple(v) for k, v in filters.items()})


def _anchor_negations(node: Node | None) -> Node | None:
    """A query that only excludes (``-高考``) means everything but that."""
    if isinstance(node, Not):
        return And((All(), node))
    if isinstance(node, And) and all(isinstance(c, Not) for c in node.children):
        return And((All(), *node.children))
    return node
