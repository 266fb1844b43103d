"""A small archive for core tests: a county in Sichuan with a village, a family of two and
two interviews, and a county elsewhere."""

from __future__ import annotations

from archive_app.core import interviews, people, places
from archive_app.core.archive import Archive


def build_village(archive: Archive) -> dict[str, str]:
    with archive.transaction() as db:
        province = places.add_place(db, "四川省", level="province", name_latin="Sichuan")
        county = places.add_place(db, "仪陇县", level="county", parent_id=province)
        village = places.add_place(db, "马鞍村", level="village", parent_id=county)
        other = places.add_place(db, "台山市", level="county", name_latin="Taishan")
        grandma = people.add_person(db, "王秀英", name_latin="Wang Xiuying", birth_date="1950")
        child = people.add_person(db, "李小明", birth_date="2012", home_place_id=village)
        family = people.add_family(db, "李家", home_place_id=village)
        people.add_member(db, family, grandma, "grandmother")
        people.add_member(db, family, child, "child")
        first = interviews.add_interview(db, "奶奶的故事", date="2024-02-10", place_id=village)
        second = interviews.add_interview(db, "Spring Festival", date="2023-01-22", place_id=other)
        interviews.link_person(db, first, grandma, "narrator")
        interviews.link_person(db, first, child, "narrator")
        interviews.link_person(db, second, child, "mentioned")
    return {
        "province": province,
        "county": county,
        "village": village,
        "other": other,
        "grandma": grandma,
        "child": child,
        "family": family,
        "first": first,
        "second": second,
    }
