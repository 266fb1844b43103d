"""The consent rules: the one place they live. Pure functions of facts, an audience and a day.

An item (interview or photo) is open to an audience only if it features somebody and every person
it features has a consent record, in force on the day, that covers the item and allows that
audience. A record is in force from its date, until its withdrawal date, outside its embargo, and,
when the archive suspends consents given by minors who have since turned 18, only while renewed.
A person under 18 on the day the item was recorded needs a guardian's consent and their own
assent (a guardian's record saying the child assented, or the child's own record), unless they
have since consented themself as an adult. Curators see everything.

Dates are on the safe side: a birth year alone means the last day of that year (the person is
taken to be as young as they could be); a partly known recording date means its first day.

A closed passage (:func:`decide_passages`) closes a stretch of one recording to the audiences it
names, from the day it was asked for until the day it is opened again (a day asked about before
it was asked for counts as closed too: closing is the careful direction). For those audiences it
closes every transcript line whose place on the timeline overlaps it (:func:`overlaps`: sharing
more than an instant; a line of no length counts when it lies inside), every chapter starting
inside it, and every photo spoken of only in closed lines. Curators hear everything.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterable
from datetime import date

from archive_app.core.consent.model import (
    AUDIENCES,
    RENEWAL_POLICIES,
    ClosedRange,
    Consent,
    Decision,
    ItemFacts,
    PassageDecision,
    PassageFacts,
    PersonFacts,
    PersonVerdict,
    Reason,
    Span,
    TimelineFacts,
)
from archive_app.core.errors import InvalidValue

#: names the rules in the audit log: change it whenever the rules change meaning
RULES_VERSION = "consent-rules/2"  # 2: closed passages

ADULT_AGE = 18

# rule codes of a Reason
NO_CONSENT = "no_consent"  # the person has no consent record at all
NOT_YET_GIVEN = "not_yet_given"  # their consent records are dated after the day asked about
NOT_COVERED = "not_covered"  # no record covers this item
AUDIENCE_NOT_GRANTED = "audience_not_granted"  # records cover it, none for this audience
WITHDRAWN = "withdrawn"
EMBARGOED = "embargoed"
RENEWAL_DUE = "renewal_due"  # given as a minor, now 18, and the archive suspends such consents
GUARDIAN_CONSENT_MISSING = "guardian_consent_missing"
ASSENT_MISSING = "assent_missing"
NOBODY_FEATURED = "nobody_featured"
PASSAGE_CLOSED = "passage_closed"  # a line, chapter or photo inside a closed passage

_PARTIAL_DAY = re.compile(r"^(\d{4})(?:[-:](\d{2})(?:[-:](\d{2}))?)?(?:[ T].*)?$")


def _parts(text: str | None) -> tuple[int, int | None, int | None] | None:
    if not text:
        return None
    match = _PARTIAL_DAY.match(text.strip())
    if not match:
        return None
    year = int(match[1])
    month = int(match[2]) if match[2] else None
    day = int(match[3]) if match[3] else None
    if year < 1 or (month is not None and not 1 <= month <= 12):
        return None
    if month is not None and day is not None:
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            return None
    return year, month, day


@functools.lru_cache(maxsize=65536)
def earliest_day(text: str | None) -> date | None:
    """The first day a partial date can mean (``2019`` -> 2019-01-01); None if unreadable.

    Accepts ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` and timestamps starting with a day (ISO or the
    EXIF form ``YYYY:MM:DD HH:MM:SS``).
    """
    if _is_plain_day(text):
        # The usual whole day, read without the pattern: a whole archive's dates pass here.
        try:
            return date.fromisoformat(text)  # type: ignore[arg-type]  # a str: checked above
        except ValueError:
            return None  # no such day, as _parts says
    parts = _parts(text)
    if parts is None:
        return None
    year, month, day = parts
    return date(year, month or 1, day or 1)


def _is_plain_day(text: str | None) -> bool:
    return (
        text is not None
        and len(text) == 10
        and text.isascii()
        and text[4] == text[7] == "-"
        and text[:4].isdigit()
        and text[5:7].isdigit()
        and text[8:].isdigit()
    )


def latest_day(text: str | None) -> date | None:
    """The last day a partial date can mean (``2019`` -> 2019-12-31); None if unreadable."""
    parts = _parts(text)
    if parts is None:
        return None
    year, month, day = parts
    if month is None:
        return date(year, 12, 31)
    return date(year, month, day or calendar.monthrange(year, month)[1])


@functools.lru_cache(maxsize=65536)
def adult_from(birth_date: str | None) -> date | None:
    """The day a person turns 18, taking the latest birthday their birth date allows.

    None when the birth date is unknown or unreadable (such a person is treated as an adult).
    """
    born = latest_day(birth_date)
    if born is None:
        return None
    year = born.year + ADULT_AGE
    if born.month == 2 and born.day == 29 and not calendar.isleap(year):
        return date(year, 3, 1)  # a leap-day child comes of age the day after 28 February
    return date(year, born.month, born.day)


def is_minor_on(person: PersonFacts, day: date) -> bool:
    """Whether the person is under 18 on ``day`` (never, when the birth date is unknown)."""
    return person.adult_from is not None and day < person.adult_from


def given_as_minor(person: PersonFacts, consent: Consent) -> bool:
    return person.adult_from is not None and consent.date < person.adult_from


def given_as_adult(person: PersonFacts, consent: Consent) -> bool:
    """The person consented themself at 18 or older (a record that needs no guardian)."""
    return (
        consent.given_by == "self"
        and person.adult_from is not None
        and consent.date >= person.adult_from
    )


def assents(consent: Consent) -> bool:
    """Whether the record carries the child's own agreement.

    The child's own record does unless it says ``assent=no``; a guardian's record does only when
    it says the child assented.
    """
    if consent.given_by == "self":
        return consent.assent != "no"
    return consent.assent == "yes"


def covering(person: PersonFacts, item_id: str) -> tuple[Consent, ...]:
    """The person's consent records that cover the item (all their material, or it by name)."""
    return tuple(c for c in person.consents if c.covers is None or item_id in c.covers)


def renewal_due(person: PersonFacts, on: date) -> tuple[Consent, ...]:
    """The records a person gave as a minor that now, at 18 or older, want renewing.

    Nothing is due once the person has consented themself as an adult (by ``on``), or while
    they are still a minor. Withdrawn records need no renewal.
    """
    if person.adult_from is None or on < person.adult_from:
        return ()
    live = [c for c in person.consents if c.date <= on and not _withdrawn(c, on)]
    if any(given_as_adult(person, c) for c in live):
        return ()
    return tuple(c for c in live if given_as_minor(person, c))


def _withdrawn(consent: Consent, on: date) -> bool:
    return consent.withdrawn_on is not None and consent.withdrawn_on <= on


def check_audience(audience: str) -> None:
    if audience not in AUDIENCES:
        raise InvalidValue("audience", audience, ", ".join(AUDIENCES))


def check_policy(policy: str) -> None:
    if policy not in RENEWAL_POLICIES:
        raise InvalidValue("consent.renewal_policy", policy, ", ".join(RENEWAL_POLICIES))


_FINE = PersonVerdict((), None, False)


def judge_person(
    person: PersonFacts,
    covering_consents: tuple[Consent, ...],
    minor_at_item: bool,
    audience: str,
    on: date,
    policy: str,
) -> PersonVerdict:
    """Whether one featured person's consent lets ``audience`` see an item on day ``on``.

    ``covering_consents`` are the person's records covering the item (see :func:`covering`);
    ``minor_at_item`` whether they were under 18 when it was recorded (:func:`is_minor_on`).
    The answer depends on nothing else, which lets the gate judge a person once for many items.
    Being a minor only ever adds a requirement: whoever is fine as a minor is fine as an adult.
    Not for curators (they need no consent).
    """
    in_force: list[Consent] = []
    blocked: list[tuple[str, str]] = []
    given_any = granted_any = False
    for consent in covering_consents:
        if consent.date > on:
            continue
        given_any = True
        if audience not in consent.audiences:
            continue
        granted_any = True
        if consent.withdrawn_on is not None and consent.withdrawn_on <= on:
            blocked.append(
                (WITHDRAWN, f"consent={consent.id} withdrawn_on={consent.withdrawn_on.isoformat()}")
            )
        elif consent.embargo_until is not None and on < consent.embargo_until:
            blocked.append(
                (EMBARGOED, f"consent={consent.id} until={consent.embargo_until.isoformat()}")
            )
        elif (
            policy == "suspend" and given_as_minor(person, consent) and not is_minor_on(person, on)
        ):
            assert person.adult_from is not None
            blocked.append(
                (RENEWAL_DUE, f"consent={consent.id} adult_from={person.adult_from.isoformat()}")
            )
        else:
            in_force.append(consent)

    if not in_force:
        if granted_any:
            return _refuse(person, blocked)
        if given_any:
            granted = {a for c in covering_consents if c.date <= on for a in c.audiences}
            listed = ",".join(a for a in AUDIENCES if a in granted) or "-"
            return _refuse(person, [(AUDIENCE_NOT_GRANTED, f"granted={listed}")])
        if not person.consents:
            return _refuse(person, [(NO_CONSENT, "")])
        first = min(c.date for c in person.consents)
        if first > on:
            return _refuse(person, [(NOT_YET_GIVEN, f"first_consent_date={first.isoformat()}")])
        return _refuse(person, [(NOT_COVERED, "")])

    if minor_at_item:
        # A minor needs a guardian's record and their own assent among the records in force,
        # unless one of them they gave themself as an adult. (One pass: the gate asks this for
        # every consenting person of the archive.)
        by_guardian = assented = False
        for consent in in_force:
            if given_as_adult(person, consent):
                break
            by_guardian = by_guardian or consent.given_by == "guardian"
            assented = assented or assents(consent)
        else:
            if not (by_guardian and assented):
                missing: list[tuple[str, str]] = []
                if not by_guardian:
                    missing.append((GUARDIAN_CONSENT_MISSING, ""))
                if not assented:
                    missing.append((ASSENT_MISSING, ""))
                return _refuse(person, missing)

    # Where several records are in force the most careful wins: a pseudonym if any asks for
    # one (the newest record's), the face hidden if any refuses it.
    pseudonym: str | None = None
    newest: tuple[date, str] | None = None
    hide_face = False
    for consent in in_force:
        if consent.pseudonym and (newest is None or (consent.date, consent.id) > newest):
            pseudonym, newest = consent.pseudonym, (consent.date, consent.id)
        if not consent.show_face:
            hide_face = True
    if pseudonym is None and not hide_face:
        return _FINE
    return PersonVerdict((), pseudonym, hide_face)


def _refuse(person: PersonFacts, reasons: list[tuple[str, str]]) -> PersonVerdict:
    return PersonVerdict(
        tuple(Reason(person.id, person.name, rule, detail) for rule, detail in reasons),
        None,
        False,
    )


def person_verdict(
    person: PersonFacts, item: ItemFacts, audience: str, on: date, policy: str
) -> PersonVerdict:
    """:func:`judge_person` for one person featured in ``item``."""
    recorded = item.recorded or on  # an undated item is taken as recorded on the day asked about
    return judge_person(
        person, covering(person, item.id), is_minor_on(person, recorded), audience, on, policy
    )


def open_to(verdicts: Iterable[PersonVerdict]) -> bool:
    """An item is open when it features somebody and every featured person is fine."""
    seen = False
    for verdict in verdicts:
        if not verdict.ok:
            return False
        seen = True
    return seen


def decide_item(item: ItemFacts, audience: str, on: date, policy: str) -> Decision:
    """Whether ``audience`` may see ``item`` on day ``on``, with every reason why not.

    Raises :class:`InvalidValue` for an unknown audience or renewal policy.
    """
    check_audience(audience)
    check_policy(policy)
    if audience == "curator":
        return Decision(item.id, audience, True, ())
    if not item.featured:
        return Decision(
            item.id, audience, False, (Reason(None, "", NOBODY_FEATURED, f"kind={item.kind}"),)
        )
    verdicts = [(p, person_verdict(p, item, audience, on, policy)) for p in item.featured]
    if not open_to(v for _, v in verdicts):
        reasons = tuple(r for _, v in verdicts for r in v.reasons)
        return Decision(item.id, audience, False, reasons)
    return Decision(
        item.id,
        audience,
        True,
        (),
        pseudonyms={p.id: v.pseudonym for p, v in verdicts if v.pseudonym},
        faces_hidden=any(v.hide_face for _, v in verdicts),
    )


# -- closed passages ----------------------------------------------------------------------------


def passage_closes(passage: PassageFacts, audience: str, on: date) -> bool:
    """Whether ``passage`` is closed to ``audience`` on day ``on`` (never to curators)."""
    if audience == "curator" or audience not in passage.audiences:
        return False
    return passage.opened_on is None or on < passage.opened_on


def overlaps(place: Span, closed: Span) -> bool:
    """The overlap rule: a line (or a chapter's start) at ``place`` falls in the ``closed``
    stretch when they share more than an instant; a place of no length, when it lies inside
    (from its start, up to but not including its end). Stretches that only touch do not."""
    if place.end_s <= place.start_s:
        return closed.start_s <= place.start_s < closed.end_s
    return place.start_s < closed.end_s and place.end_s > closed.start_s


def decide_passages(facts: TimelineFacts, audience: str, on: date) -> PassageDecision:
    """What of one interview's recordings, transcript lines, chapters and photos its closed
    passages keep from ``audience`` on day ``on``, each with the reasons.

    Raises :class:`InvalidValue` for an unknown audience.
    """
    check_audience(audience)
    ranges: list[ClosedRange] = []
    for passage in facts.passages:
        offset = facts.offsets.get(passage.recording_id)
        if offset is None or not passage_closes(passage, audience, on):
            continue
        detail = (
            f"passage={passage.id} recording={passage.recording_id} "
            f"from={passage.start_s:g} to={passage.end_s:g} asked_on={passage.asked_on}"
        )
        ranges.append(
            ClosedRange(
                passage.id,
                passage.recording_id,
                passage.start_s,
                passage.end_s,
                Span(offset.start_s + passage.start_s, offset.end_s + passage.end_s),
                Reason(passage.person_id, passage.person_name, PASSAGE_CLOSED, detail),
            )
        )
    if not ranges:
        return PassageDecision(facts.interview_id, audience)
    segments: dict[str, tuple[Reason, ...]] = {}
    for place in facts.segments:
        reasons = tuple(r.reason for r in ranges if overlaps(place.span, r.timeline))
        if reasons:
            segments[place.id] = reasons
    sections: dict[str, tuple[Reason, ...]] = {}
    for section_id, start in facts.sections:
        reasons = tuple(r.reason for r in ranges if overlaps(Span(start, start), r.timeline))
        if reasons:
            sections[section_id] = reasons
    photos: dict[str, tuple[Reason, ...]] = {}
    for photo_id, lines in facts.photo_ties.items():
        if lines and all(line in segments for line in lines):
            photos[photo_id] = tuple(
                dict.fromkeys(r for line in sorted(lines) for r in segments[line])
            )
    return PassageDecision(facts.interview_id, audience, tuple(ranges), segments, sections, photos)
