"""``archive-app export site|films|bag|ohms|csv``: every export of stories.

Each takes an audience and a selection (families, collections, interviews; any mix, each
repeatable), ask the consent gate through the shared release, write beside the target and
rename into place (with ``--force`` over what had the name, once complete), and record the release in the audit log with every released id. With
``--json`` they print ``{"included": [ids], "excluded": [{"id", "reasons"}], "files", "bytes"}``.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archive_app.cli.context import CommandContext
from archive_app.cli.language import tr
from archive_app.cli.wording import rule_name
from archive_app.core.consent.model import AUDIENCES
from archive_app.core.errors import InvalidValue
from archive_app.core.identifiers import resolve_id

if TYPE_CHECKING:
    from archive_app.exchange.release import Selection
    from archive_app.exchange.report import ExportReport

# The exporters (PyAV for films above all) are imported when an export runs, not by every
# command's start: ``archive-app --help`` would otherwise wait ~0.5 s for them.


def _selectors(parser: Any, everything: bool = False) -> None:
    parser.add_argument(
        "--audience",
        required=True,
        choices=AUDIENCES,
        help=tr("who the export is for (consent applies)"),
    )
    parser.add_argument(
        "--family", action="append", default=[], metavar="ID", help=tr("the stories a family tells")
    )
    parser.add_argument(
        "--collection", action="append", default=[], metavar="ID", help=tr("a collection's stories")
    )
    parser.add_argument(
        "--interview",
        action="append",
        default=[],
        metavar="ID",
        help=tr("one interview (repeatable)"),
    )
    parser.add_argument(
        "--closed-passages",
        choices=("silence", "tone"),
        default="silence",
        help=tr(
            "what a passage closed to this audience sounds like: silence (default) or a soft "
            "tone, of the same length; its words are always left out"
        ),
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help=tr("replace OUT if it exists (the old one stays whole until the new one is complete)"),
    )
    if everything:
        parser.add_argument(
            "--all",
            action="store_true",
            help=tr("every interview and collection (for curator: the whole archive)"),
        )


def register(commands: Any) -> None:
    export = commands.add_parser(
        "export", help=tr("export stories as an offline site or as films")
    ).add_subparsers(dest="export_command", metavar="FORMAT")
    site = export.add_parser(
        "site", help=tr("an offline story site: a folder (or .zip) that opens in any browser")
    )
    site.add_argument("out", metavar="OUT", help=tr("the folder (or .zip file) to create"))
    _selectors(site)
    site.add_argument(
        "--zip", action="store_true", help=tr("write one .zip file instead of a folder")
    )
    site.set_defaults(run=run_site)
    films = export.add_parser("films", help=tr("one MP4 film per story, words burned in"))
    films.add_argument("out", metavar="OUT_DIR", help=tr("the folder to create"))
    _selectors(films)
    films.add_argument(
        "--tier", metavar="LABEL", help=tr("the transcript tier to show (default: the first)")
    )
    films.add_argument(
        "--second-tier", metavar="LABEL", help=tr("a second tier's line under it (e.g. English)")
    )
    films.add_argument("--font", metavar="FILE", help=tr("a font with Chinese characters to use"))
    films.set_defaults(run=run_films)
    bag = export.add_parser(
        "bag",
        help=tr("a BagIt bag: originals, transcripts, metadata, OHMS XML, Dublin Core CSV"),
    )
    bag.add_argument("out", metavar="OUT", help=tr("the folder (or .zip file) to create"))
    _selectors(bag, everything=True)
    bag.add_argument(
        "--zip", action="store_true", help=tr("write one .zip file instead of a folder")
    )
    bag.add_argument("--organization", help=tr("Source-Organization in bag-info.txt"))
    bag.set_defaults(run=run_bag)
    ohms = export.add_parser("ohms", help=tr("one OHMS XML file per interview"))
    ohms.add_argument("out", metavar="OUT_DIR", help=tr("the folder to create"))
    _selectors(ohms, everything=True)
    ohms.add_argument("--organization", help=tr("the repository named in each file"))
    ohms.set_defaults(run=run_ohms)
    table = export.add_parser(
        "csv", help=tr("a Dublin Core CSV (UTF-8, for spreadsheets and Omeka S's CSV Import)")
    )
    table.add_argument("out", metavar="FILE", help=tr("the .csv file to create"))
    _selectors(table, everything=True)
    table.set_defaults(run=run_csv)


def _selection(ctx: CommandContext) -> Selection:
    from archive_app.exchange.release import Selection

    db = ctx.archive().db
    if getattr(ctx.args, "all", False):
        return Selection(
            collection_ids=tuple(str(r[0]) for r in db.execute("SELECT id FROM collection")),
            interview_ids=tuple(
                str(r[0]) for r in db.execute("SELECT id FROM interview ORDER BY date, id")
            ),
        )
    selection = Selection(
        family_ids=tuple(resolve_id(db, typed, ("family",)) for typed in ctx.args.family),
        collection_ids=tuple(
            resolve_id(db, typed, ("collection",)) for typed in ctx.args.collection
        ),
        interview_ids=tuple(resolve_id(db, typed, ("interview",)) for typed in ctx.args.interview),
    )
    if selection.empty:
        wanted = "--family, --collection, --interview"
        if hasattr(ctx.args, "all"):
            wanted += " or --all"
        raise InvalidValue("selection", "", wanted)
    return selection


def _emit(ctx: CommandContext, report: ExportReport, wrote: str) -> None:
    """``wrote`` says what was written where, with ``{target}``, ``{files}`` and ``{bytes}``."""
    report = dataclasses.replace(report, target=Path(os.path.abspath(ctx.args.out)))
    document = report.as_json()
    lines = [wrote.format(target=report.target, files=report.files, bytes=report.bytes)]
    lines.append(tr("included: {count} items").format(count=len(report.included)))
    for held in report.excluded:
        given: Any = held["reasons"]  # JSON-ready dicts: person_name, rule, detail
        reasons = "; ".join(
            f"{r['person_name'] or '-'}: {rule_name(r['rule'])} {r['detail']}".strip()
            for r in given
        )
        lines.append(tr("held back {id}: {reasons}").format(id=held["id"], reasons=reasons))
    for applied in report.passages:
        closed = applied["passages"]
        lines.append(
            tr("{interview}: {count} closed passages silenced, {lines} lines left out").format(
                interview=applied["interview_id"],
                count=len(closed) if isinstance(closed, list) else 0,
                lines=applied["segments_left_out"],
            )
        )
    ctx.emit(document, "\n".join(lines))


def run_site(ctx: CommandContext) -> int:
    from archive_app.exchange.release import record_release
    from archive_app.exchange.site import export_site
    from archive_app.exchange.target import Work

    archive = ctx.archive()
    with _out(ctx, archive.root) as out:
        release = _release(ctx, archive)
        report = export_site(
            release, out, archive.root, as_zip=ctx.args.zip, work=Work(ctx.progress)
        )
    with archive.transaction() as db:
        record_release(db, release, "export.site")
    _emit(ctx, report, tr("wrote the story site to {target}: {files} files, {bytes} bytes"))
    return 0


def run_films(ctx: CommandContext) -> int:
    from archive_app.exchange.film import FilmOptions, export_films
    from archive_app.exchange.release import record_release
    from archive_app.exchange.target import Work

    archive = ctx.archive()
    options = FilmOptions(
        tier=ctx.args.tier,
        second_tier=ctx.args.second_tier,
        font=Path(ctx.args.font) if ctx.args.font else None,
    )
    with _out(ctx, archive.root) as out:
        release = _release(ctx, archive)
        report = export_films(release, out, archive.root, options, work=Work(ctx.progress))
    with archive.transaction() as db:
        record_release(db, release, "export.films")
    _emit(ctx, report, tr("wrote story films to {target}: {files} files, {bytes} bytes"))
    return 0


@contextmanager
def _out(ctx: CommandContext, archive_root: Path) -> Iterator[Path]:
    """Where the export is written: OUT, checked before any work; with ``--force`` a place
    beside it whose export then takes OUT's place."""
    from archive_app.exchange.target import check_target, replacing

    if ctx.args.force:
        with replacing(Path(ctx.args.out), archive_root) as fresh:
            yield fresh
    else:
        yield check_target(Path(ctx.args.out), archive_root)


