"""Search as you type: results with highlighted snippets, facets to narrow them, a transcript hit
opening its interview at that second, and saved searches."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from archive_app.core.archive import Archive
from archive_app.core.transcripts.parse import Segment
from archive_app.core.transcripts.store import add_transcript
from tests.ui.conftest import ids_of, wait_for_writes
from tests.ui.helpers import type_text

#: passages of every length from short to long, each with 年糕 (indirect parameter "many hits")
FILLER = "外婆说那年的冬天特别冷村口的河都结了冰孩子们在冰上滑来滑去一直玩到天黑才回家吃饭"
MANY_HITS = [
    Segment(float(n), n + 0.5, "王秀英", "年糕" + FILLER[:length])
    for n, length in enumerate(range(8, 40))
]


@pytest.fixture
def archive_path(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """The village archive with a timed transcript of grandma's interview."""
    from tests.ui.conftest import fill_village

    root = tmp_path / "village-archive"
    with Archive.create(root) as made:
        ids = fill_village(made)
        with made.transaction() as db:
            add_transcript(
                db,
                ids["first"],
                [
                    Segment(0.0, 4.0, "王秀英", "那年我们村里修了新的小学。"),
                    Segment(62.5, 70.0, "王秀英", "孩子的爸爸妈妈都去广州打工了。"),
                    *(MANY_HITS if getattr(request, "param", None) == "many hits" else []),
                ],
                language="zh-CN",
            )
    (root / "ids.txt").write_text(repr(ids), encoding="utf-8")
    return root


def _search(qtbot: Any, window: Any, text: str) -> Any:
    controller = window.search
    window.search_field.setFocus()
    type_text(qtbot, window.search_field, text)
    qtbot.waitUntil(lambda: controller.idle and controller.pane.model.rowCount() > 0, timeout=10000)
    return controller.pane


def test_typing_shows_results_with_highlighted_snippets(qtbot: Any, window: Any) -> None:
    pane = _search(qtbot, window, "广州")
    assert window.lists.currentWidget() is pane
    hits = pane.model.hits
    assert any(h.kind == "segment" and "[[广州]]" in h.snippet for h in hits)
    assert "result" in pane.summary.text() and "“广州”" in pane.summary.text()
    picture = pane.results.grab().toImage()
    assert not picture.isNull()


