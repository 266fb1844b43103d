"""``archive-app search QUERY`` and ``archive-app reindex``.

``search`` catches the index up with the catalogue first when it can take the writer lock (so what
was just saved is found); when the archive is open in another window it searches what is indexed,
read-only. ``reindex`` rebuilds the index from the catalogue, with a progress bar on a terminal.
"""

from __future__ import annotations

import argparse
from typing import Any

from archive_app.cli.context import CommandContext
from archive_app.cli.language import tr
from archive_app.cli.layout import duration
from archive_app.core.archive import Archive
from archive_app.core.consent.model import AUDIENCES
from archive_app.core.errors import ArchiveLocked
from archive_app.core.search.service import SearchResult, SearchService

KINDS = ("interview", "section", "segment", "transcript", "photo", "document", "person", "place")


def _filter_help() -> dict[str, str]:
    return {
        "place": tr("only what is located in this place (a name or an id), or under it"),
        "person": tr("only what this person (a name or an id) is in"),
        "year": tr("only what dates from this year"),
        "tag": tr("only what carries this tag"),
        "speaker": tr("only passages this speaker says (a label, or a person's name or id)"),
        "from": tr("only what dates from this day on (YYYY, YYYY-MM or YYYY-MM-DD)"),
        "to": tr("only what dates from up to this day (YYYY, YYYY-MM or YYYY-MM-DD)"),
        "tier": tr("only passages of transcripts of this tier"),
        "language": tr("only what is in this language"),
    }


#: filters given as options, as the query's ``name:value`` would give them
FILTER_OPTIONS = ("place", "person", "year", "tag", "speaker", "from", "to", "tier", "language")


def _query_parser(base: type[argparse.ArgumentParser]) -> type[argparse.ArgumentParser]:
    class QueryParser(base):  # type: ignore[valid-type, misc]
        """Reads ``-word`` (a word to leave out) as part of the query, not as an option: only
        the command's own options start with a dash."""

        def _parse_optional(self, arg_string: str) -> Any:
            if (
                arg_string.startswith("-")
                and not arg_string.startswith("--")
                and len(arg_string) > 1
                and arg_string not in self._option_string_actions
            ):
                return None
            return super()._parse_optional(arg_string)

    return QueryParser


def register(commands: Any) -> None:
    plain = commands._parser_class
    commands._parser_class = _query_parser(plain)
    try:
        search = commands.add_parser(
            "search",
            help=tr("full-text search (Chinese, traditional or simplified, pinyin, English)"),
            description=tr(
                'Words are all required; use "quoted phrases", OR, NOT or -word, and filters '
                "place:, person:, year:, tag:, kind:, speaker:, from:, to:, tier:, language: "
                "(or the options below). A query of nothing but operators or punctuation finds "
                "nothing. In the text shown, [[ and ]] mark the words that matched."
            ),
        )
    finally:
        commands._parser_class = plain
    search.add_argument(
        "query",
        metavar="QUERY",
        nargs="*",
        help=tr("what to look for (several words: all of them)"),
    )
    search.add_argument("--limit", type=int, default=20, metavar="N", help=tr("hits to show (20)"))
    search.add_argument(
        "--kind",
        action="append",
        choices=KINDS,
        default=None,
        help=tr(
            "only this kind of result (repeatable); 'transcript' means transcript passages, "
            "'section' the chapters of an interview"
        ),
    )
    search.add_argument(
        "--audience",
        choices=AUDIENCES,
        default="curator",
        help=tr("search as this audience sees the archive (consent applies); default curator"),
    )
    helps = _filter_help()
    for name in FILTER_OPTIONS:
        search.add_argument(
            f"--{name}",
            action="append",
            default=None,
            metavar="DATE" if name in ("from", "to") else "VALUE",
            help=helps[name],
        )
    search.set_defaults(run=run_search)
    reindex = commands.add_parser(
        "reindex", help=tr("rebuild the full-text index from the catalogue")
    )
    reindex.set_defaults(run=run_reindex)


def _open(ctx: CommandContext) -> Archive:
    try:
        return ctx.archive()
    except ArchiveLocked:
        return ctx.archive(read_only=True)  # open in another window: search what is indexed


def run_search(ctx: CommandContext) -> int:
    archive = _open(ctx)
    service = SearchService(archive)
    try:
        if not archive.read_only:
            service.catch_up(progress=None if ctx.json else ctx.progress)
        kinds = tuple("segment" if k == "transcript" else k for k in ctx.args.kind or ())
        filters = {n: tuple(getattr(ctx.args, n)) for n in FILTER_OPTIONS if getattr(ctx.args, n)}
        result = service.search(
            " ".join(ctx.args.query),
            limit=max(0, ctx.args.limit),
            kinds=kinds,
            filters=filters,
            audience=ctx.args.audience,
        )
    finally:
        service.close()
    ctx.emit(as_document(result), as_text(result))
    return 0


def run_reindex(ctx: CommandContext) -> int:
    archive = ctx.archive()
    service = SearchService(archive)
    try:
        count = service.rebuild(progress=None if ctx.json else ctx.progress)
    finally:
        service.close()
    ctx.emit({"documents": count}, tr("indexed {count} documents").format(count=count))
    return 0


def as_document(result: SearchResult) -> dict[str, Any]:
    return {
        "total": result.total,
        "hits": [
            {
                "id": hit.id,
                "kind": hit.kind,
                "interview_id": hit.interview_id,
                "title": hit.title,
                "snippet": hit.snippet,
                "start_s": hit.start_s,
                "score": hit.score,
            }
            for hit in result.hits
        ],
        "facets": result.facets,
    }


def as_text(result: SearchResult) -> str:
    lines = [tr("{count} found").format(count=result.total)]
    if result.from_fallback:
        lines[0] += " " + tr("(index rebuilding: plain search)")
    for hit in result.hits:
        at = (
            "  " + tr("at {time}").format(time=duration(hit.start_s))
            if hit.start_s is not None
            else ""
        )
        lines.append(f"[{hit.kind}] {hit.title}{at}  ({hit.id})")  # the code kind: takes
        lines.append(f"    {hit.snippet}")
    return "\n".join(lines)
