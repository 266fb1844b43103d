"""Consent records, what each audience may see, and the audit log.

consent add PERSON_ID --date D --audiences family,research,public [...]
consent withdraw CONSENT_ID --date D --reason TEXT
consent list [--person ID]
consent due
consent close-passage RECORDING_ID --from T --to T --audiences A,B --person ID --reason TEXT [--date D]
consent open-passage PASSAGE_ID [--date D] [--reason TEXT]
consent passages [--interview ID]
access ID [--audience A] [--on DATE]
audit [--item ID]
"""

from __future__ import annotations

from datetime import date
from typing import Any

from archive_app.cli.context import CommandContext
from archive_app.cli.language import tr
from archive_app.cli.layout import table
from archive_app.cli.wording import audience_name, rule_name
from archive_app.core import audit
from archive_app.core.consent import due, gate, passages, store
from archive_app.core.consent.model import (
    ASSENTS,
    AUDIENCES,
    GIVERS,
    ClosedPassage,
    ConsentRecord,
    Decision,
)
from archive_app.core.errors import InvalidValue, RecordNotFound
from archive_app.core.identifiers import resolve_id
from archive_app.core.transcripts.timing import timecoded_time


def register(commands: Any) -> None:
    consent = commands.add_parser(
        "consent", help=tr("record, withdraw and list consents; what is due")
    ).add_subparsers(dest="consent_command", metavar="ACTION")

    add = consent.add_parser("add", help=tr("record a person's consent"))
    add.add_argument("person_id", metavar="PERSON_ID", help=tr("whose consent it is"))
    add.add_argument("--date", required=True, help=tr("the day it was given, YYYY-MM-DD"))
    add.add_argument(
        "--audiences",
        required=True,
        help=tr(
            "who may see the material, comma-separated: family,research,public "
            "(or 'none': kept in the archive for curators only)"
        ),
    )
    add.add_argument(
        "--by",
        choices=GIVERS,
        help=tr(
            "given by the person themself or by a guardian "
            "(default: guardian when one is named, else self)"
        ),
    )
    guardian = add.add_mutually_exclusive_group()
    guardian.add_argument(
        "--guardian", metavar="PERSON_ID", help=tr("the guardian, a catalogued person")
    )
    guardian.add_argument("--guardian-name", metavar="NAME", help=tr("the guardian, by name"))
    add.add_argument("--relationship", help=tr("of the guardian to the person, e.g. grandmother"))
    add.add_argument(
        "--assent",
        choices=ASSENTS,
        help=tr("whether the child agreed too (for a guardian's consent)"),
    )
    add.add_argument(
        "--covers",
        nargs="+",
        action="extend",
        default=[],
        metavar="INTERVIEW_OR_PHOTO_ID",
        help=tr("only these interviews and photos (default: all the person's material)"),
    )
    add.add_argument(
        "--embargo-until", metavar="D", help=tr("before this day only curators see it")
    )
    add.add_argument(
        "--pseudonym", metavar="NAME", help=tr("show this name instead of the real one")
    )
    add.add_argument("--no-face", action="store_true", help=tr("their face must not be shown"))
    add.add_argument(
        "--form", metavar="DOCUMENT_ID", help=tr("the signed form, a catalogued document")
    )
    add.add_argument(
        "--verbal", metavar="RECORDING_ID", help=tr("the recording holding a spoken consent")
    )
    add.add_argument(
        "--verbal-start",
        type=float,
        metavar="SECONDS",
        help=tr("where the spoken consent starts in that recording"),
    )
    add.add_argument(
        "--verbal-end",
        type=float,
        metavar="SECONDS",
        help=tr("where the spoken consent ends in that recording"),
    )
    add.add_argument("--notes", default="", help=tr("anything else worth keeping about it"))
    add.set_defaults(run=run_consent_add)

    withdraw = consent.add_parser("withdraw", help=tr("withdraw a consent from a day on"))
    withdraw.add_argument(
        "consent_id", metavar="CONSENT_ID", help=tr("the consent, as consent list shows it")
    )
    withdraw.add_argument("--date", required=True, help=tr("from this day on, YYYY-MM-DD"))
    withdraw.add_argument("--reason", required=True, help=tr("why, in the person's words"))
    withdraw.set_defaults(run=run_consent_withdraw)

    listing = consent.add_parser("list", help=tr("list consent records"))
    listing.add_argument("--person", metavar="ID", help=tr("only this person's"))
    listing.set_defaults(run=run_consent_list)

    owed = consent.add_parser("due", help=tr("renewals due, forms missing, birth dates unknown"))
    owed.add_argument("--on", metavar="DATE", help=tr("as on this day (default: today)"))
    owed.set_defaults(run=run_consent_due)

    close = consent.add_parser(
        "close-passage",
        help=tr("close a stretch of a recording to some audiences, at someone's request"),
    )
    close.add_argument("recording_id", metavar="RECORDING_ID", help=tr("the recording"))
    close.add_argument(
        "--from",
        dest="start",
        required=True,
        metavar="TIME",
        help=tr("where the passage starts: 00:03:20, 3:20 or seconds"),
    )
    close.add_argument(
        "--to", dest="end", required=True, metavar="TIME", help=tr("where the passage ends")
    )
    close.add_argument(
        "--audiences",
        required=True,
        help=tr("closed to these, comma-separated: family,research,public"),
    )
    close.add_argument(
        "--person", required=True, metavar="PERSON_ID", help=tr("who asked for it to be closed")
    )
    close.add_argument("--reason", required=True, help=tr("why, in the person's words"))
    close.add_argument("--date", help=tr("the day they asked, YYYY-MM-DD (default: today)"))
    close.set_defaults(run=run_close_passage)

    reopen = consent.add_parser("open-passage", help=tr("open a closed passage again"))
    reopen.add_argument(
        "passage_id", metavar="PASSAGE_ID", help=tr("the passage, as consent passages shows it")
    )
    reopen.add_argument("--date", help=tr("from this day on, YYYY-MM-DD (default: today)"))
    reopen.add_argument("--reason", default="", help=tr("why it may be heard now"))
    reopen.set_defaults(run=run_open_passage)

    listed = consent.add_parser("passages", help=tr("list closed passages"))
    listed.add_argument("--interview", metavar="ID", help=tr("only this interview's"))
    listed.set_defaults(run=run_passages)

    access = commands.add_parser(
        "access", help=tr("whether an audience may see an interview or photo")
    )
    access.add_argument("id", metavar="ID", help=tr("an interview or photo"))
    access.add_argument("--audience", choices=AUDIENCES, help=tr("default: every audience"))
    access.add_argument("--on", metavar="DATE", help=tr("on this day (default: today)"))
    access.set_defaults(run=run_access)

    log = commands.add_parser("audit", help=tr("the audit log, oldest first"))
    log.add_argument("--item", metavar="ID", help=tr("only entries about this record"))
    log.set_defaults(run=run_audit)


