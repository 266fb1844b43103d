"""The person page offers the same genders the command takes, shows a gender given to the command
as 女, and still shows a gender an older archive stored as typed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox

from archive_app.cli import main
from archive_app.core import people
from archive_app.core.archive import Archive
from tests.ui.conftest import fill_village, wait_for_writes


@pytest.fixture
def archive_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    root = tmp_path / "village-archive"
    with Archive.create(root) as made:
        fill_village(made)
        made.db.execute(
            "INSERT INTO person (id, name, gender, created_at, updated_at) "
            "VALUES ('older-record', '赵小芳', '双性', '', '')"
        )
    assert (
        main(["--archive", str(root), "person", "add", "--name", "李桂兰", "--gender", "女"]) == 0
    )
    (root / "added.txt").write_text(capsys.readouterr().out.strip(), encoding="utf-8")
    return root


def _gender_box(window: Any, person_id: str) -> QComboBox:
    window.open_record("person", person_id)
    box = window.details.current_view().form.editor("gender")
    assert isinstance(box, QComboBox)
    return box


def test_the_person_page_offers_the_genders_the_command_takes(qtbot: Any, window: Any) -> None:
    added = (window.session.root / "added.txt").read_text(encoding="utf-8")
    box = _gender_box(window, added)
    assert [box.itemData(i) for i in range(box.count())] == ["", *people.GENDERS]
    assert box.currentData() == "female" and box.currentText() == "Female"


def test_an_older_free_text_gender_is_shown_as_typed_and_kept(qtbot: Any, window: Any) -> None:
    box = _gender_box(window, "older-record")
    assert box.currentText() == "双性"
    added = (window.session.root / "added.txt").read_text(encoding="utf-8")
    box = _gender_box(window, added)
    assert "双性" not in [box.itemText(i) for i in range(box.count())]  # not offered to others
    assert box.currentData() == "female"
    box = _gender_box(window, "older-record")
    box.setCurrentIndex(box.findData("other"))
    box.activated.emit(box.currentIndex())
    wait_for_writes(qtbot, window)
    stored = window.session.db.execute("SELECT gender FROM person WHERE id = 'older-record'")
    assert stored.fetchone()[0] == "other"
