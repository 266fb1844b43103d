"""The consent rules as a pure function: the named cases, and random cases against a naive
statement of the rules written here independently (ages by birthday arithmetic, not by the
rules' own "18th birthday" dates)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from archive_app.core.consent import rules
from archive_app.core.consent.model import AUDIENCES, Consent, ItemFacts, PersonFacts

ITEM = "interview-1"
RECORDED = date(2024, 5, 1)
TODAY = date(2025, 1, 1)


def consent(
    person: str,
    *,
    given_on: date = RECORDED,
    by: str = "self",
    assent: str | None = None,
    audiences: tuple[str, ...] = ("family", "research", "public"),
    covers: frozenset[str] | None = None,
    embargo: date | None = None,
    withdrawn: date | None = None,
    pseudonym: str | None = None,
    face: bool = True,
    cid: str = "c",
) -> Consent:
    return Consent(
        f"{cid}-{person}",
        person,
        given_on,
        by,
        assent,
        frozenset(audiences),
        covers,
        embargo,
        withdrawn,
        pseudonym,
        face,
    )


def person(pid: str, birth: str | None, *consents: Consent) -> PersonFacts:
    return PersonFacts(pid, pid, birth, rules.adult_from(birth), consents)


def item(
    *featured: PersonFacts, kind: str = "interview", recorded: date | None = RECORDED
) -> ItemFacts:
    return ItemFacts(ITEM, kind, recorded, featured)


def codes(decision: object) -> list[str]:
    return [r.rule for r in decision.reasons]  # type: ignore[attr-defined]


# -- the named cases of the issue ---------------------------------------------------------------


def test_a_ten_year_old_with_only_her_own_consent_is_curator_only() -> None:
    girl = person("xiaohong", "2014-03-02", consent("xiaohong"))
    for audience in ("family", "research", "public"):
        decision = rules.decide_item(item(girl), audience, TODAY, "honour")
        assert not decision.allowed
        assert codes(decision) == ["guardian_consent_missing"]
        assert decision.reasons[0].person_id == "xiaohong"
    assert rules.decide_item(item(girl), "curator", TODAY, "honour").allowed


def test_her_grandmothers_consent_without_her_assent_is_still_curator_only() -> None:
    for assent in (None, "no"):
        girl = person("xiaohong", "2014-03-02", consent("xiaohong", by="guardian", assent=assent))
        decision = rules.decide_item(item(girl), "family", TODAY, "honour")
        assert not decision.allowed
        assert codes(decision) == ["assent_missing"]


def test_with_guardian_consent_and_assent_in_one_record_open_to_its_audiences() -> None:
    girl = person(
        "xiaohong",
        "2014-03-02",
        consent("xiaohong", by="guardian", assent="yes", audiences=("family", "research")),
    )
    assert rules.decide_item(item(girl), "family", TODAY, "honour").allowed
    assert rules.decide_item(item(girl), "research", TODAY, "honour").allowed
    public = rules.decide_item(item(girl), "public", TODAY, "honour")
    assert not public.allowed and codes(public) == ["audience_not_granted"]


def test_guardian_and_child_in_two_records_open_where_both_agree() -> None:
    girl = person(
        "xiaohong",
        "2014-03-02",
        consent("xiaohong", by="guardian", audiences=("family", "research"), cid="g"),
        consent("xiaohong", by="self", audiences=("family",), cid="s"),
    )
    assert rules.decide_item(item(girl), "family", TODAY, "honour").allowed
    research = rules.decide_item(item(girl), "research", TODAY, "honour")
    assert not research.allowed and codes(research) == ["assent_missing"]


def test_an_embargo_lifts_on_its_date() -> None:
    grandma = person("nainai", "1950", consent("nainai", embargo=date(2030, 1, 1)))
    before = rules.decide_item(item(grandma), "public", date(2029, 12, 31), "honour")
    assert not before.allowed and codes(before) == ["embargoed"]
    assert rules.decide_item(item(grandma), "public", date(2030, 1, 1), "honour").allowed


def test_a_withdrawal_closes_from_its_date_on() -> None:
    grandma = person("nainai", "1950", consent("nainai", withdrawn=TODAY))
    assert rules.decide_item(item(grandma), "family", TODAY - timedelta(days=1), "honour").allowed
    decision = rules.decide_item(item(grandma), "family", TODAY, "honour")
    assert not decision.allowed and codes(decision) == ["withdrawn"]


def test_a_photo_of_two_people_with_one_consent_stays_closed() -> None:
    father = person("baba", "1980", consent("baba"))
    mother = person("mama", "1982")
    decision = rules.decide_item(item(father, mother, kind="photo"), "family", TODAY, "honour")
    assert not decision.allowed
    assert [(r.person_id, r.rule) for r in decision.reasons] == [("mama", "no_consent")]


def test_an_item_featuring_nobody_is_curator_only() -> None:
    decision = rules.decide_item(item(), "family", TODAY, "honour")
    assert not decision.allowed and codes(decision) == ["nobody_featured"]
    assert rules.decide_item(item(), "curator", TODAY, "honour").allowed


# -- more behaviours --------------------------------------------------------------------------


def test_a_consent_counts_only_from_the_day_it_was_given() -> None:
    grandma = person("nainai", "1950", consent("nainai", given_on=date(2024, 6, 1)))
    early = rules.decide_item(item(grandma), "family", date(2024, 5, 31), "honour")
    assert not early.allowed and codes(early) == ["not_yet_given"]


def test_a_consent_naming_other_items_does_not_cover_this_one() -> None:
    grandma = person("nainai", "1950", consent("nainai", covers=frozenset({"another"})))
    decision = rules.decide_item(item(grandma), "family", TODAY, "honour")
    assert not decision.allowed and codes(decision) == ["not_covered"]
    named = person("nainai", "1950", consent("nainai", covers=frozenset({ITEM})))
    assert rules.decide_item(item(named), "family", TODAY, "honour").allowed


def test_a_birth_year_alone_counts_as_its_last_day() -> None:
    # Born "2006": perhaps on 31 December 2006, so still 17 on 1 December 2024.
    teen = person("teen", "2006", consent("teen"))
    recorded_at_17 = item(teen, recorded=date(2024, 12, 1))
    assert codes(rules.decide_item(recorded_at_17, "family", TODAY, "honour")) == [
        "guardian_consent_missing"
    ]
    recorded_at_18 = item(teen, recorded=date(2024, 12, 31))
    assert rules.decide_item(recorded_at_18, "family", TODAY, "honour").allowed


def test_unknown_birth_date_is_treated_as_an_adult() -> None:
    stranger = person("stranger", None, consent("stranger"))
    assert rules.decide_item(item(stranger), "family", TODAY, "honour").allowed


def test_an_undated_item_counts_as_recorded_on_the_day_asked_about() -> None:
    teen = person("teen", "2007-06-01", consent("teen", given_on=date(2025, 6, 1)))
    undated = item(teen, recorded=None)
    assert not rules.decide_item(undated, "family", date(2025, 5, 31), "honour").allowed
    assert rules.decide_item(undated, "family", date(2025, 6, 1), "honour").allowed


def test_a_minor_consented_for_turns_18_renewal_policy_decides() -> None:
    as_a_child = date(2020, 1, 1)
    young = person(
        "young", "2006-03-01", consent("young", by="guardian", assent="yes", given_on=as_a_child)
    )
    childhood = item(young, recorded=as_a_child)
    grown_up = date(2024, 3, 1)
    assert rules.renewal_due(young, grown_up - timedelta(days=1)) == ()
    assert [c.id for c in rules.renewal_due(young, grown_up)] == ["c-young"]
    assert rules.decide_item(childhood, "family", grown_up, "honour").allowed
    suspended = rules.decide_item(childhood, "family", grown_up, "suspend")
    assert not suspended.allowed and codes(suspended) == ["renewal_due"]


def test_an_adults_own_renewal_covers_their_childhood_interviews() -> None:
    as_a_child = date(2020, 1, 1)
    young = person(
        "young",
        "2006-03-01",
        consent("young", by="guardian", assent="yes", given_on=as_a_child, cid="old"),
        consent("young", by="self", given_on=date(2024, 4, 1), cid="new"),
    )
    childhood = item(young, recorded=as_a_child)
    assert [c.id for c in rules.renewal_due(young, date(2024, 3, 31))] == ["old-young"]
    assert rules.renewal_due(young, date(2024, 5, 1)) == ()
    assert rules.decide_item(childhood, "family", date(2024, 5, 1), "suspend").allowed


def test_a_consent_given_on_the_18th_birthday_is_an_adults() -> None:
    childhood = date(2020, 1, 1)
    on_the_day = person("a", "2006-03-01", consent("a", given_on=date(2024, 3, 1)))
    assert rules.decide_item(
        item(on_the_day, recorded=childhood), "family", TODAY, "suspend"
    ).allowed
    assert rules.renewal_due(on_the_day, TODAY) == ()
    day_before = person("a", "2006-03-01", consent("a", given_on=date(2024, 2, 29)))
    decision = rules.decide_item(item(day_before, recorded=childhood), "family", TODAY, "honour")
    assert codes(decision) == ["guardian_consent_missing"]
    assert [c.id for c in rules.renewal_due(day_before, TODAY)] == ["c-a"]


def test_what_to_hide_pseudonym_and_face() -> None:
    father = person("baba", "1980", consent("baba", pseudonym="老王", face=False))
    decision = rules.decide_item(item(father, kind="photo"), "public", TODAY, "honour")
    assert decision.allowed
    assert decision.pseudonyms == {"baba": "老王"}
    assert decision.faces_hidden


def test_partial_dates_on_the_safe_side() -> None:
    assert rules.earliest_day("2019") == date(2019, 1, 1)
    assert rules.earliest_day("2019-05") == date(2019, 5, 1)
    assert rules.earliest_day("2019:05:03 10:11:12") == date(2019, 5, 3)
    assert rules.earliest_day("2019-05-03T10:11:12Z") == date(2019, 5, 3)
    assert rules.earliest_day("someday") is None
    assert rules.latest_day("2019") == date(2019, 12, 31)
    assert rules.latest_day("2020-02") == date(2020, 2, 29)
    assert rules.adult_from("2008-02-29") == date(2026, 3, 1)
    assert rules.adult_from("2010") == date(2028, 12, 31)
    assert rules.adult_from(None) is None


# -- random cases against a naive statement of the rules ---------------------------------------


def naive_born(birth: str | None) -> date | None:
    """The latest day the person can have been born."""
    if birth is None:
        return None
    parts = [int(p) for p in birth.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        first_of_next = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first_of_next - timedelta(days=1)
    return date(parts[0], parts[1], parts[2])


def naive_age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def naive_valid(
    p: PersonFacts, it: ItemFacts, audience: str, on: date, policy: str
) -> list[Consent]:
    """The person's records that let the audience see the item on that day."""
    born = naive_born(p.birth_date)
    adult_now = born is None or naive_age(born, on) >= 18
    found = []
    for c in p.consents:
        if c.date > on or audience not in c.audiences:
            continue
        if c.covers is not None and it.id not in c.covers:
            continue
        if c.withdrawn_on is not None and c.withdrawn_on <= on:
            continue
        if c.embargo_until is not None and on < c.embargo_until:
            continue
        given_as_child = born is not None and naive_age(born, c.date) < 18
        if policy == "suspend" and given_as_child and adult_now:
            continue
        found.append(c)
    return found


