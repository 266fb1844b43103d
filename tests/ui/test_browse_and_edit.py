"""Browsing the archive and editing it with undo and redo, as a curator does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget

from archive_app.core import people, records
from archive_app.core.archive import Archive
from tests.ui.conftest import ids_of, wait_for_writes
from tests.ui.helpers import answer_next_dialog, click_row, row_texts, type_into, type_text


def _interview_table(window: Any) -> Any:
    return window.lists.pane("interview").view


def test_clicking_an_interview_shows_its_page(qtbot: Any, window: Any) -> None:
    table = _interview_table(window)
    assert sorted(row_texts(table)) == ["Spring Festival", "奶奶的故事"]
    row = row_texts(table).index("奶奶的故事")
    click_row(qtbot, table, row)
    view = window.details.current_view()
    assert view.kind == "interview"
    assert view.form.editor("title").text() == "奶奶的故事"
    assert view.form.editor("place_id").text() == "四川省 马鞍村"
    people_list = view.people.entries
    assert people_list.item(0).text() == "王秀英 — Narrator"


def test_edit_a_title_then_undo_and_redo_from_the_edit_menu(qtbot: Any, window: Any) -> None:
    table = _interview_table(window)
    click_row(qtbot, table, row_texts(table).index("Spring Festival"))
    title = window.details.current_view().form.editor("title")
    type_into(qtbot, title, "春节回家")
    wait_for_writes(qtbot, window)
    assert "春节回家" in row_texts(table)
    assert window.menus.undo_action.text() == "Undo Edit Title"

    window.menus.undo_action.trigger()
    wait_for_writes(qtbot, window)
    assert "Spring Festival" in row_texts(table)
    assert title.text() == "Spring Festival"
    assert window.menus.redo_action.text() == "Redo Edit Title"

    window.menus.redo_action.trigger()
    wait_for_writes(qtbot, window)
    assert title.text() == "春节回家"


def test_a_bad_date_is_explained_and_nothing_is_saved(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.open_record("interview", ids["first"])
    view = window.details.current_view()
    type_into(qtbot, view.form.editor("date"), "10/02/2024")
    assert view.form.problem.isVisible()
    assert "2024-02-10" in view.form.problem.text()  # says how to write it
    assert window.undo_stack.count() == 0
    assert records.get(window.session.db, "interview", ids["first"])["date"] == "2024-02-10"


def test_status_is_chosen_from_a_list(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.open_record("interview", ids["second"])
    combo = window.details.current_view().form.editor("status")
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("transcribed"))
    combo.activated.emit(combo.currentIndex())
    wait_for_writes(qtbot, window)
    assert records.get(window.session.db, "interview", ids["second"])["status"] == "transcribed"
    table = _interview_table(window)
    row = row_texts(table).index("Spring Festival")
    assert table.model().index(row, 6).data() == "Transcribed"


def test_link_a_new_narrator_and_undo_takes_the_person_away(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.open_record("interview", ids["second"])
    view = window.details.current_view()

    def pick(dialog: Any) -> None:
        search = dialog.findChild(QLineEdit, "personSearch")
        type_text(qtbot, search, "陈阿婆")
        qtbot.keyClick(search, Qt.Key.Key_Return)

    answered = answer_next_dialog(qtbot, pick)
    qtbot.mouseClick(view.people.add_button, Qt.MouseButton.LeftButton)
    assert answered
    wait_for_writes(qtbot, window)
    assert view.people.entries.item(0).text() == "陈阿婆 — Narrator"
    table = _interview_table(window)
    row = row_texts(table).index("Spring Festival")
    assert table.model().index(row, 3).data() == "陈阿婆"

    window.menus.undo_action.trigger()
    wait_for_writes(qtbot, window)
    assert "陈阿婆" not in [p["name"] for p in records.list_records(window.session.db, "person")]
    assert table.model().index(row, 3).data() == ""


def test_link_an_existing_person_found_by_pinyin(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.open_record("interview", ids["second"])
    view = window.details.current_view()

    def pick(dialog: Any) -> None:
        search = dialog.findChild(QLineEdit, "personSearch")
        qtbot.keyClicks(search, "xiuying")
        matches = dialog.findChild(QListWidget, "personMatches")
        assert matches.item(0).text().startswith("New person")
        qtbot.keyClick(search, Qt.Key.Key_Down)
        qtbot.keyClick(search, Qt.Key.Key_Return)

    answer_next_dialog(qtbot, pick)
    qtbot.mouseClick(view.people.add_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, window)
    assert view.people.entries.item(0).text() == "王秀英 — Narrator"


def test_family_members_added_and_removed_with_undo(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.open_record("family", ids["family"])
    view = window.details.current_view()
    assert view.members.entries.count() == 3
    # take the child out: select and press the button
    entries = view.members.entries
    row = next(i for i in range(entries.count()) if entries.item(i).text().startswith("李小明"))
    entries.setCurrentRow(row)
    qtbot.mouseClick(view.members.remove_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, window)
    assert view.members.entries.count() == 2
    assert window.menus.undo_action.text() == "Undo Remove Family Member"
    window.menus.undo_action.trigger()
    wait_for_writes(qtbot, window)
    texts = [view.members.entries.item(i).text() for i in range(view.members.entries.count())]
    assert "李小明 (2012) — Child" in texts


def test_person_page_draws_time_away_and_adds_an_episode(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.open_record("person", ids["father"])
    view = window.details.current_view()
    assert view.timeline.episode_count == 2
    assert "深圳" in view.timeline.accessibleDescription()
    picture = view.timeline.grab().toImage()
    colours = {picture.pixel(x, picture.height() // 3) for x in range(0, picture.width(), 4)}
    assert len(colours) > 2  # bars are drawn, not an empty strip

    def fill(dialog: Any) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "migrationCity"), "东莞")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "migrationLeft"), "2005")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "migrationBack"), "2008-06")
        dialog.findChild(QLineEdit, "migrationBack").returnPressed.emit()
        dialog._check()

    answer_next_dialog(qtbot, fill)
    qtbot.mouseClick(view.add_migration, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, window)
    assert view.timeline.episode_count == 3
    window.menus.undo_action.trigger()
    wait_for_writes(qtbot, window)
    assert view.timeline.episode_count == 2


def test_sidebar_switches_between_library_lists(qtbot: Any, window: Any) -> None:
    sidebar = window.sidebar
    model = sidebar.model()
    library = model.index(0, 0)
    people_entry = model.index(1, 0, library)
    assert people_entry.data() == "People"
    qtbot.mouseClick(
        sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualRect(people_entry).center()
    )
    pane = window.lists.currentWidget()
    assert pane.kind == "person"
    assert sorted(row_texts(pane.view)) == ["李小明", "李建国", "王秀英"]


def test_place_page_narrows_the_interview_list(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.open_record("place", ids["province"])
    view = window.details.current_view()
    assert view.show_interviews.text() == "1 interview"
    qtbot.mouseClick(view.show_interviews, Qt.MouseButton.LeftButton)
    pane = window.lists.currentWidget()
    assert pane.kind == "interview"
    assert row_texts(pane.view) == ["奶奶的故事"]
    assert pane.scope_label.text() == "Recorded in 四川省"
    qtbot.mouseClick(pane.show_all, Qt.MouseButton.LeftButton)
    assert len(row_texts(pane.view)) == 2


def test_place_typed_by_name_is_created_and_linked_in_one_undo(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.open_record("interview", ids["second"])
    place = window.details.current_view().form.editor("place_id")
    type_into(qtbot, place, "台山市")
    wait_for_writes(qtbot, window)
    stored = records.get(window.session.db, "interview", ids["second"])
    assert records.get(window.session.db, "place", stored["place_id"])["name"] == "台山市"
    window.menus.undo_action.trigger()
    wait_for_writes(qtbot, window)
    assert records.get(window.session.db, "interview", ids["second"])["place_id"] is None
    assert "台山市" not in [p["name"] for p in records.list_records(window.session.db, "place")]


def test_new_interview_opens_ready_to_name(qtbot: Any, window: Any) -> None:
    window.menus.new_interview_action.trigger()
    wait_for_writes(qtbot, window)
    title = window.details.current_view().form.editor("title")
    assert title.text() == "New interview"
    assert title.hasFocus() and title.selectedText() == "New interview"
    assert len(row_texts(_interview_table(window))) == 3


def test_tags_added_on_a_page_appear_in_the_sidebar(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.open_record("interview", ids["first"])
    view = window.details.current_view()
    type_into(qtbot, view.tags.entry, "春节", clear=False)
    wait_for_writes(qtbot, window)
    assert [view.tags.tags.item(i).text() for i in range(view.tags.tags.count())] == ["春节"]
    model = window.sidebar.model()
    tags_group = next(
        model.item(r) for r in range(model.rowCount()) if model.item(r).text() == "Tags"
    )
    assert tags_group.child(0).text() == "春节 (1)"
    qtbot.mouseClick(
        window.sidebar.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.sidebar.visualRect(tags_group.child(0).index()).center(),
    )
    pane = window.lists.currentWidget()
    assert row_texts(pane.view) == ["奶奶的故事"]


def test_a_record_removed_elsewhere_shows_a_plain_message(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.menus.new_person_action.trigger()
    wait_for_writes(qtbot, window)
    view = window.details.current_view()
    new_id = view.record_id
    window.menus.undo_action.trigger()  # the person goes away while the page shows it
    wait_for_writes(qtbot, window)
    assert view.pages.currentWidget() is view.gone
    assert isinstance(view.gone, QLabel) and "no longer" in view.gone.text()
    assert new_id != ids["father"]


def test_edits_from_another_archive_object_are_not_needed_to_refresh(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    # Writes go through the window's writer; the GUI reader sees them at once.
    ids = ids_of(window.session.root)

    def rename(archive: Archive) -> Any:
        from archive_app.core.edits import Changes

        with archive.transaction() as db:
            people.add_member(db, ids["family"], ids["child"], "sibling")
        return Changes.of(updated={"family": [ids["family"]]})

    window.open_record("family", ids["family"])
    window.session.write(rename)
    wait_for_writes(qtbot, window)
    texts = [window.details.current_view().members.entries.item(i).text() for i in range(3)]
    assert "李小明 (2012) — Brother or sister" in texts


def test_renaming_a_person_updates_the_interview_rows_naming_them(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    table = _interview_table(window)
    row = row_texts(table).index("奶奶的故事")
    assert table.model().index(row, 3).data() == "王秀英"
    window.open_record("person", ids["grandma"])
    type_into(qtbot, window.details.current_view().form.editor("name"), "王秀华")
    wait_for_writes(qtbot, window)
    assert table.model().index(row, 3).data() == "王秀华"