def _day(field: str, text: str | None) -> date | None:
    checked = store.check_day(field, text)
    return None if checked is None else date.fromisoformat(checked)


def _audiences(text: str) -> list[str]:
    words = [w.strip() for w in text.split(",") if w.strip()]
    return [] if words == ["none"] else words


def _ids(db: Any, typed: list[str] | None, kinds: tuple[str, ...]) -> list[str]:
    return [resolve_id(db, text, kinds) for text in typed or ()]


def _id(db: Any, typed: str | None, kinds: tuple[str, ...]) -> str | None:
    return None if typed is None else resolve_id(db, typed, kinds)


def run_consent_add(ctx: CommandContext) -> int:
    args = ctx.args
    given_by = args.by or ("guardian" if args.guardian or args.guardian_name else "self")
    with ctx.archive().transaction() as db:
        consent_id = store.add_consent(
            db,
            resolve_id(db, args.person_id, ("person",)),
            date=args.date,
            audiences=_audiences(args.audiences),
            given_by=given_by,
            guardian_id=_id(db, args.guardian, ("person",)),
            guardian_name=args.guardian_name,
            relationship=args.relationship,
            assent=args.assent,
            covers=_ids(db, args.covers, ("interview", "photo")),
            embargo_until=args.embargo_until,
            pseudonym=args.pseudonym,
            show_face=not args.no_face,
            form_document_id=_id(db, args.form, ("document",)),
            verbal_recording_id=_id(db, args.verbal, ("recording",)),
            verbal_start_s=args.verbal_start,
            verbal_end_s=args.verbal_end,
            notes=args.notes,
        )
    ctx.emit({"id": consent_id}, consent_id)
    return 0


