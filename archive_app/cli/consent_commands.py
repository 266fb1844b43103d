"""Consent records, what each audience may see, and the audit log.

consent add PERSON_ID --date D --audiences family,research,public [...]
consent withdraw CONSENT_ID --date D --reason TEXT
consent list [--person ID]
consent due
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
from archive_app.core.consent import due, gate, store
from archive_app.core.consent.model import ASSENTS, AUDIENCES, GIVERS, ConsentRecord, Decision
from archive_app.core.errors import RecordNotFound
from archive_app.core.identifiers import resolve_id


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
    if args.audience:
        decision = gate.decide(db, item_id, args.audience, day)
        ctx.emit(decision.as_json(), _decision_text(decision))
        return 0
    decisions = [gate.decide(db, item_id, audience, day) for audience in AUDIENCES]
    ctx.emit([d.as_json() for d in decisions], "\n".join(_decision_text(d) for d in decisions))
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
