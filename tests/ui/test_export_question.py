"""Before an export from the app replaces an existing file or folder, the person is asked, and
"Keep the old file" is the default answer. (A place inside the archive is refused before this
is asked: tests/ui/test_export_dialog.py.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from archive_app.ui.export_question import ask_to_replace
from tests.ui.helpers import answer_next_dialog


def _click(label: str) -> Any:
    def answer(box: Any) -> None:
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == label).click()

    return answer


def test_replacing_is_asked_and_keeping_the_old_file_is_the_default(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    target = tmp_path / "grandma.vtt"
    defaults: list[str] = []

    def keep(box: Any) -> None:
        defaults.append(box.defaultButton().text())
        _click("Keep the old file")(box)

    answer_next_dialog(qtbot, keep)
    assert ask_to_replace(window, target) is False
    assert defaults == ["Keep the old file"]
    answer_next_dialog(qtbot, _click("Replace"))
    assert ask_to_replace(window, target) is True
