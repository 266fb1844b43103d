"""The one gate: everything that serves someone other than a curator asks here.

Search with an audience, the family view and every export ask :func:`visible_items` (or
:func:`decide` for one item) and record what they released with :func:`log_release`. The rules
themselves live in :mod:`archive_app.core.consent.rules`; this module only fetches the facts and
applies them. A withdrawal committed a moment ago counts on the next call.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import sqlite_utils

from archive_app.core import audit
from archive_app.core.consent import facts, rules, store
from archive_app.core.consent.model import (
    AUDIENCES,
    Consent,
    Decision,
    PersonFacts,
    Reason,
    reason_json,
)

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

    Exactly the items for which :func:`decide` allows it; for 'curator', every item. Facts and
    answers are kept with ``db`` while its catalogue is unchanged, so keep one Database object
    per connection (``archive.db``, or one per reader) to answer repeated questions at once.
    Raises :class:`InvalidValue` for an unknown audience or a bad renewal-policy setting.
    """
    rules.check_audience(audience)
    kept = _kept(db)
    if audience == "curator":
        return frozenset(kept.facts.days)
    day = on or date.today()
    answer = kept.answers.get((audience, day))
    if answer is None:
        answer = kept.answers[(audience, day)] = _open_items(
            kept.facts, audience, day, store.renewal_policy(db)
        )
    return answer


def _open_items(
    archive: facts.ArchiveFacts, audience: str, day: date, policy: str
) -> frozenset[str]:
    def judge(person: PersonFacts, covering: tuple[Consent, ...], minor: bool) -> bool:
        return rules.judge_person(person, covering, minor, audience, day, policy).ok

    # Judge each person once rather than each link. When all their records cover all their
    # material, only their age on the recording day can differ between items, and being a minor
    # only ever adds a requirement: fine as a minor means fine for every item; refused as an
    # adult means refused for every item; otherwise their age on the day decides. People with
    # records naming items are judged per item.
    cleared: set[str] = set()
    by_age: dict[str, PersonFacts] = {}
    per_item: dict[str, PersonFacts] = {}
    for person in archive.people.values():
        if person.id in archive.naming_items:
            per_item[person.id] = person
        elif judge(person, person.consents, person.adult_from is not None):
            cleared.add(person.id)
        elif person.adult_from is not None and judge(person, person.consents, False):
            by_age[person.id] = person
    # Everyone else is refused whatever the item, and so is anyone without a consent record:
    # the rules say so, and the check below keeps this loop honest if they ever change.
    if judge(PersonFacts("", "", None, None, ()), (), False):
        raise AssertionError("the rules must refuse a person without any consent record")

    open_items: list[str] = []
    judged: dict[tuple[str, tuple[str, ...], bool], bool] = {}
    for item_id, person_ids in archive.featured.items():
        for person_id in person_ids:
            if person_id in cleared:
                continue
            grows_up = by_age.get(person_id)
            if grows_up is not None:
                if rules.is_minor_on(grows_up, archive.recorded(item_id) or day):
                    break
                continue
            judged_later = per_item.get(person_id)
            if judged_later is None:
                break
            covering = rules.covering(judged_later, item_id)
            minor = rules.is_minor_on(judged_later, archive.recorded(item_id) or day)
            # judge_person depends on nothing but these: the same key, the same answer.
            key = (person_id, tuple(c.id for c in covering), minor)
            ok = judged.get(key)
            if ok is None:
                ok = judged[key] = judge(judged_later, covering, minor)
            if not ok:
                break
        else:
            open_items.append(item_id)  # everyone it features is fine (and it features someone)
    return frozenset(open_items)


# The facts of a whole archive, and the answers drawn from them, kept per Database object for
# as long as its catalogue is unchanged: SQLite's data_version moves when another connection
# commits, total_changes when this one writes. Any change, however small, means a fresh read, so
# a withdrawal counts on the very next call. Nothing is kept from inside a transaction: a
# rollback would undo what was read without moving either counter.
@dataclass
class _Kept:
    state: tuple[int, int]
    facts: facts.ArchiveFacts
    answers: dict[tuple[str, date], frozenset[str]] = field(default_factory=dict)


_KEPT: weakref.WeakKeyDictionary[sqlite_utils.Database, _Kept] = weakref.WeakKeyDictionary()


def _kept(db: sqlite_utils.Database) -> _Kept:
    state = (int(db.execute("PRAGMA data_version").fetchone()[0]), db.conn.total_changes)
    if db.conn.in_transaction:
        return _Kept(state, facts.read_archive(db))
    kept = _KEPT.get(db)
    if kept is None or kept.state != state:
        kept = _KEPT[db] = _Kept(state, facts.read_archive(db))
    return kept


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
