"""A record's page shows its history; a field's earlier value or a link taken away can be put
back from it (undoably); a record can be removed and undo brings it back; an item can be put in a
collection and taken out again."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QInputDialog, QMessageBox

from archive_app.core import detail, edits, records
from tests.ui.conftest import ids_of, wait_for_writes
from tests.ui.helpers import answer_next_dialog, type_into


def _rows(view: Any) -> list[list[str]]:
    tree = view.history.tree
    return [
        [tree.topLevelItem(r).text(c) for c in range(4)] for r in range(tree.topLevelItemCount())
    ]


def _select(view: Any, what: str) -> None:
    tree = view.history.tree
    for row in range(tree.topLevelItemCount()):
        if tree.topLevelItem(row).text(1) == what:
            tree.setCurrentItem(tree.topLevelItem(row))
            return
    raise AssertionError(f"no history row {what!r} in {_rows(view)}")


def test_an_edit_shows_in_the_history_and_its_old_value_can_be_put_back(
    qtbot: Any, window: Any
) -> None:
    ids = ids_of(window.session.root)
    window.open_record("interview", ids["first"])
    view = window.details.current_view()
    type_into(qtbot, view.form.editor("title"), "外婆的春节")
    wait_for_writes(qtbot, window)
    newest = _rows(view)[0]
    assert newest[1:] == ["Title", "奶奶的故事", "外婆的春节"]
    _select(view, "Title")
    assert view.history.restore_button.isEnabled()
    view.history.restore_button.click()
    wait_for_writes(qtbot, window)
    assert records.get(window.session.db, "interview", ids["first"])["title"] == "奶奶的故事"
    assert view.form.editor("title").text() == "奶奶的故事"
    assert window.menus.undo_action.text() == "Undo Put Back Title"
    window.menus.undo_action.trigger()  # putting back is itself undoable
    wait_for_writes(qtbot, window)
    assert records.get(window.session.db, "interview", ids["first"])["title"] == "外婆的春节"


def test_a_link_taken_away_can_be_made_again_from_the_history(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.open_record("interview", ids["first"])
    view = window.details.current_view()
    view.people.entries.setCurrentRow(0)
    view.people.remove_button.click()
    wait_for_writes(qtbot, window)
    assert view.people.entries.item(0).text().startswith("Nobody")
    newest = _rows(view)[0]
    assert newest[1] == "Link taken away"
    assert newest[2] == "Person 王秀英 (Narrator)" and newest[3] == "—"
    _select(view, "Link taken away")
    view.history.restore_button.click()
    wait_for_writes(qtbot, window)
    assert view.people.entries.item(0).text() == "王秀英 — Narrator"
    assert _rows(view)[0][1] == "Linked"
    _select(view, "Linked")
    assert not view.history.restore_button.isEnabled()  # nothing taken away to put back


def test_a_removed_record_comes_back_with_undo(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.open_record("family", ids["family"])
    answer_next_dialog(qtbot, lambda box: box.done(QMessageBox.StandardButton.Ok))
    window.menus.remove_action.trigger()
    wait_for_writes(qtbot, window)
    view = window.details.current_view()
    assert view.pages.currentWidget() is view.gone
    bin_ = edits.history.in_bin(window.session.db)
    assert [entry["id"] for entry in bin_] == [ids["family"]]
    window.menus.undo_action.trigger()
    wait_for_writes(qtbot, window)
    assert view.pages.currentWidget() is view.body
    assert len(detail.page(window.session.db, "family", ids["family"])["members"]) == 3


def test_an_interview_is_put_in_a_collection_and_taken_out(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.session.write(
        lambda archive: edits.apply(archive, edits.add("collection", {"name": "展览"})).changes
    )
    wait_for_writes(qtbot, window)
    window.open_record("interview", ids["first"])
    view = window.details.current_view()

    def pick_first(dialog: Any) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("展览")
        dialog.accept()

    answer_next_dialog(qtbot, pick_first)
    view.collections.add_button.click()
    wait_for_writes(qtbot, window)
    assert "展览" in view.collections.links.text()
    assert [c["name"] for c in detail.collections_of(window.session.db, ids["first"])] == ["展览"]
    answer_next_dialog(qtbot, pick_first)
    view.collections.remove_button.click()
    wait_for_writes(qtbot, window)
    assert detail.collections_of(window.session.db, ids["first"]) == []