def naive_fine(p: PersonFacts, it: ItemFacts, audience: str, on: date, policy: str) -> bool:
    valid = naive_valid(p, it, audience, on, policy)
    if not valid:
        return False
    born = naive_born(p.birth_date)
    if born is None or naive_age(born, it.recorded or on) >= 18:
        return True
    if any(c.given_by == "self" and naive_age(born, c.date) >= 18 for c in valid):
        return True  # they consented themself as an adult
    guardian = any(c.given_by == "guardian" for c in valid)
    child_agrees = any(
        (c.given_by == "self" and c.assent != "no")
        or (c.given_by == "guardian" and c.assent == "yes")
        for c in valid
    )
    return guardian and child_agrees


# Mostly days from a small pool, so that dates collide and every boundary gets tried: births in
# 2006-2008 come of age in 2024-2026, a leap-day birthday, the first and last days of years.
POOL = [
    date(y, m, d)
    for y in (2006, 2007, 2008, 2024, 2025, 2026)
    for m, d in ((1, 1), (2, 28), (3, 1), (12, 31))
] + [date(2008, 2, 29), date(2024, 2, 29)]
days = st.one_of(
    st.sampled_from(POOL),
    st.sampled_from(POOL),
    st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31)),
)
births = st.one_of(
    st.none(),
    st.sampled_from(("1950", "2006", "2007", "2008", "2006-12", "2008-02", "2007-03")),
    st.sampled_from(POOL).filter(lambda d: d.year < 2010).map(date.isoformat),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)).map(date.isoformat),
)


