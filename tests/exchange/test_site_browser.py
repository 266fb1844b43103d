"""The story site in a real browser: Debian's Chromium, headless, opened from file://."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from archive_app.core import edits, sections
from archive_app.core.archive import Archive
from archive_app.core.transcripts import store
from archive_app.exchange.release import Selection, prepare_release
from archive_app.exchange.site import export_site
from tests.exchange import browser
from tests.exchange.conftest import ids, interview_titled

pytestmark = pytest.mark.timeout(300)

HOSTILE_TITLE = '婆婆的一天 <img src=x onerror="window.HV_PWNED=1">'
HOSTILE_LINE = "<script>window.HV_PWNED=2</script>\u202e倒过来\u202c" + "很长很长的一句话" * 60


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, sample_folder: Path) -> Path:
    if not browser.available():
        if os.environ.get("CI"):
            pytest.fail(
                "chromium and chromedriver must be installed (packaging/system-packages.sh)"
            )
        pytest.skip("chromium and chromedriver are not installed")
    import shutil

    folder = tmp_path_factory.mktemp("site")
    copy = folder / "archive"
    shutil.copytree(sample_folder, copy, ignore=shutil.ignore_patterns("archive.lock"))
    with Archive.open(copy) as archive:
        day = interview_titled(archive, "婆婆的一天")
        taishan = interview_titled(archive, "在阿婆身邊長大")
        with archive.transaction() as db:
            edits.run(db, edits.SetFields("interview", day, {"title": HOSTILE_TITLE}))
            segments = ids(
                archive,
                "SELECT s.id FROM segment s JOIN transcript t ON t.id = s.transcript_id "
                "WHERE t.interview_id = ? AND t.kind = 'verbatim' ORDER BY s.position",
                day,
            )
            store.set_segment_text(db, segments[1], HOSTILE_LINE)
            taishan_segments = ids(
                archive,
                "SELECT s.id FROM segment s JOIN transcript t ON t.id = s.transcript_id "
                "WHERE t.interview_id = ? AND t.kind = 'verbatim' ORDER BY s.position",
                taishan,
            )
            store.set_segment_text(db, taishan_segments[0], "我細個係留守兒童，跟阿婆大。")
            sections.add_section(db, taishan, 6.0, "金山信", synopsis="阿婆記得每一封信")
        from archive_app.core.search.service import SearchService

        SearchService(archive).catch_up()  # the app's index follows the edits above
        families = tuple(ids(archive, "SELECT id FROM family"))
        release = prepare_release(
            archive.db, archive.root, Selection(family_ids=families), "family"
        )
        export_site(release, folder / "site", archive.root)
    return folder / "site"


@pytest.fixture(scope="module")
def chromium(site: Path) -> Iterator[Any]:
    with browser.chromium(1280, 900) as driver:
        yield driver


def open_page(driver: Any, url: str) -> None:
    driver.get("about:blank")
    driver.get_log("performance")
    driver.get_log("browser")
    driver.get(url)
    time.sleep(0.3)


def search(driver: Any, query: str) -> list[dict[str, Any]]:
    return driver.execute_script(  # type: ignore[no-any-return]
        "var f = HV_INDEX.search(arguments[0]);"
        "return f.hits.map(function (h) { var d = HV_INDEX.docs[h.doc];"
        " return {story: HV_SITE.stories[d[0]].title, text: d[3]}; });",
        query,
    )


def test_the_front_page_finds_traditional_from_simplified_and_pinyin(
    chromium: Any, site: Path
) -> None:
    open_page(chromium, (site / "index.html").as_uri())
    for query in ("留守儿童", "留守兒童", "liushou", "liushou ertong"):
        found = search(chromium, query)
        assert any("留守兒童" in hit["text"] for hit in found), query
    # typed in the box, the results are drawn with the match marked
    box = chromium.find_element("id", "search")
    box.send_keys("liushou")
    assert wait_for(lambda: chromium.find_elements("css selector", "#results mark"), 5)
    marks = [m.text for m in chromium.find_elements("css selector", "#results mark")]
    assert "留守" in marks
    assert browser.console_errors(chromium) == []


def test_english_finds_chinese_through_the_glossary(chromium: Any, site: Path) -> None:
    open_page(chromium, (site / "index.html").as_uri())
    assert any("留守" in hit["text"] for hit in search(chromium, "left-behind"))
    assert search(chromium, "qwxzv") == []


def test_every_request_stays_inside_the_site_folder(chromium: Any, site: Path) -> None:
    prefix = site.as_uri() + "/"
    open_page(chromium, (site / "index.html").as_uri())
    urls = browser.requested_urls(chromium)
    open_page(chromium, (site / "story-1.html").as_uri())
    urls += browser.requested_urls(chromium)
    assert urls, "the performance log saw no request"
    # data: URLs are the icons of Chromium's own audio controls: nothing is fetched for them
    outside = [
        u
        for u in urls
        if not u.startswith(prefix) and u != "about:blank" and not u.startswith("data:")
    ]
    assert outside == []
    assert any(u.endswith(".m4a") for u in urls) and any(u.endswith("search.js") for u in urls)


def timed_story(chromium: Any, site: Path) -> None:
    """Open a story whose transcript has at least five timed lines (stories are numbered by
    date, and two of the sample's share one, so the number alone does not say which)."""
    for page in sorted(site.glob("story-*.html")):
        open_page(chromium, page.as_uri())
        starts = [
            e.get_attribute("data-start")
            for e in chromium.find_elements("css selector", "#transcript .line")
        ]
        if len([s for s in starts if s]) >= 5 and chromium.find_elements("id", "audio"):
            return
    raise AssertionError("no story with a timed transcript")


def wait_for(condition: Any, seconds: float = 10.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.1)
    return bool(condition())


def test_a_story_plays_and_clicking_a_line_seeks_there(chromium: Any, site: Path) -> None:
    timed_story(chromium, site)
    chromium.execute_script("var a = document.getElementById('audio'); a.muted = true; a.play();")
    assert wait_for(
        lambda: chromium.execute_script("return document.getElementById('audio').currentTime") > 0.3
    )
    lines = chromium.find_elements("css selector", "#transcript .line")
    target = lines[3]
    start = float(target.get_attribute("data-start"))
    target.click()
    assert wait_for(lambda: "current" in target.get_attribute("class"), 5)
    now = chromium.execute_script("return document.getElementById('audio').currentTime")
    assert start - 0.05 <= now < start + 2.5
    # the highlight follows the voice to the next line
    following = float(lines[4].get_attribute("data-start"))
    chromium.execute_script(
        "var a = document.getElementById('audio'); a.pause(); a.currentTime = arguments[0]",
        following + 0.1,
    )
    assert wait_for(lambda: "current" in lines[4].get_attribute("class"), 5)
    assert "current" not in target.get_attribute("class")
    assert browser.console_errors(chromium) == []


def test_a_chapter_plays_from_its_start(chromium: Any, site: Path) -> None:
    for page in sorted(site.glob("story-*.html")):
        open_page(chromium, page.as_uri())
        buttons = chromium.find_elements("css selector", "#chapters .chapter-button")
        if buttons:
            assert "金山信" in buttons[0].text
            buttons[0].click()
            assert wait_for(
                lambda: (
                    chromium.execute_script("return document.getElementById('audio').currentTime")
                    >= 6.0
                ),
                5,
            )
            now = chromium.execute_script("return document.getElementById('audio').currentTime")
            assert now < 9.0
            return
    raise AssertionError("no story page shows the chapter")


def test_hostile_text_is_shown_as_text_and_never_runs(chromium: Any, site: Path) -> None:
    stories = [p for p in sorted(site.glob("story-*.html"))]
    shown = False
    for page in stories:
        open_page(chromium, page.as_uri())
        title = chromium.find_element("id", "story-title").text
        if "<img" in title:
            shown = True
            text = " ".join(e.text for e in chromium.find_elements("css selector", ".line-text"))
            assert "<script>window.HV_PWNED=2</script>" in text
            width = chromium.execute_script("return document.documentElement.scrollWidth")
            assert width <= chromium.execute_script("return window.innerWidth") + 1
    assert shown
    assert chromium.execute_script("return window.HV_PWNED === undefined")
    open_page(chromium, (site / "index.html").as_uri())
    assert chromium.execute_script("return window.HV_PWNED === undefined")
    assert browser.console_errors(chromium) == []


PARITY_QUERIES = (
    "留守儿童", "留守兒童", "liushou", "春节", "chunjie", "过年", "guonian", "left-behind", "hukou",
    "户口", "高考", "gaokao", "奶奶", "grandmother", "电话", "dianhua", "phone", "Spring Festival",
    "学校", "xuexiao", "火车", "打工", "dagong", "婆", "信", "school", "letters", "jinshan",
)  # fmt: skip


def test_the_site_finds_the_stories_the_app_finds(chromium: Any, site: Path) -> None:
    from archive_app.core.search.service import SearchService

    open_page(chromium, (site / "index.html").as_uri())
    with Archive.open(site.parent / "archive", read_only=True) as archive:
        titles = {
            str(r[0]): str(r[1]) for r in archive.db.execute("SELECT id, title FROM interview")
        }
        service = SearchService(archive)
        for query in PARITY_QUERIES:
            found = service.search(query, limit=1000, audience="family")
            app = {titles[h.interview_id] for h in found.hits if h.interview_id}
            ours = {h["story"] for h in search(chromium, query)}
            assert ours == app, query


def test_the_stemmer_agrees_with_the_apps(chromium: Any, site: Path) -> None:
    from archive_app.core.search.analysis import stem

    open_page(chromium, (site / "index.html").as_uri())
    words = (
        "families family running runs ran generalization hopping hoped agreed feed caresses "
        "ponies ties cats relational conditional rational valenci hesitanci digitizer "
        "conformabli radicalli differentli vileli analogousli vietnamization predication "
        "operator feudalism decisiveness hopefulness callousness formaliti sensitiviti "
        "sensibiliti triplicate formative formalize electriciti electrical hopeful goodness "
        "revival allowance inference airliner gyroscopic adjustable defensible irritant "
        "replacement adjustment dependent adoption homologou communism activate angulariti "
        "homologous effective bowdlerize probate rate cease controll roll yes yellow sky "
        "grandmothers remittances festivals schooling left-behind hukou"
    ).split()
    theirs = chromium.execute_script(
        "return arguments[0].map(function (w) { return HVSearch.stem(w); })", words
    )
    assert theirs == [stem(w) for w in words]
