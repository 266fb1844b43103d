"""The one gate: everything that serves someone other than a curator asks here.

Search with an audience, the family view and every export ask :func:`visible_items` (or
:func:`decide` for one item) and record what they released with :func:`log_release`. The rules
themselves live in :mod:`archive_app.core.consent.rules`; this module only fetches the facts and
applies them. A withdrawal committed a moment ago counts on the next call.

Closed passages: :func:`passages` says which stretches of an interview's recordings, which
transcript lines, chapters and photos an audience may not have, with the reasons; every exit
that plays, shows or writes a story asks it. :func:`closed_parts` gives the same for a whole
archive (search asks it on every query). A photo spoken of only inside a closed passage is not
open to that audience: :func:`decide` and :func:`visible_items` say so too.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import sqlite_utils

from archive_app.core import audit
from archive_app.core.consent import facts, kept, kept_passages, passage_facts, rules, store
from archive_app.core.consent.model import (
    AUDIENCES,
    ClosedParts,
    Decision,
    PassageDecision,
    Reason,
    reason_json,
)

__all__ = [
    "AUDIENCES",
    "ClosedParts",
    "Decision",
    "PassageDecision",
    "Reason",
    "closed_parts",
    "decide",
    "log_release",
    "passages",
    "passages_of",
    "visible_items",
]


def decide(
    db: sqlite_utils.Database, item_id: str, audience: str, on: date | None = None
) -> Decision:
    """Whether ``audience`` may see the interview or photo ``item_id`` on day ``on`` (today).

    Raises :class:`RecordNotFound` when the id is neither an interview nor a photo and
    :class:`InvalidValue` for an unknown audience or a bad renewal-policy setting.
    """
    rules.check_audience(audience)
    day = on or date.today()
    item = facts.item_facts(db, item_id)
    decision = rules.decide_item(item, audience, day, store.renewal_policy(db))
    if decision.allowed and item.kind == "photo" and audience != "curator":
        row = db.execute("SELECT interview_id FROM photo WHERE id = ?", [item_id]).fetchone()
        if row is not None and row[0] is not None:
            closed = passages(db, str(row[0]), audience, day).photos.get(item_id)
            if closed:
                return Decision(item_id, audience, False, closed)
    return decision


def passages(
    db: sqlite_utils.Database, interview_id: str, audience: str, on: date | None = None
) -> PassageDecision:
    """Which stretches of the interview's recordings, and which of its transcript lines,
    chapters and photos, closed passages keep from ``audience`` on day ``on`` (today), with the
    reasons. Nothing for curators. Raises :class:`InvalidValue` for an unknown audience.
    """
    rules.check_audience(audience)
    day = on or date.today()
    if audience == "curator":
        return PassageDecision(interview_id, audience)
    return rules.decide_passages(passage_facts.timeline_facts(db, interview_id), audience, day)


def passages_of(
    db: sqlite_utils.Database,
    interview_ids: Iterable[str],
    audience: str,
    on: date | None = None,
) -> dict[str, PassageDecision]:
    """:func:`passages` of several interviews at once, in a few queries."""
    rules.check_audience(audience)
    day = on or date.today()
    wanted = list(dict.fromkeys(interview_ids))
    if audience == "curator":
        return {i: PassageDecision(i, audience) for i in wanted}
    return {
        i: rules.decide_passages(facts, audience, day)
        for i, facts in passage_facts.many_timeline_facts(db, wanted).items()
    }


def closed_parts(db: sqlite_utils.Database, audience: str, on: date | None = None) -> ClosedParts:
    """The ids of every transcript line, chapter and photo of the archive that closed passages
    keep from ``audience`` on day ``on`` (today): what :func:`passages` closes, for all
    interviews at once. Kept between calls while no fact it reads changes. Raises
    :class:`InvalidValue` for an unknown audience.
    """
    return kept_passages.closed_parts(db, audience, on or date.today())


def visible_items(
    db: sqlite_utils.Database, audience: str, on: date | None = None
) -> frozenset[str]:
    """The ids of every interview and photo ``audience`` may see on day ``on`` (today).

    Exactly the items for which :func:`decide` allows it; for 'curator', every item. What was
    worked out is kept for the catalogue, shared by every connection to it in this process, until
    a fact the rules read changes (see :mod:`.kept`): a withdrawal counts on the very next call.
    Raises :class:`InvalidValue` for an unknown audience or a bad renewal-policy setting.
    """
    rules.check_audience(audience)
    day = on or date.today()
    policy = store.renewal_policy(db)
    with kept.reading(db) as archive:
        if audience == "curator":
            return archive.facts.items
        opened = archive.open_items(audience, day, policy)
    closed = kept_passages.closed_parts(db, audience, day).photos
    return opened - closed if closed else opened


def log_release(
    db: sqlite_utils.Database,
    audience: str,
    released: Iterable[str],
    held_back: Iterable[Decision],
    purpose: str,
    passages_applied: Iterable[PassageDecision] = (),
) -> None:
    """Append one audit entry for a release (an export, a search for an audience...).

    Records what went out, to which audience, under which rules and renewal policy, which items
    were held back with their reasons, and every closed passage the release applied (what it
    silenced or left out, per interview). Call it inside the transaction of the release when
    there is one. Raises :class:`InvalidValue` for an unknown audience.
    """
    rules.check_audience(audience)
    applied = [p for p in passages_applied if p.closes_anything]
    details: dict[str, object] = {
        "audience": audience,
        "purpose": purpose,
        "rules": rules.RULES_VERSION,
        "renewal_policy": store.renewal_policy(db),
        "released": sorted(set(released)),
        "held_back": [
            {"id": d.item_id, "reasons": [reason_json(r) for r in d.reasons]}
            for d in sorted(held_back, key=lambda d: d.item_id)
        ],
    }
    if applied:
        details["passages_applied"] = [
            {
                "interview_id": p.interview_id,
                "passages": list(p.passage_ids()),
                "ranges": [[r.recording_id, r.start_s, r.end_s] for r in p.ranges],
                "segments_left_out": len(p.segments),
                "sections_left_out": len(p.sections),
                "photos_left_out": sorted(p.photos),
            }
            for p in sorted(applied, key=lambda p: p.interview_id)
        ]
    audit.append(db, "release", None, details)
