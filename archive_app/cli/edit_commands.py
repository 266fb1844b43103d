"""The curator's edits from the command line: ``edit``, ``tag``, ``untag``, ``collect``,
``remove``, ``restore``; and the history: ``history``, ``revert``, ``bin``, ``purge``.

Each applies the same core operation the app's undo stack does, and prints
``{"id", "changes", "change_id"}`` (what changed by kind, and the change's id in the history).
IDs may be shortened, as everywhere in the command; a removed record and a change are found by
the start of their ID too.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from archive_app.cli.context import CommandContext
from archive_app.cli.history_text import history_text
from archive_app.cli.language import tr
from archive_app.cli.record_text import moment_text, value_text
from archive_app.core import edits, identifiers, records
from archive_app.core.edits import Applied, history, kinds
from archive_app.core.errors import InvalidValue, RecordNotFound


def register(commands: Any) -> None:
    edit = commands.add_parser("edit", help=tr("change fields of a record"))
    edit.add_argument("id", metavar="ID", help=tr("the record's ID, or its first characters"))
    edit.add_argument(
        "--set",
        dest="assignments",
        action="append",
        required=True,
        metavar="FIELD=VALUE",
        help=tr("a field and its new value (lists separated by commas; empty: none)"),
    )
    edit.set_defaults(run=run_edit)

    tag = commands.add_parser("tag", help=tr("put a tag on a record (the tag is made if new)"))
    tag.add_argument("id", metavar="ID", help=tr("the record's ID, or its first characters"))
    tag.add_argument("tag", metavar="TAG", help=tr("the tag's name"))
    tag.set_defaults(run=run_tag)

    untag = commands.add_parser("untag", help=tr("take a tag off a record"))
    untag.add_argument("id", metavar="ID", help=tr("the record's ID, or its first characters"))
    untag.add_argument("tag", metavar="TAG", help=tr("the tag's name"))
    untag.set_defaults(run=run_untag)

    collect = commands.add_parser("collect", help=tr("put interviews or photos in a collection"))
    collect.add_argument("collection_id", metavar="COLLECTION_ID", help=tr("the collection"))
    collect.add_argument("ids", metavar="ID", nargs="+", help=tr("interviews or photos"))
    collect.set_defaults(run=run_collect)

    remove = commands.add_parser(
        "remove", help=tr("take a record away (it waits in the bin until the bin is emptied)")
    )
    remove.add_argument("id", metavar="ID", help=tr("the record's ID, or its first characters"))
    remove.set_defaults(run=run_remove)

    # ``restore ID`` shares its command with ``restore BACKUP``: see backup_commands

    shown = commands.add_parser("history", help=tr("what was changed in a record, and when"))
    shown.add_argument("id", metavar="ID", help=tr("the record's ID, or its first characters"))
    shown.set_defaults(run=run_history)

    revert = commands.add_parser("revert", help=tr("undo one change from the history"))
    revert.add_argument(
        "change_id", metavar="CHANGE_ID", help=tr("the change's ID, or its first characters")
    )
    revert.set_defaults(run=run_revert)

    binned = commands.add_parser("bin", help=tr("list the records removed and not yet purged"))
    binned.set_defaults(run=run_bin)

    purge = commands.add_parser(
        "purge", help=tr("empty the bin for good (or take only the records named out of it)")
    )
    purge.add_argument("ids", metavar="ID", nargs="*", help=tr("records in the bin (default: all)"))
    purge.set_defaults(run=run_purge)


def field_values(assignments: list[str]) -> dict[str, Any]:
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


def _record(db: sqlite_utils.Database, typed: str) -> str:
    """A record's full ID: one in the archive, else one the history knows (a removed one)."""
    try:
        return identifiers.resolve_id(db, typed)
    except RecordNotFound:
        return history.resolve_id(db, typed)


