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
from archive_app.core import audit
from archive_app.core.consent import due, gate, store
from archive_app.core.consent.model import ASSENTS, AUDIENCES, GIVERS, ConsentRecord, Decision


def register(commands: Any) -> None:
    consent = commands.add_parser(
        "consent", help="record, withdraw and list consents; what is due"
    ).add_subparsers(dest="consent_command", metavar="ACTION")

    add = consent.add_parser("add", help="record a person's consent")
    add.add_argument("person_id", metavar="PERSON_ID", help="whose consent it is")
    add.add_argument("--date", required=True, help="the day it was given, YYYY-MM-DD")
    add.add_argument(
        "--audiences",
        required=True,
        help="who may see the material, comma-separated: family,research,public "
        "(or 'none': kept in the archive for curators only)",
    )
    add.add_argument(
        "--by",
        choices=GIVERS,
        help="given by the person themself or by a guardian "
        "(default: guardian when one is named, else self)",
    )
    guardian = add.add_mutually_exclusive_group()
    guardian.add_argument(
        "--guardian", metavar="PERSON_ID", help="the guardian, a catalogued person"
    )
    guardian.add_argument("--guardian-name", metavar="NAME", help="the guardian, by name")
    add.add_argument("--relationship", help="of the guardian to the person, e.g. grandmother")
    add.add_argument(
        "--assent", choices=ASSENTS, help="whether the child agreed too (for a guardian's consent)"
    )
    add.add_argument(
        "--covers",
        nargs="+",
        action="extend",
        default=[],
        metavar="INTERVIEW_OR_PHOTO_ID",
        help="only these interviews and photos (default: all the person's material)",
    )
    add.add_argument("--embargo-until", metavar="D", help="before this day only curators see it")
    add.add_argument("--pseudonym", metavar="NAME", help="show this name instead of the real one")
    add.add_argument("--no-face", action="store_true", help="their face must not be shown")
    add.add_argument("--form", metavar="DOCUMENT_ID", help="the signed form, a catalogued document")
    add.add_argument(
        "--verbal", metavar="RECORDING_ID", help="the recording holding a spoken consent"
    )
    add.add_argument("--verbal-start", type=float, metavar="SECONDS")
    add.add_argument("--verbal-end", type=float, metavar="SECONDS")
    add.add_argument("--notes", default="")
    add.set_defaults(run=run_consent_add)

    withdraw = consent.add_parser("withdraw", help="withdraw a consent from a day on")
    withdraw.add_argument("consent_id", metavar="CONSENT_ID")
    withdraw.add_argument("--date", required=True, help="from this day on, YYYY-MM-DD")
    withdraw.add_argument("--reason", required=True)
    withdraw.set_defaults(run=run_consent_withdraw)

    listing = consent.add_parser("list", help="list consent records")
    listing.add_argument("--person", metavar="ID", help="only this person's")
    listing.set_defaults(run=run_consent_list)

    owed = consent.add_parser("due", help="renewals due, forms missing, birth dates unknown")
    owed.add_argument("--on", metavar="DATE", help="as on this day (default: today)")
    owed.set_defaults(run=run_consent_due)

    access = commands.add_parser("access", help="whether an audience may see an interview or photo")
    access.add_argument("id", metavar="ID", help="an interview or photo")
    access.add_argument("--audience", choices=AUDIENCES, help="default: every audience")
    access.add_argument("--on", metavar="DATE", help="on this day (default: today)")
    access.set_defaults(run=run_access)

    log = commands.add_parser("audit", help="the audit log, oldest first")
    log.add_argument("--item", metavar="ID", help="only entries about this record")
    log.set_defaults(run=run_audit)


def _day(field: str, text: str | None) -> date | None:
    checked = store.check_day(field, text)
    return None if checked is None else date.fromisoformat(checked)


def _audiences(text: str) -> list[str]:
    words = [w.strip() for w in text.split(",") if w.strip()]
    return [] if words == ["none"] else words


