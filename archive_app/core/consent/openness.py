"""Which items one audience may see on one day: the rules applied to the facts of a whole archive.

The rules themselves are :func:`rules.judge_person` and :func:`rules.open_to`; this module only
asks them as few times as their answers allow. A person whose records all cover all their
material can differ between items only in their age on the recording day, and being a minor
only ever adds a requirement: fine as a minor means fine for every item, refused as an adult
means refused for every item, otherwise their age on the day decides. People with records naming
items are judged once per distinct set of covering records and age.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from datetime import date

from archive_app.core.consent import rules
from archive_app.core.consent.archive_facts import Featuring
from archive_app.core.consent.model import Consent, PersonFacts

# where a person stands for every item that features them
_CLEARED = 0  # fine whatever the item
_REFUSED = 1  # refused whatever the item
_BY_AGE = 2  # fine for the items recorded once they were 18
_PER_ITEM = 3  # their records name items: judged item by item

_NOBODY = PersonFacts("", "", None, None, ())


class Openness:
    """The rules' answer for one audience, day and renewal policy, item by item.

    Each person is judged on first meeting and remembered, so ask one object about many items.
    Not for curators (they see everything).
    """

    def __init__(
        self,
        people: Mapping[str, PersonFacts],
        naming: Container[str],
        audience: str,
        day: date,
        policy: str,
    ) -> None:
        self._people = people
        self._naming = naming  # the people with records naming items
        self._audience = audience
        self._day = day
        self._policy = policy
        self._standing: dict[str, int] = {}
        self._per_item: dict[tuple[str, tuple[str, ...], bool], bool] = {}
        # Whole-archive facts describe only items featuring somebody, all of whom have consent
        # records: the rules must go on closing every other item, or those facts say too little.
        if rules.open_to(()):
            raise AssertionError("the rules must close an item that features nobody")
        if self._judge(_NOBODY, (), False):
            raise AssertionError("the rules must refuse a person without any consent record")

    def _judge(self, person: PersonFacts, covering: tuple[Consent, ...], minor: bool) -> bool:
        verdict = rules.judge_person(
            person, covering, minor, self._audience, self._day, self._policy
        )
        return verdict.ok

    def _stand(self, person_id: str) -> int:
        person = self._people.get(person_id)
        if person is None:
            standing = _REFUSED  # no consent record at all (see the check in __init__)
        elif person_id in self._naming:
            standing = _PER_ITEM
        elif self._judge(person, person.consents, person.adult_from is not None):
            standing = _CLEARED
        elif person.adult_from is not None and self._judge(person, person.consents, False):
            standing = _BY_AGE
        else:
            standing = _REFUSED
        self._standing[person_id] = standing
        return standing

    def _fine_for(self, person_id: str, standing: int, item_id: str, recorded: date | None) -> bool:
        person = self._people[person_id]
        # an undated item counts as recorded on the day asked about, as in decide
        minor = rules.is_minor_on(person, recorded or self._day)
        if standing == _BY_AGE:
            return not minor
        covering = rules.covering(person, item_id)
        # judge_person depends on nothing but these: the same key, the same answer
        key = (person_id, tuple(c.id for c in covering), minor)
        ok = self._per_item.get(key)
        if ok is None:
            ok = self._per_item[key] = self._judge(person, covering, minor)
        return ok

    def open_items(self, items: Iterable[tuple[str, Featuring]]) -> frozenset[str]:
        """The ids of the open items among ``items``: those featuring somebody, each person
        they feature being fine."""
        standings = self._standing
        stand = self._stand
        fine_for = self._fine_for
        opened: list[str] = []
        # The loop a whole archive goes through for each audience and day: kept flat.
        for item_id, (recorded, featured) in items:
            for person_id in featured:
                standing = standings.get(person_id)
                if standing is None:
                    standing = stand(person_id)
                if standing == _CLEARED:
                    continue
                if standing == _REFUSED or not fine_for(person_id, standing, item_id, recorded):
                    break
            else:
                if featured:
                    opened.append(item_id)
        return frozenset(opened)