def run_consent_withdraw(ctx: CommandContext) -> int:
    args = ctx.args
    with ctx.archive().transaction() as db:
        consent_id = resolve_id(db, args.consent_id, ("consent",))
        store.withdraw_consent(db, consent_id, date=args.date, reason=args.reason)
    ctx.emit(
        {"id": consent_id, "withdrawn_on": args.date, "reason": args.reason.strip()},
        tr("consent {id} withdrawn from {date}").format(id=consent_id, date=args.date),
    )
    return 0


def _consent_row(record: ConsentRecord) -> list[str]:
    shown = "、".join(audience_name(a) for a in record.audiences) or tr("none", "audience")
    row = [record.id, record.date, record.person_name, shown]
    notes = []
    if record.given_by == "guardian":
        notes.append(
            tr("by {guardian} ({relationship})").format(
                guardian=record.guardian_name or record.guardian_id,
                relationship=record.relationship or tr("guardian"),
            )
        )
    if record.covers is not None:
        notes.append(tr("covers {count}").format(count=len(record.covers)))
    if record.embargo_until:
        notes.append(tr("embargo until {date}").format(date=record.embargo_until))
    if record.withdrawn_on:
        notes.append(tr("WITHDRAWN {date}").format(date=record.withdrawn_on))
    return [*row, "  ".join(notes)]


def run_consent_list(ctx: CommandContext) -> int:
    db = ctx.archive(read_only=True).db
    found = store.list_consents(db, person_id=_id(db, ctx.args.person, ("person",)))
    ctx.emit(
        [r.as_json() for r in found],
        "\n".join(table(_consent_row(r) for r in found)) if found else tr("no consents"),
    )
    return 0


def run_consent_due(ctx: CommandContext) -> int:
    db = ctx.archive(read_only=True).db
    day = _day("on", ctx.args.on) or date.today()
    renewals = due.renewals_due(db, day)
    forms = due.forms_missing(db)
    births = due.birth_dates_unknown(db)
    lines = [tr("renewals due ({count}):").format(count=len(renewals))]
    lines += _indented(
        (r.person_name, r.person_id, tr("18 on {date}").format(date=r.adult_from)) for r in renewals
    )
    lines.append(tr("forms missing ({count}):").format(count=len(forms)))
    lines += _indented(
        (f.person_name, tr("consent {id} of {date}").format(id=f.consent_id, date=f.date))
        for f in forms
    )
    lines.append(tr("birth dates unknown ({count}):").format(count=len(births)))
    lines += _indented((b.person_name, b.person_id) for b in births)
    ctx.emit(
        {
            "on": day.isoformat(),
            "renewals": [r.as_json() for r in renewals],
            "forms_missing": [f.as_json() for f in forms],
            "birth_dates_unknown": [b.as_json() for b in births],
        },
        "\n".join(lines),
    )
    return 0


def _indented(rows: Any) -> list[str]:
    return ["  " + line for line in table(rows)]


def seconds(field: str, text: str) -> float:
    """A time as typed: ``00:03:20``, ``3:20``, ``3:20.5`` or plain seconds (``200``)."""
    typed = text.strip()
    try:
        value = float(typed)
    except ValueError:
        value = timecoded_time(typed)  # type: ignore[assignment]  # None: refused below
    if value is None or not value >= 0:
        raise InvalidValue(field, text, "a time such as 00:03:20, 3:20 or 200")
    return value


def run_close_passage(ctx: CommandContext) -> int:
    args = ctx.args
    start = seconds("from", args.start)
    end = seconds("to", args.end)
    from archive_app.core import edits

    with ctx.archive().transaction() as db:
        passage_id = edits.run(
            db,
            edits.ClosePassage(
                resolve_id(db, args.recording_id, ("recording",)),
                start,
                end,
                _audiences(args.audiences),
                resolve_id(db, args.person, ("person",)),
                args.reason,
                args.date,
            ),
        ).value
        closed = passages.get_passage(db, passage_id)
    ctx.emit(
        closed.as_json(),
        tr("passage {id} closed: {start}-{end} of {recording}, to {audiences}").format(
            id=passage_id,
            start=clock(closed.start_s),
            end=clock(closed.end_s),
            recording=closed.recording_name,
            audiences="、".join(audience_name(a) for a in closed.audiences),
        ),
    )
    return 0


