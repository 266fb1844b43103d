"""The bin (Edit ▸ Bin…): what was removed is listed, newest first, once each (not the parts it
took along); Restore brings it back with what it took along, undoably."""

from __future__ import annotations

from typing import Any

from archive_app.core import detail, edits, people
from archive_app.ui.bin import BinDialog
from tests.ui.conftest import ids_of, wait_for_writes


def _rows(dialog: Any) -> list[list[str]]:
    tree = dialog.tree
    return [
        [tree.topLevelItem(r).text(c) for c in range(2)] for r in range(tree.topLevelItemCount())
    ]


def _remove(qtbot: Any, window: Any, kind: str, record_id: str) -> None:
    window.session.write(
        lambda archive: edits.apply(archive, edits.remove(kind, record_id)).changes
    )
    wait_for_writes(qtbot, window)


def test_a_removed_family_is_restored_from_the_bin_and_undo_takes_it_away_again(
    qtbot: Any, window: Any
) -> None:
    ids = ids_of(window.session.root)
    dialog = window.open_bin()
    assert not dialog.tree.isVisible() and dialog.empty.isVisible()
    assert not dialog.restore_button.isEnabled()
    _remove(qtbot, window, "person", ids["father"])  # takes his two migrations along
    _remove(qtbot, window, "family", ids["family"])
    # newest first; the migrations he took along are not listed on their own
    assert _rows(dialog) == [["李家", "Family"], ["李建国", "Person"]]
    dialog.select(ids["family"])
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    wait_for_writes(qtbot, window)
    members = detail.page(window.session.db, "family", ids["family"])["members"]
    assert len(members) == 2  # the father is still in the bin, so he is not a member
    assert _rows(dialog) == [["李建国", "Person"]]
    assert window.menus.undo_action.text() == "Undo Restore Family"
    window.menus.undo_action.trigger()
    wait_for_writes(qtbot, window)
    assert _rows(dialog) == [["李家", "Family"], ["李建国", "Person"]]
    dialog.select(ids["father"])
    dialog.restore_button.click()
    wait_for_writes(qtbot, window)
    # back with what he took along
    assert len(people.migrations_of(window.session.db, ids["father"])) == 2
    assert _rows(dialog) == [["李家", "Family"]]


def test_the_bin_opens_from_the_edit_menu(qtbot: Any, window: Any) -> None:
    assert window.menus.bin_action in window.menus.edit_menu.actions()
    window.menus.bin_action.trigger()
    (dialog,) = window.findChildren(BinDialog)
    assert dialog.isVisible() and dialog.windowTitle() == "Bin"