@st.composite
def consents_of(draw: st.DrawFn, pid: str) -> tuple[Consent, ...]:
    found = []
    for n in range(draw(st.integers(0, 3))):
        found.append(
            Consent(
                f"{pid}-{n}",
                pid,
                draw(days),
                draw(st.sampled_from(("self", "guardian"))),
                draw(st.sampled_from((None, "yes", "no"))),
                frozenset(draw(st.sets(st.sampled_from(("family", "research", "public"))))),
                draw(
                    st.one_of(st.none(), st.sets(st.sampled_from((ITEM, "other"))).map(frozenset))
                ),
                draw(st.one_of(st.none(), days)),
                draw(st.one_of(st.none(), days)),
                draw(st.sampled_from((None, "化名", "阿明"))),
                draw(st.booleans()),
            )
        )
    return tuple(found)


@st.composite
def items(draw: st.DrawFn) -> ItemFacts:
    featured = []
    for n in range(draw(st.integers(0, 3))):
        pid = f"p{n}"
        featured.append(person(pid, draw(births), *draw(consents_of(pid))))
    return ItemFacts(
        ITEM,
        draw(st.sampled_from(("interview", "photo"))),
        draw(st.one_of(st.none(), days)),
        tuple(featured),
    )


@settings(max_examples=600, deadline=None)
@given(
    it=items(),
    audience=st.sampled_from(AUDIENCES),
    on=days,
    policy=st.sampled_from(("honour", "suspend")),
)
def test_rules_agree_with_the_naive_statement(
    it: ItemFacts, audience: str, on: date, policy: str
) -> None:
    decision = rules.decide_item(it, audience, on, policy)
    if audience == "curator":
        assert decision.allowed and decision.reasons == ()
        return
    refused = {p.id for p in it.featured if not naive_fine(p, it, audience, on, policy)}
    assert decision.allowed == (bool(it.featured) and not refused)
    if not it.featured:
        assert codes(decision) == ["nobody_featured"]
        return
    assert {r.person_id for r in decision.reasons} == refused
    for p in it.featured:
        mine = {r.rule for r in decision.reasons if r.person_id == p.id}
        if p.id not in refused:
            continue
        if not p.consents:
            assert mine == {"no_consent"}
        elif naive_valid(p, it, audience, on, policy):
            assert mine and mine <= {"guardian_consent_missing", "assent_missing"}
        else:
            assert mine and not mine & {"guardian_consent_missing", "assent_missing"}
    if decision.allowed:
        valid = {p.id: naive_valid(p, it, audience, on, policy) for p in it.featured}
        assert set(decision.pseudonyms) == {
            pid for pid, cs in valid.items() if any(c.pseudonym for c in cs)
        }
        assert decision.faces_hidden == any(not c.show_face for cs in valid.values() for c in cs)


@settings(max_examples=300, deadline=None)
@given(
    it=items(),
    audience=st.sampled_from(AUDIENCES[1:]),
    on=days,
    policy=st.sampled_from(("honour", "suspend")),
)
def test_fine_as_a_minor_means_fine_as_an_adult(
    it: ItemFacts, audience: str, on: date, policy: str
) -> None:
    # The gate relies on this to judge most people once for all their items.
    for p in it.featured:
        covering = rules.covering(p, it.id)
        if rules.judge_person(p, covering, True, audience, on, policy).ok:
            assert rules.judge_person(p, covering, False, audience, on, policy).ok