def run_open_passage(ctx: CommandContext) -> int:
    args = ctx.args
    from archive_app.core import edits

    with ctx.archive().transaction() as db:
        passage_id = resolve_id(db, args.passage_id, ("passage",))
        edits.run(db, edits.OpenPassage(passage_id, args.date, args.reason))
        opened = passages.get_passage(db, passage_id)
    ctx.emit(
        opened.as_json(),
        tr("passage {id} open again from {date}").format(id=passage_id, date=opened.opened_on),
    )
    return 0


def clock(value: float) -> str:
    """Seconds as ``h:mm:ss`` (with tenths when there are any)."""
    whole = int(value)
    text = f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"
    tenths = round((value - whole) * 10)
    return text + (f".{tenths}" if 0 < tenths < 10 else "")


def _passage_row(passage: ClosedPassage) -> list[str]:
    shown = "、".join(audience_name(a) for a in passage.audiences)
    state = (
        tr("OPEN AGAIN {date}").format(date=passage.opened_on)
        if passage.opened_on
        else tr("closed since {date}").format(date=passage.asked_on)
    )
    return [
        passage.id,
        passage.recording_name,
        f"{clock(passage.start_s)}-{clock(passage.end_s)}",
        shown,
        passage.person_name,
        state,
        passage.reason,
    ]


def run_passages(ctx: CommandContext) -> int:
    db = ctx.archive(read_only=True).db
    found = passages.list_passages(db, interview_id=_id(db, ctx.args.interview, ("interview",)))
    ctx.emit(
        [p.as_json() for p in found],
        "\n".join(table(_passage_row(p) for p in found)) if found else tr("no closed passages"),
    )
    return 0


def _ranges_text(ranges: list[tuple[float, float]]) -> str:
    return ", ".join(
        f"{clock(start)}-{'' if end == float('inf') else clock(end)}" for start, end in ranges
    )


def _decision_text(decision: Decision) -> str:
    if decision.allowed:
        return tr("{audience}: open").format(audience=audience_name(decision.audience))
    reasons = "; ".join(
        f"{r.person_name or '-'}: {rule_name(r.rule)}{' (' + r.detail + ')' if r.detail else ''}"
        for r in decision.reasons
    )
    return tr("{audience}: closed ({reasons})").format(audience=decision.audience, reasons=reasons)


def run_access(ctx: CommandContext) -> int:
    args = ctx.args
    db = ctx.archive(read_only=True).db
    day = _day("on", args.on)
    item_id = resolve_id(db, args.id, ("interview", "photo"))
    is_interview = store.item_kind(db, item_id) == "interview"
    answers: list[dict[str, object]] = []
    lines: list[str] = []
    for audience in [args.audience] if args.audience else AUDIENCES:
        decision = gate.decide(db, item_id, audience, day)
        answer = decision.as_json()
        text = _decision_text(decision)
        answer["closed_ranges"] = []
        if is_interview:
            closed = gate.passages(db, item_id, audience, day)
            answer.update(closed.as_json())
            if closed.closes_anything and decision.allowed:
                text += "\n  " + tr("but not these passages: {ranges}").format(
                    ranges=_ranges_text(closed.timeline_ranges())
                )
        answers.append(answer)
        lines.append(text)
    ctx.emit(answers[0] if args.audience else answers, "\n".join(lines))
    return 0


def run_audit(ctx: CommandContext) -> int:
    db = ctx.archive(read_only=True).db
    item = ctx.args.item
    if item is not None:
        try:
            item = resolve_id(db, item)
        except RecordNotFound:
            pass  # a record removed since: its entries are still in the log under its whole ID
    found = audit.entries(db, item_id=item)
    lines = table((e["seq"], e["at"], e["actor"], e["action"], e["item_id"]) for e in found)
    ctx.emit(found, "\n".join(lines) if lines else tr("the audit log is empty"))
    return 0
