"""The one gate: everything that serves someone other than a curator asks here.

Search with an audience, the family view and every export ask :func:`visible_items` (or
:func:`decide` for one item) and record what they released with :func:`log_release`. The rules
themselves live in :mod:`archive_app.core.consent.rules`; this module only fetches the facts and
applies them. A withdrawal committed a moment ago counts on the next call.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import sqlite_utils

from archive_app.core import audit
from archive_app.core.consent import facts, kept, rules, store
from archive_app.core.consent.model import AUDIENCES, Decision, Reason, reason_json

__all__ = ["AUDIENCES", "Decision", "Reason", "decide", "log_release", "visible_items"]


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
    return rules.decide_item(item, audience, day, store.renewal_policy(db))


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
        return archive.open_items(audience, day, policy)


def log_release(
    db: sqlite_utils.Database,
    audience: str,
    released: Iterable[str],
    held_back: Iterable[Decision],
    purpose: str,
) -> None:
    """Append one audit entry for a release (an export, a search for an audience...).

    Records what went out, to which audience, under which rules and renewal policy, and which
    items were held back with their reasons. Call it inside the transaction of the release
    when there is one. Raises :class:`InvalidValue` for an unknown audience.
    """
    rules.check_audience(audience)
    audit.append(
        db,
        "release",
        None,
        {
            "audience": audience,
            "purpose": purpose,
            "rules": rules.RULES_VERSION,
            "renewal_policy": store.renewal_policy(db),
            "released": sorted(set(released)),
            "held_back": [
                {"id": d.item_id, "reasons": [reason_json(r) for r in d.reasons]}
                for d in sorted(held_back, key=lambda d: d.item_id)
            ],
        },
    )
