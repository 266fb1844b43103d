"""What the consent rules read and what they answer.

The facts the rules read (:class:`Consent`, :class:`PersonFacts`, :class:`ItemFacts`) are
immutable values built from the catalogue; the answers (:class:`Reason`, :class:`Decision`) are
what the gate hands to search, the family view and every export.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

#: every audience, from narrowest to widest; curators (the archive's own staff) see everything
AUDIENCES: tuple[str, ...] = ("curator", "family", "research", "public")

#: the audiences a consent record can allow (curators need no consent)
GRANTABLE: tuple[str, ...] = ("family", "research", "public")

#: the kinds of thing an audience other than curators may ever be shown, each only as the
#: consent of its own people (a photo) or of its interview's narrators (a section, a segment)
#: allows; people, places, documents and the rest are for curators alone
SHAREABLE_KINDS: tuple[str, ...] = ("interview", "section", "segment", "photo")

#: what the archive does with a consent given by a minor once that person is 18
RENEWAL_POLICIES: tuple[str, ...] = ("honour", "suspend")

GIVERS: tuple[str, ...] = ("self", "guardian")
ASSENTS: tuple[str, ...] = ("yes", "no")


# Consent and PersonFacts are NamedTuples rather than dataclasses: ``visible_items`` builds one
# per consent record and per consenting person of the whole archive on every call, and a
# NamedTuple is built several times faster than a frozen dataclass while being just as immutable.
class Consent(NamedTuple):
    """The terms of one consent record, as the rules need them."""

    id: str
    person_id: str
    date: dt.date  # when it was given; it counts from this day on
    given_by: str  # 'self' or 'guardian'
    assent: str | None  # the child's own assent: 'yes', 'no' or None (not recorded)
    audiences: frozenset[str]
    covers: frozenset[str] | None  # ids of the interviews and photos covered; None: all
    embargo_until: dt.date | None  # before this day only curators see the material
    withdrawn_on: dt.date | None  # from this day on the record no longer counts
    pseudonym: str | None  # None: the real name may be shown
    show_face: bool


class PersonFacts(NamedTuple):
    """A person featured in an item, with every consent record they have."""

    id: str
    name: str
    birth_date: str | None  # as catalogued: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'
    adult_from: dt.date | None  # the 18th birthday, on the safe side; None: birth date unknown
    consents: tuple[Consent, ...]


@dataclass(frozen=True)
class ItemFacts:
    """An interview or photo and the people it features."""

    id: str
    kind: str  # 'interview' or 'photo'
    recorded: dt.date | None  # the day it was recorded or taken (earliest possible); None: unknown
    featured: tuple[PersonFacts, ...]


@dataclass(frozen=True)
class Reason:
    """Why an audience may not see an item: which person, which rule.

    ``rule`` is a code such as ``no_consent`` or ``withdrawn``; ``detail`` holds language-neutral
    facts as ``key=value`` words (``consent=… withdrawn_on=2024-05-01``) for the UI to word.
    """

    person_id: str | None
    person_name: str
    rule: str
    detail: str


@dataclass(frozen=True)
class Decision:
    """Whether one audience may see one item on one day, and why not.

    When allowed, ``pseudonyms`` maps the id of every featured person whose consent asks for it
    to the name to show instead, and ``faces_hidden`` says that someone's face must not be shown.
    """

    item_id: str
    audience: str
    allowed: bool
    reasons: tuple[Reason, ...]
    pseudonyms: dict[str, str] = field(default_factory=dict)
    faces_hidden: bool = False

    def as_json(self) -> dict[str, object]:
        """The answer as ``access --json`` prints it."""
        return {
            "id": self.item_id,
            "audience": self.audience,
            "allowed": self.allowed,
            "reasons": [reason_json(r) for r in self.reasons],
        }


def reason_json(reason: Reason) -> dict[str, object]:
    return {
        "person_id": reason.person_id,
        "person_name": reason.person_name,
        "rule": reason.rule,
        "detail": reason.detail,
    }


class PersonVerdict(NamedTuple):
    """The rules' answer for one featured person: no reasons means this person is fine."""

    reasons: tuple[Reason, ...]
    pseudonym: str | None
    hide_face: bool

    @property
    def ok(self) -> bool:
        return not self.reasons


@dataclass(frozen=True)
class ConsentRecord:
    """A whole consent record as catalogued (for listing and the audit log)."""

    id: str
    person_id: str
    person_name: str
    date: str
    given_by: str
    guardian_id: str | None
    guardian_name: str | None
    relationship: str | None
    assent: str | None
    audiences: tuple[str, ...]
    covers: tuple[str, ...] | None  # None: all the person's material
    embargo_until: str | None
    pseudonym: str | None
    show_face: bool
    form_document_id: str | None
    verbal_recording_id: str | None
    verbal_start_s: float | None
    verbal_end_s: float | None
    notes: str
    withdrawn_on: str | None
    withdrawal_reason: str | None
    created_at: str

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "person_id": self.person_id,
            "person_name": self.person_name,
            "date": self.date,
            "given_by": self.given_by,
            "guardian_id": self.guardian_id,
            "guardian_name": self.guardian_name,
            "relationship": self.relationship,
            "assent": self.assent,
            "audiences": list(self.audiences),
            "covers": None if self.covers is None else list(self.covers),
            "embargo_until": self.embargo_until,
            "pseudonym": self.pseudonym,
            "show_face": self.show_face,
            "form_document_id": self.form_document_id,
            "verbal_recording_id": self.verbal_recording_id,
            "verbal_start_s": self.verbal_start_s,
            "verbal_end_s": self.verbal_end_s,
            "notes": self.notes,
            "withdrawn_on": self.withdrawn_on,
            "withdrawal_reason": self.withdrawal_reason,
            "created_at": self.created_at,
        }
