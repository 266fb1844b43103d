"""What a newcomer sees fits the window: at 1280x800 and 1366x768, in each language and at the
larger text setting, no page is wider than its panel, no list runs past its right edge, and a
long collection name is shown whole in the sidebar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from archive_app.core import edits
from archive_app.core.archive import Archive
from archive_app.core.transcripts.parse import Segment
from archive_app.core.transcripts.store import add_transcript
from archive_app.ui.launch import AppController
from archive_app.ui.lists import fit_widths
from archive_app.ui.main_window import first_size
from archive_app.ui.settings import AppSettings
from tests.ui.conftest import ids_of, wait_for_writes

LONG_NAME = "台山侨乡 Taishan, hometown of emigrants who went to the Gold Mountain"


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    """The village archive; grandma's interview has a transcript and its English beside it."""
    from tests.ui.conftest import fill_village

    root = tmp_path / "village-archive"
    with Archive.create(root) as made:
        ids = fill_village(made)
        with made.transaction() as db:
            spoken = [
                Segment(0.0, 4.0, "王秀英", "那年我们村里修了新的小学，孩子们都高兴得不得了。"),
                Segment(4.0, 9.0, "王秀英", "孩子的爸爸妈妈都去广州打工了，一年回来一次。"),
            ]
            add_transcript(db, ids["first"], spoken, language="zh-Hans", tier="四川话")
            english = [
                Segment(0.0, 4.0, "Wang Xiuying", "That year the village built a new school."),
                Segment(4.0, 9.0, "Wang Xiuying", "The parents work in Guangzhou."),
            ]
            add_transcript(
                db, ids["first"], english, language="en", tier="English", kind="translation"
            )
            edits.run(db, edits.add("collection", {"name": LONG_NAME}))
    (root / "ids.txt").write_text(repr(ids), encoding="utf-8")
    return root


@pytest.fixture
def controller(qtbot: Any, private_settings: AppSettings) -> Any:
    made = AppController(QApplication.instance(), private_settings)
    yield made
    if made.window is not None:
        wait_for_writes(qtbot, made.window)
    made.shutdown()
    private_settings.text_scale = 1.0
    private_settings.language = "en"
    made.apply_look()


def _open(
    qtbot: Any, controller: Any, archive_path: Path, language: str, scale: float, size: QSize
) -> Any:
    controller.settings.language = language
    controller.settings.text_scale = scale
    controller.apply_look()
    assert controller.open(archive_path)
    window = controller.window
    window.resize(size)
    qtbot.waitExposed(window)
    wait_for_writes(qtbot, window)
    return window


def _inside(widget: QWidget, area: QWidget) -> bool:
    """Whether ``widget`` lies wholly within what ``area`` shows."""
    top_left = widget.mapTo(area, QPoint(0, 0))
    return area.rect().contains(QRect(top_left, widget.size()), proper=False)


CASES = [
    (language, scale, size)
    for size in (QSize(1280, 800), QSize(1366, 768))
    for language in ("zh_CN", "zh_TW", "en")
    for scale in (1.0, 1.5)
]


@pytest.mark.parametrize(("language", "scale", "size"), CASES)
@pytest.mark.timeout(180)
def test_nothing_runs_past_the_right_edge(
    qtbot: Any,
    controller: Any,
    archive_path: Path,
    language: str,
    scale: float,
    size: QSize,
) -> None:
    window = _open(qtbot, controller, archive_path, language, scale, size)
    for kind in ("interview", "person", "family", "document"):
        window.show_section(kind, "")
        table = window.lists.panes[kind].view
        qtbot.waitUntil(lambda t=table: t.isVisible())
        header = table.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        last = max(shown, key=header.sectionViewportPosition)
        right = header.sectionViewportPosition(last) + header.sectionSize(last)
        assert right <= table.viewport().width(), (kind, last)  # the last column whole
        assert not table.horizontalScrollBar().isVisible(), kind

    window.open_record("interview", ids_of(archive_path)["first"])
    page = window.details.current_view()
    panel = page.media_panel
    qtbot.waitUntil(lambda: panel.transcript.lead_box.count() == 2, timeout=5000)
    qtbot.wait(50)  # let the layouts settle at the page's width
    assert not page.horizontalScrollBar().isVisible()
    assert page.widget().width() <= page.viewport().width()
    for part in (panel.pop_button, panel.transport, panel.chapters, panel.transcript.bar):
        assert _inside(part, page.viewport()), part.objectName()
    page.tabs.setCurrentWidget(page.details_scroll)
    qtbot.wait(50)
    assert not page.details_scroll.horizontalScrollBar().isVisible()
    assert not page.horizontalScrollBar().isVisible()

    sidebar = window.sidebar
    index = next(
        sidebar.model().index(row, 0, group.index())
        for group in [sidebar._groups["collection"]]
        for row in range(group.rowCount())
        if group.child(row).text() == LONG_NAME
    )
    rect = sidebar.visualRect(index)
    wrapped = QFontMetrics(sidebar.font()).boundingRect(
        QRect(0, 0, rect.width() - 8, 10000), int(sidebar.itemDelegate().FLAGS), LONG_NAME
    )
    assert wrapped.height() <= rect.height()  # the whole name, on as many lines as it needs


