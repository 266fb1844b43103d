"""The curator keeps a passage private in the player (lines selected, or Shift and drag on the
seek bar), sees it shaded on the seek bar and beside the lines, finds it with the consent
records, and opens it again from there."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from archive_app.core import interviews, people
from archive_app.core.archive import Archive
from archive_app.core.consent import passages, store
from archive_app.core.consent.model import ClosedPassage
from archive_app.ui.consent.panel import ConsentPanel
from archive_app.ui.player.private import PassageDialog
from archive_app.ui.transcript.model import PRIVATE_ROLE, TIME
from tests.ui.test_player_support import (
    Listening,
    OpenPanel,
    make_listening_archive,
    open_panel,
    settle,
)

pytestmark = pytest.mark.no_qt_log  # see tests/ui/test_player.py


@pytest.fixture
def listening(tmp_path: Path) -> Listening:
    """Two recordings of four seconds; the grandmother narrates and consented to everything."""
    ids = make_listening_archive(tmp_path / "archive", recordings=(4.0, 4.0))
    with Archive.open(ids.root) as made, made.transaction() as db:
        grandma = people.add_person(db, "王秀英", birth_date="1950")
        interviews.link_person(db, ids.interview_id, grandma, "narrator")
        store.add_consent(
            db, grandma, date="2024-01-01", audiences=["family", "research", "public"]
        )
    return ids


@pytest.fixture
def opened(qtbot: Any, listening: Listening) -> Iterator[OpenPanel]:
    with open_panel(qtbot, listening) as panel:
        qtbot.waitUntil(lambda: panel.panel.playback.playlist.duration_s >= 7.9, timeout=8000)
        yield panel


class Answers:
    """What the curator types into the dialog, and what the dialog showed first."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, reason: str = "儿子离婚的事") -> None:
        self.shown: list[tuple[str, str]] = []

        def answer(dialog: PassageDialog) -> int:
            self.shown.append((dialog.start.text(), dialog.end.text()))
            dialog.audiences["research"].setChecked(False)
            dialog.reason.setText(reason)
            assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
            dialog.setResult(QDialog.DialogCode.Accepted)
            return int(QDialog.DialogCode.Accepted)

        monkeypatch.setattr(PassageDialog, "exec", answer)


def _stored(opened: OpenPanel) -> list[ClosedPassage]:
    with opened.reader() as seen:
        return passages.list_passages(seen.db, interview_id=opened.ids.interview_id)


def test_selected_lines_are_kept_private_and_shaded_on_the_seek_bar_and_beside_the_lines(
    qtbot: Any, opened: OpenPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch)
    view = opened.panel.transcript.view
    model = opened.panel.transcript.model
    selection = view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.clearSelection()
    for row in (1, 2):
        selection.select(model.index(row, TIME), flags)
    assert view.selected_span() == (1.0, 3.0)
    opened.panel.keep_private()
    settle(qtbot, opened)
    assert answers.shown == [("0:01.0", "0:03.0")]
    (closed,) = _stored(opened)
    assert (closed.start_s, closed.end_s, closed.audiences) == (1.0, 3.0, ("family", "public"))
    assert closed.person_name == "王秀英" and closed.reason == "儿子离婚的事"
    qtbot.waitUntil(lambda: bool(opened.panel.seek_bar.private), timeout=5000)
    ((start, end, said),) = opened.panel.seek_bar.private
    assert (start, end) == (1.0, 3.0) and "儿子离婚的事" in said
    marked = [bool(model.index(r, TIME).data(PRIVATE_ROLE)) for r in range(model.rowCount())]
    assert marked == [False, True, True, False]
    # the curator still hears it: the player plays the original, the lines are all there
    assert [r.path.suffix for r in opened.panel.playback.playlist.recordings] == [".wav", ".wav"]


def test_shift_and_drag_across_two_recordings_keeps_a_passage_on_each(
    qtbot: Any, opened: OpenPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    Answers(monkeypatch, "厂名")
    bar = opened.panel.seek_bar
    chosen: list[tuple[float, float]] = []
    bar.range_chosen.connect(lambda a, b: chosen.append((a, b)))
    y = bar.height() // 2
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, shift, QPoint(int(bar.x_of(3.0)), y))
    qtbot.mouseMove(bar, QPoint(int(bar.x_of(4.5)), y))
    qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, shift, QPoint(int(bar.x_of(5.0)), y))
    settle(qtbot, opened)
    assert len(chosen) == 1 and abs(chosen[0][0] - 3.0) < 0.1 and abs(chosen[0][1] - 5.0) < 0.1
    first, second = sorted(_stored(opened), key=lambda p: p.recording_name)
    assert (first.recording_name, second.recording_name) == ("part1.wav", "part2.wav")
    # the stretch as marked, in each recording's own seconds (a pixel is a few hundredths)
    assert abs(first.start_s - 3.0) <= 0.15 and first.end_s == 4.0
    assert second.start_s == 0.0 and abs(second.end_s - 1.0) <= 0.15
    qtbot.waitUntil(lambda: len(opened.panel.seek_bar.private) == 2, timeout=5000)
    model = opened.panel.transcript.model
    assert bool(model.index(3, TIME).data(PRIVATE_ROLE))  # 3-4 s


def test_the_consent_panel_lists_passages_and_opens_one_again(
    qtbot: Any, opened: OpenPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    Answers(monkeypatch)
    opened.panel.keep_private_between(1.0, 2.0)
    settle(qtbot, opened)
    panel = ConsentPanel(opened.session)
    qtbot.addWidget(panel)
    panel.show_item("interview", opened.ids.interview_id)
    (text,) = panel.passages.texts
    assert "儿子离婚的事" in text.text() and "0:01–0:02" in text.text()
    (again,) = panel.passages.open_buttons
    assert not again.isHidden()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("她同意了", True))
    again.click()
    settle(qtbot, opened)
    (opened_again,) = _stored(opened)
    assert opened_again.opened_on == date.today().isoformat()
    assert opened_again.opening_reason == "她同意了"
    qtbot.waitUntil(lambda: not opened.panel.seek_bar.private, timeout=5000)
    panel.show_item("interview", opened.ids.interview_id)
    (text,) = panel.passages.texts
    assert not text.isEnabled() and "她同意了" not in text.text()  # greyed: open again
    assert panel.passages.open_buttons[0].isHidden()
