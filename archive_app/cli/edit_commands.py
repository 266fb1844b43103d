"""The curator's edits from the command line: ``edit``, ``tag``, ``untag``, ``collect``,
``remove``, ``restore``; and the history: ``history``, ``revert``, ``bin``, ``purge``.

Each applies the same core operation the app's undo stack does, and prints
``{"id", "changes", "change_id"}`` (what changed by kind, and the change's id in the history).
"""

from __future__ import annotations

from typing import Any

from archive_app.cli.context import CommandContext
from archive_app.core import edits, records
from archive_app.core.edits import Applied, history, kinds
from archive_app.core.edits.history import HistoryEntry
from archive_app.core.errors import InvalidValue


def register(commands: Any) -> None:
    edit = commands.add_parser("edit", help="change fields of a record")
    edit.add_argument("id", metavar="ID")
    edit.add_argument(
        "--set",
        dest="assignments",
        action="append",
        required=True,
        metavar="FIELD=VALUE",
        help="a field and its new value (lists separated by commas; empty: none)",
    )
    edit.set_defaults(run=run_edit)

    tag = commands.add_parser("tag", help="put a tag on a record (the tag is made if new)")
    tag.add_argument("id", metavar="ID")
    tag.add_argument("tag", metavar="TAG")
    tag.set_defaults(run=run_tag)

    untag = commands.add_parser("untag", help="take a tag off a record")
    untag.add_argument("id", metavar="ID")
    untag.add_argument("tag", metavar="TAG")
    untag.set_defaults(run=run_untag)

    collect = commands.add_parser("collect", help="put interviews or photos in a collection")
    collect.add_argument("collection_id", metavar="COLLECTION_ID")
    collect.add_argument("ids", metavar="ID", nargs="+")
    collect.set_defaults(run=run_collect)

    remove = commands.add_parser(
        "remove", help="take a record away (it waits in the bin until the bin is emptied)"
    )
    remove.add_argument("id", metavar="ID")
    remove.set_defaults(run=run_remove)

    restore = commands.add_parser("restore", help="bring a removed record back from the bin")
    restore.add_argument("id", metavar="ID")
    restore.set_defaults(run=run_restore)

    shown = commands.add_parser("history", help="what was changed in a record, and when")
    shown.add_argument("id", metavar="ID")
    shown.set_defaults(run=run_history)

    revert = commands.add_parser("revert", help="undo one change from the history")
    revert.add_argument("change_id", metavar="CHANGE_ID")
    revert.set_defaults(run=run_revert)

    binned = commands.add_parser("bin", help="list the records removed and not yet purged")
    binned.set_defaults(run=run_bin)

    purge = commands.add_parser(
        "purge", help="empty the bin for good (or take only the records named out of it)"
    )
    purge.add_argument("ids", metavar="ID", nargs="*")
    purge.set_defaults(run=run_purge)


def field_values(kind: str, assignments: list[str]) -> dict[str, Any]:
    """``FIELD=VALUE`` pairs as the fields an edit takes: lists split at commas (, ， 、),
    numbers read as numbers, empty values as none. Raises :class:`InvalidValue`."""
    fields: dict[str, Any] = {}
    for assignment in assignments:
        name, equals, text = assignment.partition("=")
        name = name.strip()
        if not equals or not name:
            raise InvalidValue("--set", assignment, "FIELD=VALUE")
        value: Any = text
        if name in kinds.JSON_FIELDS:
            value = [part.strip() for part in text.replace("，", ",").replace("、", ",").split(",")]
        elif name in kinds.NUMBER_FIELDS:
            try:
                value = float(text) if text.strip() else None
            except ValueError:
                raise InvalidValue(name, text, "a number") from None
        elif not text.strip() and (name.endswith("_id") or name in kinds.DATE_FIELDS):
            value = None
        fields[name] = value
    return fields