def test_columns_share_the_width_and_the_least_needed_go_first() -> None:
    # title (flexible), date and count (fixed), notes (flexible, least needed)
    least, weights, priorities = [100, 80, 40, 60], [3.0, 0.0, 0.0, 1.0], [100, 90, 50, 10]
    assert fit_widths(least, weights, priorities, 400) == [190, 80, 40, 90]
    assert fit_widths(least, weights, priorities, 250) == [130, 80, 40, None]
    assert fit_widths(least, weights, priorities, 150) == [150, None, None, None]


def test_the_first_window_fits_a_small_screen() -> None:
    assert first_size(QSize(1920, 1040)) == QSize(1280, 800)
    small = first_size(QSize(1366, 728))  # a 1366x768 laptop less its panel
    assert small.width() <= 1366 and small.height() <= 728 - 40


@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_the_consent_form_shows_all_it_says_in_larger_text(
    qtbot: Any, controller: Any, archive_path: Path, language: str
) -> None:
    """At the larger text setting the Record a consent dialog is tall enough for every line:
    the note under Signed form was cut after its first line, the choice below Covers halved."""
    from PySide6.QtWidgets import QLabel

    from tests.ui.helpers import answer_next_dialog

    window = _open(qtbot, controller, archive_path, language, 1.5, QSize(1366, 768))
    window.open_record("interview", ids_of(archive_path)["first"])
    seen: dict[str, Any] = {}

    def look(dialog: Any) -> None:
        for _ in range(5):
            QApplication.processEvents()
        hint = dialog.findChild(QLabel, "hint")
        seen["hint"] = (hint.height(), hint.heightForWidth(hint.width()))
        seen["cut"] = [
            w.objectName() or type(w).__name__
            for w in dialog.findChildren(QWidget)
            if w.isVisible() and w.parentWidget() is dialog and not _inside(w, dialog)
        ]
        dialog.reject()

    answer_next_dialog(qtbot, look)
    window.record_consent()
    qtbot.waitUntil(lambda: "cut" in seen)
    shown, needed = seen["hint"]
    assert shown >= needed, seen
    assert seen["cut"] == []


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_file_chooser_grows_with_the_text(
    qtbot: Any, controller: Any, archive_path: Path, language: str
) -> None:
    """At the larger text the file chooser opens as large as 64 letters by 26 lines of its
    text, or the screen allows, and its size and date columns hold a whole value (Qt's own
    sizes, made for normal text, squeezed them to "…")."""
    from PySide6.QtCore import QDateTime, QLocale
    from PySide6.QtWidgets import QFileDialog, QTreeView

    from tests.ui.helpers import answer_next_dialog

    window = _open(qtbot, controller, archive_path, language, 1.5, QSize(1366, 768))
    seen: dict[str, Any] = {}

    def look(dialog: Any) -> None:
        for _ in range(5):
            QApplication.processEvents()
        seen["size"] = dialog.size()
        seen["screen"] = dialog.screen().availableGeometry().size()
        metrics = dialog.fontMetrics()
        seen["text"] = QSize(metrics.horizontalAdvance("M") * 64, metrics.lineSpacing() * 26)
        header = dialog.findChild(QTreeView, "treeView").header()
        now = QLocale().toString(QDateTime.currentDateTime(), QLocale.FormatType.ShortFormat)
        seen["columns"] = [
            (header.sectionSize(1), metrics.horizontalAdvance("888.88 KiB")),
            (header.sectionSize(3), metrics.horizontalAdvance(now)),
        ]
        seen["kind"] = type(dialog)
        dialog.reject()

    answer_next_dialog(qtbot, look)
    window.menus.import_files_action.trigger()
    qtbot.waitUntil(lambda: "kind" in seen)
    assert seen["kind"] is QFileDialog
    size, screen, text = seen["size"], seen["screen"], seen["text"]
    assert size.width() <= screen.width() and size.height() <= screen.height()
    assert size.width() >= min(text.width(), screen.width() - 16)
    assert size.height() >= min(text.height(), screen.height() - 48)
    assert all(width > needed for width, needed in seen["columns"]), seen["columns"]
