"""``family``: collections marked for a family, and what family mode shows it."""

from __future__ import annotations

from typing import Any

from archive_app.cli.context import CommandContext
from archive_app.cli.language import tr
from archive_app.core.family_mode import marks
from archive_app.core.family_mode.showing import family_showing
from archive_app.core.identifiers import resolve_id


def register(commands: Any) -> None:
    family = commands.add_parser(
        "family", help=tr("family mode: collections marked for a family, what it is shown")
    ).add_subparsers(dest="family_command", metavar="ACTION")
    mark = family.add_parser("mark", help=tr("show a collection in a family's family mode"))
    mark.add_argument("family_id", metavar="FAMILY_ID")
    mark.add_argument("collection_id", metavar="COLLECTION_ID")
    mark.set_defaults(run=run_mark)
    unmark = family.add_parser("unmark", help=tr("stop showing a collection in family mode"))
    unmark.add_argument("family_id", metavar="FAMILY_ID")
    unmark.add_argument("collection_id", metavar="COLLECTION_ID")
    unmark.set_defaults(run=run_unmark)
    shown = family.add_parser(
        "shown", help=tr("what family mode shows a family today, and what it holds back and why")
    )
    shown.add_argument("family_id", metavar="FAMILY_ID")
    shown.set_defaults(run=run_shown)


def run_mark(ctx: CommandContext) -> int:
    with ctx.archive().transaction() as db:
        family_id = resolve_id(db, ctx.args.family_id, ("family",))
        collection_id = resolve_id(db, ctx.args.collection_id, ("collection",))
        changed = marks.mark_collection(db, family_id, collection_id)
    ctx.emit(
        {"family_id": family_id, "collection_id": collection_id, "changed": changed},
        tr("marked for the family") if changed else tr("already marked for the family"),
    )
    return 0


def run_unmark(ctx: CommandContext) -> int:
    with ctx.archive().transaction() as db:
        family_id = resolve_id(db, ctx.args.family_id, ("family",))
        collection_id = resolve_id(db, ctx.args.collection_id, ("collection",))
        changed = marks.unmark_collection(db, family_id, collection_id)
    ctx.emit(
        {"family_id": family_id, "collection_id": collection_id, "changed": changed},
        tr("no longer marked for the family") if changed else tr("was not marked for the family"),
    )
    return 0


def run_shown(ctx: CommandContext) -> int:
    db = ctx.archive(read_only=True).db
    showing = family_showing(db, resolve_id(db, ctx.args.family_id, ("family",)))
    document = {
        "family_id": showing.family_id,
        "name": showing.name,
        "day": showing.day.isoformat(),
        "collections": [c["id"] for c in marks.marked_collections(db, showing.family_id)],
        "stories": [
            {"id": s.id, "title": s.title, "photos": [p.id for p in s.photos]}
            for s in showing.stories
        ],
        "album": [p.id for p in showing.album],
        "held_back": [
            {
                "id": h.item_id,
                "kind": h.kind,
                "title": h.title,
                "reasons": [{"person_name": r.person_name, "rule": r.rule} for r in h.reasons],
            }
            for h in showing.held_back
        ],
    }
    lines = [
        tr("{family}: {stories} stories, {photos} more photos").format(
            family=showing.name, stories=len(showing.stories), photos=len(showing.album)
        )
    ]
    lines += [f"  {s.id}  {s.title}" for s in showing.stories]
    if showing.held_back:
        lines.append(tr("held back:"))
        for held in showing.held_back:
            why = ", ".join(f"{r.person_name or '-'}: {r.rule}" for r in held.reasons)
            lines.append(f"  {held.item_id}  {held.title}  ({why})")
    ctx.emit(document, "\n".join(lines))
    return 0