def _emit(ctx: CommandContext, record_id: str, applied: Applied, done: str) -> int:
    changes = applied.changes.as_json()
    ctx.emit(
        {"id": record_id, "changes": changes, "change_id": applied.change_id},
        f"{done}: {record_id}"
        + (f" (change {applied.change_id})" if applied.change_id else " (nothing to change)"),
    )
    return 0


def run_edit(ctx: CommandContext) -> int:
    archive = ctx.archive()
    kind = records.kind_of(archive.db, ctx.args.id)
    fields = field_values(kind, ctx.args.assignments)
    applied = edits.apply(archive, edits.SetFields(kind, ctx.args.id, fields))
    return _emit(ctx, ctx.args.id, applied, "edited")


def run_tag(ctx: CommandContext) -> int:
    applied = edits.apply(ctx.archive(), edits.tag(ctx.args.id, ctx.args.tag))
    return _emit(ctx, ctx.args.id, applied, f"tagged {ctx.args.tag.strip()}")


def run_untag(ctx: CommandContext) -> int:
    applied = edits.apply(ctx.archive(), edits.untag(ctx.args.id, ctx.args.tag))
    return _emit(ctx, ctx.args.id, applied, f"untagged {ctx.args.tag.strip()}")


def run_collect(ctx: CommandContext) -> int:
    batch = edits.Batch([edits.collect(ctx.args.collection_id, item) for item in ctx.args.ids])
    applied = edits.apply(ctx.archive(), batch)
    return _emit(ctx, ctx.args.collection_id, applied, f"collected {len(ctx.args.ids)}")


def run_remove(ctx: CommandContext) -> int:
    archive = ctx.archive()
    kind = records.kind_of(archive.db, ctx.args.id)
    applied = edits.apply(archive, edits.remove(kind, ctx.args.id))
    return _emit(ctx, ctx.args.id, applied, "removed (restore it with 'restore ID')")


def run_restore(ctx: CommandContext) -> int:
    with ctx.archive().transaction() as db:
        applied = history.restore(db, ctx.args.id)
    return _emit(ctx, ctx.args.id, applied, "restored")


def run_revert(ctx: CommandContext) -> int:
    with ctx.archive().transaction() as db:
        applied = history.revert(db, ctx.args.change_id)
    return _emit(ctx, ctx.args.change_id, applied, "reverted")


def _human(entry: HistoryEntry) -> str:
    head = f"{entry.at}  {entry.actor}  {entry.operation}  {entry.id}"
    if entry.reverts:
        head += f"  (undoes {entry.reverts})"
    if entry.reverted_by:
        head += f"  (undone by {entry.reverted_by})"
    lines = [head]
    for item in (history.item_json(i) for i in entry.items):
        if "field" in item:
            lines.append(f"    {item['field']}: {item['before']!r} -> {item['after']!r}")
        elif "link" in item:
            state = "made" if item["after"] is not None else "taken away"
            lines.append(f"    link {item['link']} {state}: {item['key']}")
        else:
            lines.append(f"    {item['kind']} {item['record']}")
    return "\n".join(lines)


def run_history(ctx: CommandContext) -> int:
    found = history.of_record(ctx.archive(read_only=True).db, ctx.args.id)
    ctx.emit(
        [entry.as_json() for entry in found],
        "\n".join(_human(entry) for entry in found) or f"no changes recorded for {ctx.args.id}",
    )
    return 0


def run_bin(ctx: CommandContext) -> int:
    found = history.in_bin(ctx.archive(read_only=True).db)
    lines = [
        f"{entry['at']}  {entry['kind']}  {entry['id']}  "
        f"{(entry['before'] or {}).get('title') or (entry['before'] or {}).get('name') or ''}"
        for entry in found
    ]
    ctx.emit(found, "\n".join(lines) or "the bin is empty")
    return 0


def run_purge(ctx: CommandContext) -> int:
    with ctx.archive().transaction() as db:
        purged = history.purge(db, ctx.args.ids or None)
    ctx.emit({"purged": purged}, f"purged {len(purged)} record(s) for good")
    return 0
