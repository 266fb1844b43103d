"""A photo's hit is titled by its caption's first sentence, never cut in the middle of a word
without saying so: captions are often long, and often Chinese and English together."""

from __future__ import annotations

import pytest

from archive_app.core.archive import Archive
from archive_app.core.search.documents import caption_title
from archive_app.core.search.service import SearchService
from tests.core.search_fixtures import add_photo


@pytest.mark.parametrize(
    ("caption", "title"),
    [
        ("奶奶在老房子门口", "奶奶在老房子门口"),
        (
            "腊月二十六，在周口东站接从广州回来的爸爸妈妈。 / The 26th of the twelfth month: "
            "meeting Mum and Dad off the train",
            "腊月二十六，在周口东站接从广州回来的爸爸妈妈。…",
        ),
        (
            "Grandma Zhao and the children wait at the village gate, in the cold, for the bus",
            "Grandma Zhao and the children wait at…",  # a word is never cut
        ),
        (
            "外婆家的院子里种着一棵很老很老的柿子树每年秋天都结满了红红的柿子孩子们爬上去摘了又摘",
            "外婆家的院子里种着一棵很老很老的柿子树每年秋天都结满了红红的柿子孩子们爬上去摘了…",
        ),
        ("\n  第一行\n第二行", "第一行"),
        ("", ""),
    ],
)
def test_a_caption_becomes_a_title_cut_where_a_reader_would_cut_it(
    caption: str, title: str
) -> None:
    assert caption_title(caption) == title


def test_a_photo_hit_carries_the_short_title(archive: Archive) -> None:
    add_photo(
        archive,
        "腊月二十六，在周口东站接从广州回来的爸爸妈妈。 / The 26th of the twelfth month: "
        "meeting Mum and Dad off the train from Guangzhou",
    )
    service = SearchService(archive)
    try:
        service.catch_up()
        hits = [h for h in service.search("周口").hits if h.kind == "photo"]
    finally:
        service.close()
    assert [h.title for h in hits] == ["腊月二十六，在周口东站接从广州回来的爸爸妈妈。…"]