def test_a_transcript_hit_opens_the_interview_at_that_second(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    pane = _search(qtbot, window, "广州")
    row = next(i for i, h in enumerate(pane.model.hits) if h.kind == "segment")
    with qtbot.waitSignal(window.play_requested, timeout=5000) as heard:
        index = pane.model.index(row)
        qtbot.mouseClick(
            pane.results.viewport(),
            Qt.MouseButton.LeftButton,
            pos=pane.results.visualRect(index).center(),
        )
    assert heard.args == [ids["first"], 62.5]
    view = window.details.current_view()
    assert view.kind == "interview" and view.record_id == ids["first"]


def test_facets_narrow_the_results(qtbot: Any, window: Any) -> None:
    pane = _search(qtbot, window, "王秀英")
    kinds = {h.kind for h in pane.model.hits}
    assert len(kinds) > 1  # the person and what she said
    item = pane.facet_item("kind", "person")
    assert item is not None
    item.setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(
        lambda: window.search.idle and {h.kind for h in pane.model.hits} == {"person"},
        timeout=10000,
    )
    checked = pane.facet_item("kind", "person")
    assert checked is not None and checked.checkState(0) == Qt.CheckState.Checked


def test_a_search_edit_finds_the_new_title(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.open_record("interview", ids["second"])
    title = window.details.current_view().form.editor("title")
    title.setFocus()
    title.selectAll()
    type_text(qtbot, title, "留守的夏天")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    wait_for_writes(qtbot, window)  # the index catches up on the writer
    pane = _search(qtbot, window, "夏天")
    assert [h.title for h in pane.model.hits if h.kind == "interview"] == ["留守的夏天"]


def test_saved_searches_come_back_from_the_sidebar(qtbot: Any, window: Any) -> None:
    pane = _search(qtbot, window, "小学")
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    assert window.settings.saved_searches(window.session.root) == ["小学"]
    window.search_field.clear()
    assert window.lists.currentWidget() is not pane  # back to the list shown before
    sidebar = window.sidebar
    model = sidebar.model()
    group = next(
        model.item(r) for r in range(model.rowCount()) if model.item(r).text() == "Saved searches"
    )
    entry = group.child(0)
    assert entry.text() == "小学"
    qtbot.mouseClick(
        sidebar.viewport(),
        Qt.MouseButton.LeftButton,
        pos=sidebar.visualRect(entry.index()).center(),
    )
    assert window.search_field.text() == "小学"
    qtbot.waitUntil(lambda: window.search.idle and pane.model.rowCount() > 0, timeout=10000)


def test_nothing_found_says_so_and_what_to_try(qtbot: Any, window: Any) -> None:
    controller = window.search
    pane = controller.pane
    window.search_field.setFocus()
    type_text(qtbot, window.search_field, "火星")
    qtbot.waitUntil(lambda: controller.idle and "火星" in pane.summary.text(), timeout=10000)
    assert pane.summary.text() == "Nothing found for “火星”."
    assert pane.nothing.isVisible()  # kind words where the results would be
    assert "Some things to try" in pane.nothing.text()
    assert "pinyin" in pane.nothing.text()
    assert not pane.results.isVisible() and not pane.facets.isVisible()  # no empty boxes
    window.search_field.clear()
    _search(qtbot, window, "广州")
    assert pane.results.isVisible() and pane.facets.isVisible()
    assert not pane.nothing.isVisible()


def test_nothing_found_with_a_filter_keeps_the_filter_to_take_away(qtbot: Any, window: Any) -> None:
    pane = _search(qtbot, window, "王秀英")
    item = pane.facet_item("kind", "person")
    assert item is not None
    item.setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: window.search.idle, timeout=10000)
    window.search_field.setText("王秀英 小学")  # said by her, but no person is called that
    qtbot.waitUntil(
        lambda: window.search.idle and "Nothing found" in pane.summary.text(), timeout=10000
    )
    assert pane.nothing.isVisible() and pane.facets.isVisible()
    assert "Take away the filters" in pane.nothing.text()


def test_speaker_and_language_facets_and_a_date_range(qtbot: Any, window: Any) -> None:
    pane = _search(qtbot, window, "广州")
    assert pane.facet_item("speaker", "王秀英") is not None
    assert pane.facet_item("language", "zh-CN") is not None
    item = pane.facet_item("speaker", "王秀英")
    item.setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(
        lambda: window.search.idle and {h.kind for h in pane.model.hits} == {"segment"},
        timeout=10000,
    )
    later = pane.date_fields["from"]
    later.setText("2100")
    later.editingFinished.emit()
    qtbot.waitUntil(lambda: window.search.idle and pane.model.rowCount() == 0, timeout=10000)
    assert "“广州”" in pane.summary.text()
    later.setText("soon")
    later.editingFinished.emit()
    qtbot.waitUntil(lambda: window.search.idle and "soon" in pane.summary.text(), timeout=10000)
    assert "not a date" in pane.summary.text()
    window.search_field.clear()
    assert pane.filters == {} and later.text() == ""


def test_a_chosen_hit_stays_readable(qtbot: Any, window: Any) -> None:
    """On the selection's blue, the found words are dark on their yellow (they were white on
    yellow) and the kind and time take the selection's text colour (they were grey on blue)."""
    from PySide6.QtGui import QColor

    from archive_app.ui.search.results import MARK_BACKGROUND, WHERE_COLOUR

    window.resize(1280, 800)
    pane = _search(qtbot, window, "广州")
    row = next(i for i, h in enumerate(pane.model.hits) if h.kind == "segment")
    index = pane.model.index(row)
    pane.results.setCurrentIndex(index)
    qtbot.waitUntil(lambda: pane.results.selectionModel().isSelected(index))
    picture = pane.results.viewport().grab().toImage()
    ratio = picture.devicePixelRatio()
    rect = pane.results.visualRect(index)
    mark, where = QColor(MARK_BACKGROUND), QColor(WHERE_COLOUR)

    def near(colour: QColor, other: QColor, within: int) -> bool:
        return all(
            abs(a - b) <= within
            for a, b in zip(colour.getRgb()[:3], other.getRgb()[:3], strict=True)
        )

    marked: list[tuple[int, int]] = []
    grey = 0
    for y in range(int(rect.top() * ratio), int(rect.bottom() * ratio)):
        for x in range(int(rect.left() * ratio), int(rect.right() * ratio)):
            colour = picture.pixelColor(x, y)
            if near(colour, mark, 2):
                marked.append((x, y))
            elif near(colour, where, 6):
                grey += 1
    assert marked, "the found words are highlighted"
    xs, ys = [p[0] for p in marked], [p[1] for p in marked]
    dark = sum(
        1
        for y in range(min(ys), max(ys) + 1)
        for x in range(min(xs), max(xs) + 1)
        if picture.pixelColor(x, y).lightness() < 100
    )
    assert dark > 20, "the found words are dark on their yellow"
    assert grey == 0, "no grey text on the selection's blue"


def test_a_long_facet_value_keeps_its_count_in_sight(qtbot: Any, window: Any) -> None:
    """In a narrow facet column "Transcript passage (1)" loses letters from its middle, not
    its count; the whole value is its tooltip."""
    pane = _search(qtbot, window, "广州")
    facets = pane.facets
    pane.narrowing.parentWidget().setSizes([110, 600, 0])
    qtbot.waitUntil(lambda: facets.viewport().width() < 140)
    seen = 0
    for row in range(facets.topLevelItemCount()):
        group = facets.topLevelItem(row)
        for child in range(group.childCount()):
            item = group.child(child)
            text = item.text(0)
            assert item.toolTip(0) == text
            room = facets.visualItemRect(item).width() - 24  # less the check box
            shown = facets.fontMetrics().elidedText(text, facets.textElideMode(), room)
            assert shown.endswith(")"), shown
            seen += 1
    assert seen


@pytest.mark.parametrize("archive_path", ["many hits"], indirect=True)
def test_no_blank_gap_is_left_under_a_hit(qtbot: Any, window: Any) -> None:
    """Every hit is as tall as its lines: a hit measured at one width and drawn at another
    left a blank line under it whenever its snippet wrapped in one and not in the other."""
    window.resize(1366, 2600)  # every hit in sight: no scroll bar
    pane = _search(qtbot, window, "年糕")
    qtbot.waitUntil(lambda: pane.model.rowCount() >= 30)
    assert not pane.results.verticalScrollBar().isVisible()
    picture = pane.results.viewport().grab().toImage()
    ratio = picture.devicePixelRatio()
    line = pane.results.fontMetrics().height()
    gaps = []
    for row in range(pane.model.rowCount()):
        rect = pane.results.visualRect(pane.model.index(row))
        top, bottom = int(rect.top() * ratio), int(rect.bottom() * ratio)
        inked = [
            y
            for y in range(top, bottom)
            if any(
                picture.pixelColor(x, y).lightness() < 140
                for x in range(int(rect.left() * ratio), int(rect.right() * ratio), 2)
            )
        ]
        gaps.append((bottom - max(inked)) / ratio if inked else rect.height())
    assert max(gaps) < line, gaps
