"""Long lists load page by page as the person scrolls, and follow changes row by row."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from archive_app.core import interviews
from archive_app.core.archive import Archive
from archive_app.core.edits import Changes
from archive_app.ui.lists import RecordTable
from archive_app.ui.models import columns
from archive_app.ui.models.paged import PagedModel
from archive_app.ui.session import open_session
from tests.ui.helpers import row_texts


def _many(tmp_path: Path, count: int) -> Path:
    root = tmp_path / "many"
    with Archive.create(root) as archive, archive.transaction() as db:
        for n in range(count):
            interviews.add_interview(db, f"Interview {n:04d}", date=f"2020-01-{28 - n % 28:02d}")
    return root


def test_rows_are_fetched_as_the_list_scrolls(qtbot: Any, tmp_path: Path) -> None:
    session = open_session(_many(tmp_path, 450))
    try:
        model = PagedModel(session, "interview", columns.interview_columns(), page_size=100)
        table = RecordTable(model)
        qtbot.addWidget(table)
        table.resize(600, 300)
        table.show()
        qtbot.waitExposed(table)
        assert model.total == 450
        assert model.rowCount() == 100  # only the first page so far
        for _ in range(10):
            table.scrollToBottom()
            qtbot.wait(1)
        assert model.rowCount() == 450
        assert not model.canFetchMore()
        assert len(set(row_texts(table))) == 450
    finally:
        session.close()


def test_sorting_by_a_header_asks_core_for_the_order(qtbot: Any, tmp_path: Path) -> None:
    session = open_session(_many(tmp_path, 30))
    try:
        model = PagedModel(session, "interview", columns.interview_columns(), page_size=10)
        table = RecordTable(model)
        qtbot.addWidget(table)
        table.show()
        header = table.horizontalHeader()
        assert row_texts(table)[0] == "Interview 0027"  # by date at first
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 0)
        )
        assert row_texts(table)[0] == "Interview 0000"
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 0)
        )
        assert row_texts(table)[0] == "Interview 0029"  # clicked again: descending
        assert model.rowCount() == 10  # still paged
    finally:
        session.close()


def _section_centre(header: Any, section: int) -> Any:
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)


def test_a_change_refreshes_only_the_rows_it_names(qtbot: Any, tmp_path: Path) -> None:
    root = _many(tmp_path, 5)
    session = open_session(root)
    try:
        model = PagedModel(session, "interview", columns.interview_columns())
        target = model.record(2)["id"]
        seen: list[tuple[int, int]] = []
        model.dataChanged.connect(lambda a, b: seen.append((a.row(), b.row())))
        resets: list[int] = []
        model.modelReset.connect(lambda: resets.append(1))
        session.changed.connect(model.apply)
        session.write(lambda archive: _retitle(archive, target))
        qtbot.waitUntil(lambda: model.record(2)["title"] == "Renamed", timeout=5000)
    finally:
        if session.writer is not None:
            qtbot.waitUntil(lambda: not session.writer.busy, timeout=5000)
        session.close()
    assert seen == [(2, 2)]
    assert resets == []


def _retitle(archive: Archive, interview_id: str) -> Changes:
    from archive_app.core import edits

    with archive.transaction() as db:
        edits.run(db, edits.set_fields("interview", interview_id, title="Renamed"))
    return Changes.of(updated={"interview": [interview_id]})


def test_select_far_down_fetches_the_pages_in_between(qtbot: Any, tmp_path: Path) -> None:
    session = open_session(_many(tmp_path, 350))
    try:
        model = PagedModel(session, "interview", columns.interview_columns(), page_size=50)
        model.order = "title"
        model.reload()
        from archive_app.core import listings

        last = listings.page(session.db, "interview", order="title", offset=349, limit=1)[0]["id"]
        row = model.fetch_until(last)
        assert row == 349
        assert model.record(349)["title"] == "Interview 0349"
    finally:
        session.close()
