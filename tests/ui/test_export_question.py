"""Before an export from the app writes a file: a place inside the archive is refused with a
sentence, and an existing file is replaced only when the person says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from archive_app.ui.export_question import confirm_export_target
from tests.ui.helpers import answer_next_dialog


def _click(label: str) -> Any:
    def answer(box: Any) -> None:
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == label).click()

    return answer


def test_an_existing_file_is_replaced_only_when_the_person_says_so(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    target = tmp_path / "grandma.vtt"
    assert confirm_export_target(window, target, window.session.root).replace is False
    target.write_text("last week's export")
    answer_next_dialog(qtbot, _click("Keep the old file"))
    assert confirm_export_target(window, target, window.session.root) is None
    answer_next_dialog(qtbot, _click("Replace"))
    choice = confirm_export_target(window, target, window.session.root)
    assert choice is not None and choice.replace and choice.path == target


def test_a_place_inside_the_archive_is_refused_with_a_sentence(qtbot: Any, window: Any) -> None:
    said: list[str] = []

    def read(box: Any) -> None:
        said.append(box.text())
        box.accept()

    answer_next_dialog(qtbot, read)
    target = window.session.root / "archive.sqlite"
    assert confirm_export_target(window, target, window.session.root) is None
    assert said and "inside the archive folder" in said[0]