def _release(ctx: CommandContext, archive: Any) -> Any:
    from archive_app.exchange.release import prepare_release

    return prepare_release(
        archive.db,
        archive.root,
        _selection(ctx),
        ctx.args.audience,
        passage_fill=ctx.args.closed_passages,
    )


def run_bag(ctx: CommandContext) -> int:
    from archive_app.exchange.bag import BagOptions, export_bag
    from archive_app.exchange.release import record_release
    from archive_app.exchange.target import Work

    archive = ctx.archive()
    options = BagOptions(
        whole=bool(ctx.args.all) and ctx.args.audience == "curator",
        as_zip=ctx.args.zip,
        **({"organization": ctx.args.organization} if ctx.args.organization else {}),
    )
    with _out(ctx, archive.root) as out:
        release = _release(ctx, archive)
        report = export_bag(release, out, archive.root, options, work=Work(ctx.progress))
    with archive.transaction() as db:
        record_release(db, release, "export.bag")
    _emit(ctx, report, tr("wrote the bag to {target}: {files} files, {bytes} bytes"))
    return 0


def run_ohms(ctx: CommandContext) -> int:
    from archive_app.exchange.ohms import export_ohms
    from archive_app.exchange.release import record_release
    from archive_app.exchange.target import Work

    archive = ctx.archive()
    extra = {"repository": ctx.args.organization} if ctx.args.organization else {}
    with _out(ctx, archive.root) as out:
        release = _release(ctx, archive)
        report = export_ohms(release, out, archive.root, work=Work(ctx.progress), **extra)
    with archive.transaction() as db:
        record_release(db, release, "export.ohms")
    _emit(ctx, report, tr("wrote OHMS XML to {target}: {files} files, {bytes} bytes"))
    return 0


def run_csv(ctx: CommandContext) -> int:
    from archive_app.exchange.dublin_core import export_csv
    from archive_app.exchange.release import record_release
    from archive_app.exchange.target import Work

    archive = ctx.archive()
    with _out(ctx, archive.root) as out:
        release = _release(ctx, archive)
        report = export_csv(release, out, archive.root, work=Work(ctx.progress))
    with archive.transaction() as db:
        record_release(db, release, "export.csv")
    _emit(ctx, report, tr("wrote the Dublin Core CSV to {target}: {bytes} bytes"))
    return 0