def _emit(ctx: CommandContext, record_id: str, applied: Applied, done: str) -> int:
    changes = applied.changes.as_json()
    ctx.emit(
        {"id": record_id, "changes": changes, "change_id": applied.change_id},
        f"{done}: {record_id} "
        + (
            tr("(change {change})").format(change=applied.change_id)
            if applied.change_id
            else tr("(nothing to change)")
        ),
    )
    return 0


def run_edit(ctx: CommandContext) -> int:
    archive = ctx.archive()
    record_id = identifiers.resolve_id(archive.db, ctx.args.id)
    kind = records.kind_of(archive.db, record_id)
    fields = field_values(ctx.args.assignments)
    applied = edits.apply(archive, edits.SetFields(kind, record_id, fields))
    return _emit(ctx, record_id, applied, tr("edited"))


def run_tag(ctx: CommandContext) -> int:
    archive = ctx.archive()
    record_id = identifiers.resolve_id(archive.db, ctx.args.id)
    applied = edits.apply(archive, edits.tag(record_id, ctx.args.tag))
    return _emit(ctx, record_id, applied, tr("tagged {tag}").format(tag=ctx.args.tag.strip()))


def run_untag(ctx: CommandContext) -> int:
    archive = ctx.archive()
    record_id = identifiers.resolve_id(archive.db, ctx.args.id)
    applied = edits.apply(archive, edits.untag(record_id, ctx.args.tag))
    return _emit(ctx, record_id, applied, tr("untagged {tag}").format(tag=ctx.args.tag.strip()))


def run_collect(ctx: CommandContext) -> int:
    archive = ctx.archive()
    shelf = identifiers.resolve_id(archive.db, ctx.args.collection_id, ("collection",))
    items = [identifiers.resolve_id(archive.db, typed) for typed in ctx.args.ids]
    applied = edits.apply(archive, edits.Batch([edits.collect(shelf, item) for item in items]))
    return _emit(ctx, shelf, applied, tr("collected {count}").format(count=len(items)))


def run_remove(ctx: CommandContext) -> int:
    archive = ctx.archive()
    record_id = identifiers.resolve_id(archive.db, ctx.args.id)
    kind = records.kind_of(archive.db, record_id)
    applied = edits.apply(archive, edits.remove(kind, record_id))
    return _emit(ctx, record_id, applied, tr("removed (restore it with 'restore ID')"))


def run_restore(ctx: CommandContext) -> int:
    archive = ctx.archive()
    record_id = _record(archive.db, ctx.args.id)
    with archive.transaction() as db:
        applied = history.restore(db, record_id)
    return _emit(ctx, record_id, applied, tr("restored"))


def run_revert(ctx: CommandContext) -> int:
    archive = ctx.archive()
    change_id = history.resolve_id(archive.db, ctx.args.change_id, change=True)
    with archive.transaction() as db:
        applied = history.revert(db, change_id)
    return _emit(ctx, change_id, applied, tr("reverted"))


def run_history(ctx: CommandContext) -> int:
    db = ctx.archive(read_only=True).db
    record_id = _record(db, ctx.args.id)
    found = history.of_record(db, record_id)
    ctx.emit(
        [entry.as_json() for entry in found],
        "\n".join(history_text(entry) for entry in found)
        or tr("no changes recorded for {id}").format(id=record_id),
    )
    return 0


def run_bin(ctx: CommandContext) -> int:
    found = history.in_bin(ctx.archive(read_only=True).db)
    lines = [
        f"{moment_text(entry['at'])}  {value_text('kind', entry['kind'])}  {entry['id']}  "
        f"{(entry['before'] or {}).get('title') or (entry['before'] or {}).get('name') or ''}"
        for entry in found
    ]
    ctx.emit(found, "\n".join(lines) or tr("the bin is empty"))
    return 0


def run_purge(ctx: CommandContext) -> int:
    archive = ctx.archive()
    ids = [_record(archive.db, typed) for typed in ctx.args.ids] or None
    with archive.transaction() as db:
        purged = history.purge(db, ids)
    ctx.emit({"purged": purged}, tr("purged {count} record(s) for good").format(count=len(purged)))
    return 0