def run_consent_add(ctx: CommandContext) -> int:
    args = ctx.args
    given_by = args.by or ("guardian" if args.guardian or args.guardian_name else "self")
    with ctx.archive().transaction() as db:
        consent_id = store.add_consent(
            db,
            args.person_id,
            date=args.date,
            audiences=_audiences(args.audiences),
            given_by=given_by,
            guardian_id=args.guardian,
            guardian_name=args.guardian_name,
            relationship=args.relationship,
            assent=args.assent,
            covers=args.covers,
            embargo_until=args.embargo_until,
            pseudonym=args.pseudonym,
            show_face=not args.no_face,
            form_document_id=args.form,
            verbal_recording_id=args.verbal,
            verbal_start_s=args.verbal_start,
            verbal_end_s=args.verbal_end,
            notes=args.notes,
        )
    ctx.emit({"id": consent_id}, consent_id)
    return 0


def run_consent_withdraw(ctx: CommandContext) -> int:
    args = ctx.args
    with ctx.archive().transaction() as db:
        store.withdraw_consent(db, args.consent_id, date=args.date, reason=args.reason)
    ctx.emit(
        {"id": args.consent_id, "withdrawn_on": args.date, "reason": args.reason.strip()},
        f"consent {args.consent_id} withdrawn from {args.date}",
    )
    return 0


def _consent_line(record: ConsentRecord) -> str:
    words = [record.id, record.date, record.person_name, ",".join(record.audiences) or "none"]
    if record.given_by == "guardian":
        words.append(
            f"by {record.guardian_name or record.guardian_id} ({record.relationship or 'guardian'})"
        )
    if record.covers is not None:
        words.append(f"covers {len(record.covers)}")
    if record.embargo_until:
        words.append(f"embargo until {record.embargo_until}")
    if record.withdrawn_on:
        words.append(f"WITHDRAWN {record.withdrawn_on}")
    return "  ".join(words)


def run_consent_list(ctx: CommandContext) -> int:
    found = store.list_consents(ctx.archive(read_only=True).db, person_id=ctx.args.person)
    ctx.emit(
        [r.as_json() for r in found],
        "\n".join(_consent_line(r) for r in found) if found else "no consents",
    )
    return 0


def run_consent_due(ctx: CommandContext) -> int:
    db = ctx.archive(read_only=True).db
    day = _day("on", ctx.args.on) or date.today()
    renewals = due.renewals_due(db, day)
    forms = due.forms_missing(db)
    births = due.birth_dates_unknown(db)
    lines = [f"renewals due ({len(renewals)}):"]
    lines += [f"  {r.person_name}  {r.person_id}  18 on {r.adult_from}" for r in renewals]
    lines.append(f"forms missing ({len(forms)}):")
    lines += [f"  {f.person_name}  consent {f.consent_id} of {f.date}" for f in forms]
    lines.append(f"birth dates unknown ({len(births)}):")
    lines += [f"  {b.person_name}  {b.person_id}" for b in births]
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


def _decision_text(decision: Decision) -> str:
    if decision.allowed:
        return f"{decision.audience}: open"
    reasons = "; ".join(
        f"{r.person_name or '-'}: {r.rule}{' (' + r.detail + ')' if r.detail else ''}"
        for r in decision.reasons
    )
    return f"{decision.audience}: closed ({reasons})"


def run_access(ctx: CommandContext) -> int:
    args = ctx.args
    db = ctx.archive(read_only=True).db
    day = _day("on", args.on)
    if args.audience:
        decision = gate.decide(db, args.id, args.audience, day)
        ctx.emit(decision.as_json(), _decision_text(decision))
        return 0
    decisions = [gate.decide(db, args.id, audience, day) for audience in AUDIENCES]
    ctx.emit([d.as_json() for d in decisions], "\n".join(_decision_text(d) for d in decisions))
    return 0


def run_audit(ctx: CommandContext) -> int:
    found = audit.entries(ctx.archive(read_only=True).db, item_id=ctx.args.item)
    lines = [
        f"{e['seq']}  {e['at']}  {e['actor']}  {e['action']}  {e['item_id'] or ''}".rstrip()
        for e in found
    ]
    ctx.emit(found, "\n".join(lines) if lines else "the audit log is empty")
    return 0
