"""Adding, linking, listing and showing catalogue records."""

from __future__ import annotations

from typing import Any

from archive_app.cli.context import CommandContext
from archive_app.core import detail, interviews, people, places, records


def register(commands: Any) -> None:
    interview = commands.add_parser("interview", help="add interviews").add_subparsers(
        dest="interview_command", metavar="ACTION"
    )
    add = interview.add_parser("add", help="add an interview")
    add.add_argument("--title", required=True)
    add.add_argument("--date", help="YYYY, YYYY-MM or YYYY-MM-DD")
    add.add_argument("--place", help="place name (found, or added when new)")
    add.add_argument("--summary", default="")
    add.add_argument("--language", default="", help="language or dialect")
    add.add_argument("--keyword", action="append", default=[], dest="keywords")
    add.set_defaults(run=run_interview_add)

    person = commands.add_parser("person", help="add people").add_subparsers(
        dest="person_command", metavar="ACTION"
    )
    padd = person.add_parser("add", help="add a person")
    padd.add_argument("--name", required=True, help="name in characters")
    padd.add_argument("--latin", dest="name_latin", help="name in pinyin or Latin letters")
    padd.add_argument("--other-name", action="append", default=[], dest="other_names")
    padd.add_argument("--born", help="YYYY or YYYY-MM-DD")
    padd.add_argument("--gender")
    padd.set_defaults(run=run_person_add)

    link = commands.add_parser("link", help="link a person to an interview")
    link.add_argument("interview_id", metavar="INTERVIEW_ID")
    link.add_argument("person_id", metavar="PERSON_ID")
    link.add_argument("--as", dest="role", required=True, choices=interviews.ROLES)
    link.set_defaults(run=run_link)

    listing = commands.add_parser("list", help="list records of one kind")
    listing.add_argument("kind", choices=sorted(records.PLURALS))
    listing.set_defaults(run=run_list)

    show = commands.add_parser("show", help="show one record with everything about it")
    show.add_argument("id", metavar="ID")
    show.set_defaults(run=run_show)


def run_interview_add(ctx: CommandContext) -> int:
    args = ctx.args
    with ctx.archive().transaction() as db:
        place_id = places.find_or_add_place(db, args.place) if args.place else None
        interview_id = interviews.add_interview(
            db,
            args.title,
            date=args.date,
            place_id=place_id,
            summary=args.summary,
            language=args.language,
            keywords=args.keywords,
        )
    ctx.emit({"id": interview_id}, interview_id)
    return 0


def run_person_add(ctx: CommandContext) -> int:
    args = ctx.args
    with ctx.archive().transaction() as db:
        person_id = people.add_person(
            db,
            args.name,
            name_latin=args.name_latin,
            other_names=args.other_names,
            birth_date=args.born,
            gender=args.gender,
        )
    ctx.emit({"id": person_id}, person_id)
    return 0


def run_link(ctx: CommandContext) -> int:
    args = ctx.args
    with ctx.archive().transaction() as db:
        interviews.link_person(db, args.interview_id, args.person_id, args.role)
    ctx.emit(
        {"interview_id": args.interview_id, "person_id": args.person_id, "role": args.role},
        f"linked as {args.role}",
    )
    return 0


_LIST_COLUMNS = {
    "interview": ("id", "date", "title", "status"),
    "person": ("id", "name", "name_latin", "birth_date"),
    "family": ("id", "name"),
    "place": ("id", "name", "level"),
    "migration": ("id", "person_id", "to_city", "from_date", "to_date"),
    "recording": ("id", "original_name", "duration_s", "interview_id"),
    "photo": ("id", "original_name", "width", "height", "taken_at"),
    "document": ("id", "original_name", "document_type"),
    "transcript": ("id", "original_name", "language", "kind", "interview_id"),
    "tag": ("id", "name"),
    "collection": ("id", "name"),
}


def run_list(ctx: CommandContext) -> int:
    kind = records.PLURALS[ctx.args.kind]
    found = records.list_records(ctx.archive(read_only=True).db, kind)
    columns = _LIST_COLUMNS[kind]
    lines = ["  ".join("" if r[c] is None else str(r[c]) for c in columns) for r in found]
    ctx.emit(found, "\n".join(lines) if lines else f"no {ctx.args.kind}")
    return 0


def run_show(ctx: CommandContext) -> int:
    ctx.emit(detail.describe(ctx.archive(read_only=True).db, ctx.args.id))
    return 0
