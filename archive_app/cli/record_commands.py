"""Adding, linking, listing and showing catalogue records."""

from __future__ import annotations

import sys
from typing import Any

from archive_app.cli.context import CommandContext
from archive_app.cli.language import tr
from archive_app.cli.layout import table
from archive_app.cli.record_text import value_text
from archive_app.core import detail, interviews, people, places, records
from archive_app.core.identifiers import resolve_id


def register(commands: Any) -> None:
    interview = commands.add_parser("interview", help=tr("add interviews")).add_subparsers(
        dest="interview_command", metavar="ACTION"
    )
    add = interview.add_parser("add", help=tr("add an interview"))
    add.add_argument("--title", required=True, help=tr("the interview's title"))
    add.add_argument("--date", help=tr("YYYY, YYYY-MM or YYYY-MM-DD"))
    add.add_argument("--place", help=tr("place name (found, or added when new)"))
    add.add_argument("--summary", default="", help=tr("a few sentences on what it is about"))
    add.add_argument("--language", default="", help=tr("language or dialect"))
    add.add_argument(
        "--keyword",
        action="append",
        default=[],
        dest="keywords",
        help=tr("a keyword (repeatable)"),
    )
    add.set_defaults(run=run_interview_add)

    person = commands.add_parser("person", help=tr("add people")).add_subparsers(
        dest="person_command", metavar="ACTION"
    )
    padd = person.add_parser("add", help=tr("add a person"))
    padd.add_argument("--name", required=True, help=tr("name in characters"))
    padd.add_argument("--latin", dest="name_latin", help=tr("name in pinyin or Latin letters"))
    padd.add_argument(
        "--other-name",
        action="append",
        default=[],
        dest="other_names",
        help=tr("another name: a nickname, a dialect name (repeatable)"),
    )
    padd.add_argument("--born", help=tr("YYYY or YYYY-MM-DD"))
    padd.add_argument("--gender", help=tr("female, male, other or unknown (or 女, 男, 其他, 未知)"))
    padd.set_defaults(run=run_person_add)

    link = commands.add_parser("link", help=tr("link a person to an interview"))
    link.add_argument("interview_id", metavar="INTERVIEW_ID", help=tr("the interview"))
    link.add_argument("person_id", metavar="PERSON_ID", help=tr("the person"))
    link.add_argument(
        "--as",
        dest="role",
        required=True,
        choices=interviews.ROLES,
        help=tr("the person's part in the interview"),
    )
    link.set_defaults(run=run_link)

    listing = commands.add_parser("list", help=tr("list records of one kind"))
    listing.add_argument("kind", choices=sorted(records.PLURALS), help=tr("which kind"))
    listing.set_defaults(run=run_list)

    show = commands.add_parser("show", help=tr("show one record with everything about it"))
    show.add_argument("id", metavar="ID", help=tr("the record's ID, or its first characters"))
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
        birth_date = records.check_date("birth_date", args.born)
        twins = people.likely_duplicates(db, args.name, birth_date)
        person_id = people.add_person(
            db,
            args.name,
            name_latin=args.name_latin,
            other_names=args.other_names,
            birth_date=birth_date,
            gender=args.gender,
        )
    if twins:
        print(
            "archive-app: "
            + tr(
                "warning: {name} (born {year}) may already be in the archive: {ids}; "
                "added all the same"
            ).format(
                name=args.name.strip(),
                year=birth_date[:4] if birth_date else tr("year unknown"),
                ids=", ".join(twins),
            ),
            file=sys.stderr,
        )
    ctx.emit({"id": person_id, "possible_duplicates": twins}, person_id)
    return 0


def run_link(ctx: CommandContext) -> int:
    args = ctx.args
    with ctx.archive().transaction() as db:
        interview_id = resolve_id(db, args.interview_id, ("interview",))
        person_id = resolve_id(db, args.person_id, ("person",))
        interviews.link_person(db, interview_id, person_id, args.role)
    role_words = value_text("role", args.role)
    ctx.emit(
        {"interview_id": interview_id, "person_id": person_id, "role": args.role},
        tr("linked as {role}").format(role=role_words),
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
    lines = table([value_text(c, r[c]) for c in columns] for r in found)
    ctx.emit(found, "\n".join(lines) if lines else tr("nothing of this kind yet"))
    return 0


def run_show(ctx: CommandContext) -> int:
    db = ctx.archive(read_only=True).db
    ctx.emit(detail.describe(db, resolve_id(db, ctx.args.id, tuple(records.KINDS))))
    return 0
