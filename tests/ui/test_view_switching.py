"""Switching views never leaves the page of a record from another view beside the new list:
People after an interview, Consent due or a search after a person."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from archive_app.core import edits
from archive_app.core.archive import Archive
from archive_app.core.transcripts.parse import Segment
from archive_app.core.transcripts.store import add_transcript
from tests.ui.conftest import ids_of
from tests.ui.helpers import type_text


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    """The village archive with a transcript of grandma's interview and a collection."""
    from tests.ui.conftest import fill_village

    root = tmp_path / "village-archive"
    with Archive.create(root) as made:
        ids = fill_village(made)
        with made.transaction() as db:
            add_transcript(
                db,
                ids["first"],
                [Segment(0.0, 4.0, "王秀英", "孩子的爸爸妈妈都去广州打工了。")],
                language="zh-Hans",
            )
            ids["collection"] = str(
                edits.run(db, edits.add("collection", {"name": "春节回家"})).value
            )
            edits.run(db, edits.collect(ids["collection"], ids["first"]))
    (root / "ids.txt").write_text(repr(ids), encoding="utf-8")
    return root


def _click_section(qtbot: Any, window: Any, section: str, target: str = "") -> None:
    """Click an entry of the sidebar as a person would."""
    sidebar = window.sidebar
    index = sidebar._find(section, target)
    assert index is not None, section
    sidebar.scrollTo(index)
    qtbot.mouseClick(
        sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualRect(index).center()
    )


def _page(window: Any) -> tuple[str, str | None] | None:
    """What the detail panel shows: (kind, id) of a record's page, or None for no page."""
    view = window.details.current_view()
    if view is None:
        assert window.details.currentWidget() is window.details.empty
        return None
    return (view.kind, view.record_id)


def _search(qtbot: Any, window: Any, text: str) -> Any:
    controller = window.search
    window.search_field.setFocus()
    window.search_field.selectAll()
    type_text(qtbot, window.search_field, text)
    qtbot.waitUntil(lambda: controller.idle and controller.query == text, timeout=10000)
    qtbot.waitUntil(lambda: text in controller.pane.summary.text(), timeout=10000)
    return controller.pane


def test_people_after_an_interview_shows_no_interview(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.open_record("interview", ids["first"])
    assert _page(window) == ("interview", ids["first"])
    _click_section(qtbot, window, "person")
    assert window.lists.currentWidget() is window.lists.panes["person"]
    assert _page(window) is None


def test_a_list_shown_again_shows_the_record_chosen_in_it(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.open_record("person", ids["grandma"])
    _click_section(qtbot, window, "interview")
    assert _page(window) is None  # no interview chosen in that list yet
    _click_section(qtbot, window, "person")
    assert _page(window) == ("person", ids["grandma"])  # the list and the page agree


def test_consent_due_after_a_person_shows_no_person(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.open_record("person", ids["grandma"])
    _click_section(qtbot, window, "consent_due")
    assert window.lists.currentWidget() is window.consent_due.pane
    assert _page(window) is None


def test_a_search_after_a_person_shows_no_person(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.open_record("person", ids["child"])
    pane = _search(qtbot, window, "广州")
    assert window.lists.currentWidget() is pane
    assert _page(window) is None
    assert window.sidebar.selectionModel().selectedIndexes() == []  # no section is shown


def test_an_opened_hit_stays_only_while_the_results_hold_it(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    pane = _search(qtbot, window, "广州")
    hit = next(h for h in pane.model.hits if h.kind == "segment")
    window.search.open_hit(hit)
    assert window.lists.currentWidget() is pane
    assert _page(window) == ("interview", ids["first"])
    assert window.sidebar.selectionModel().selectedIndexes() == []  # still the results
    _search(qtbot, window, "打工")  # the same passage: the page stays
    assert _page(window) == ("interview", ids["first"])
    _search(qtbot, window, "李小明")  # a person, not that interview: no stale page
    assert _page(window) is None


def test_clearing_a_search_goes_back_to_the_list_and_its_section(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    _click_section(qtbot, window, "person")
    window.open_record("person", ids["father"])
    _search(qtbot, window, "广州")
    window.search_field.clear()
    assert window.lists.currentWidget() is window.lists.panes["person"]
    assert _page(window) == ("person", ids["father"])
    selected = window.sidebar.selectionModel().selectedIndexes()
    assert [index.data() for index in selected] == ["People"]


def test_a_collection_keeps_its_own_page_beside_its_interviews(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.open_record("person", ids["grandma"])
    _click_section(qtbot, window, "collection", ids["collection"])
    assert _page(window) == ("collection", ids["collection"])
    _click_section(qtbot, window, "interview")  # all interviews: not the collection's page
    assert _page(window) is None
