"""The same edits made in the app, by a person clicking and typing, and on the command line give
the same catalogue: both go through the same core operations."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from PySide6.QtWidgets import QInputDialog, QMessageBox

from archive_app.cli import main
from archive_app.core import edits
from archive_app.core.archive import Archive
from archive_app.ui.settings import AppSettings
from tests.ui.conftest import fill_village, wait_for_writes
from tests.ui.helpers import answer_next_dialog, type_into

#: what every write adds to without being the catalogue's content
BOOKKEEPING = {
    "sqlite_sequence",
    "audit_log",
    "history",
    "history_item",
    "search_dirty",
    "consent_fact_change",
}


def _tables(db: sqlite_utils.Database) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    found = {}
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        if table in BOOKKEEPING or table.startswith("sqlite_"):
            continue
        cursor = db.execute(f"SELECT * FROM [{table}]")
        found[table] = ([d[0] for d in cursor.description], [tuple(r) for r in cursor.fetchall()])
    return found


def canonical(root: Path, known: set[str]) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, sorted, without ``updated_at``; records made during the edits (new
    tags) named by their table and name instead of their random id, without their ``created_at``."""
    with Archive.open(root, read_only=True) as archive:
        tables = _tables(archive.db)
    names: dict[str, str] = {}
    for table, (columns, rows) in tables.items():
        if "id" not in columns:
            continue
        for row in rows:
            record = dict(zip(columns, row, strict=True))
            if record["id"] not in known:
                names[record["id"]] = f"new {table}: {record.get('name') or record.get('title')}"
    found = {}
    for table, (columns, rows) in tables.items():
        kept = []
        for row in rows:
            record = dict(zip(columns, row, strict=True))
            new = record.get("id") in names
            kept.append(
                tuple(
                    names.get(value, value) if isinstance(value, str) else value
                    for column, value in record.items()
                    if column != "updated_at" and not (new and column == "created_at")
                )
            )
        found[table] = sorted(kept, key=repr)
    return found


@pytest.fixture
def twins(tmp_path: Path) -> Iterator[tuple[Path, Path, dict[str, str], set[str]]]:
    """Two copies of one archive (the village and a collection), and every id in it."""
    start = tmp_path / "start"
    with Archive.create(start) as archive:
        ids = fill_village(archive)
        with archive.transaction() as db:
            shelf = edits.run(db, edits.add("collection", {"name": "展览"}))
        ids["shelf"] = str(shelf.value)
        known = {
            str(row[0])
            for table in (
                "interview",
                "person",
                "family",
                "place",
                "migration_episode",
                "collection",
            )
            for row in archive.db.execute(f"SELECT id FROM [{table}]").fetchall()
        }
    app, cli = tmp_path / "app", tmp_path / "cli"
    shutil.copytree(start, app)
    shutil.copytree(start, cli)
    yield app, cli, ids, known


def _in_the_app(qtbot: Any, root: Path, ids: dict[str, str], settings: AppSettings) -> None:
    from archive_app.ui.main_window import MainWindow
    from archive_app.ui.session import open_session

    session = open_session(root)
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.open_record("interview", ids["first"])
        view = window.details.current_view()
        type_into(qtbot, view.form.editor("title"), "外婆的春节")
        type_into(qtbot, view.form.editor("date"), "2024-02-12")
        type_into(qtbot, view.form.editor("keywords"), "春节、回家")
        type_into(qtbot, view.tags.entry, "春节", clear=False)
        type_into(qtbot, view.tags.entry, "回家", clear=False)
        wait_for_writes(qtbot, window)
        view.tags.tags.setCurrentRow(
            [view.tags.tags.item(i).text() for i in range(view.tags.tags.count())].index("回家")
        )
        view.tags.remove_button.click()

        def pick(dialog: Any) -> None:
            assert isinstance(dialog, QInputDialog)
            dialog.setTextValue("展览")
            dialog.accept()

        answer_next_dialog(qtbot, pick)
        view.collections.add_button.click()
        wait_for_writes(qtbot, window)

        window.open_record("person", ids["grandma"])
        person = window.details.current_view()
        type_into(qtbot, person.form.editor("name_latin"), "Wang Xiuying Nainai")
        type_into(qtbot, person.form.editor("birth_date"), "1951")
        wait_for_writes(qtbot, window)

        for kind in ("family", "interview"):
            window.open_record(kind, ids["family" if kind == "family" else "second"])
            answer_next_dialog(qtbot, lambda box: box.done(QMessageBox.StandardButton.Ok))
            window.menus.remove_action.trigger()
            wait_for_writes(qtbot, window)
            if kind == "family":
                window.menus.undo_action.trigger()  # the family comes back; the interview stays gone
                wait_for_writes(qtbot, window)
    finally:
        window.close()
        wait_for_writes(qtbot, window)
        session.close()


def _on_the_command_line(root: Path, ids: dict[str, str]) -> None:
    a = ["--archive", str(root)]
    for argv in (
        ["edit", ids["first"], "--set", "title=外婆的春节"],
        ["edit", ids["first"], "--set", "date=2024-02-12"],
        ["edit", ids["first"], "--set", "keywords=春节,回家"],
        ["tag", ids["first"], "春节"],
        ["tag", ids["first"], "回家"],
        ["untag", ids["first"], "回家"],
        ["collect", ids["shelf"], ids["first"]],
        ["edit", ids["grandma"], "--set", "name_latin=Wang Xiuying Nainai"],
        ["edit", ids["grandma"], "--set", "birth_date=1951"],
        ["remove", ids["family"]],
        ["restore", ids["family"]],
        ["remove", ids["second"]],
    ):
        assert main([*a, *argv]) == 0, argv


def test_the_same_edits_in_the_app_and_on_the_command_line_give_the_same_catalogue(
    qtbot: Any,
    twins: tuple[Path, Path, dict[str, str], set[str]],
    private_settings: AppSettings,
    english: None,
) -> None:
    app, cli, ids, known = twins
    _in_the_app(qtbot, app, ids, private_settings)
    _on_the_command_line(cli, ids)
    in_app, on_cli = canonical(app, known), canonical(cli, known)
    assert in_app == on_cli
    with Archive.open(cli, read_only=True) as archive:
        tagged = archive.db.execute(
            "SELECT tag.name FROM item_tag JOIN tag ON tag.id = item_tag.tag_id"
        ).fetchall()
        assert [row[0] for row in tagged] == ["春节"]
        assert archive.db.execute("SELECT count(*) FROM interview").fetchone()[0] == 1
    with Archive.open(app, read_only=True) as archive:
        assert edits.history.disagreements(archive.db) == []
        kept = edits.history.in_bin(archive.db)
        assert [entry["id"] for entry in kept] == [ids["second"]]
