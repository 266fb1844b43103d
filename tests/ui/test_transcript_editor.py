"""Typing and fixing a transcript with the keyboard while listening: every edit reaches the
catalogue on its own and can be undone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QInputDialog

from archive_app.core import interviews
from archive_app.core.archive import Archive
from archive_app.core.transcripts import store
from archive_app.core.transcripts.parse import Segment
from archive_app.ui.transcript.model import SPEAKER, TEXT, TIME
from tests.ui.helpers import answer_next_dialog, type_text
from tests.ui.test_player_support import (
    VERBATIM,
    Listening,
    OpenPanel,
    make_listening_archive,
    open_panel,
    settle,
)


@pytest.fixture
def listening(tmp_path: Path) -> Listening:
    return make_listening_archive(tmp_path / "archive")


@pytest.fixture
def opened(qtbot: Any, listening: Listening) -> Iterator[OpenPanel]:
    with open_panel(qtbot, listening) as panel:
        yield panel


def press(qtbot: Any, opened: OpenPanel, key: str) -> None:
    """Press a key where the keyboard focus is: the field being typed in, or the list."""
    from PySide6.QtWidgets import QApplication

    view = opened.panel.transcript.view
    target = view.delegate.active_editor or view
    target.setFocus()
    combo = QKeySequence(key)[0]
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())
    QApplication.processEvents()  # as between two keystrokes of a person


def open_words(qtbot: Any, opened: OpenPanel, row: int, column: int = TEXT) -> Any:
    """Double-click a passage's words, as a person does to start typing in it."""
    view = opened.panel.transcript.view
    index = view.model().index(row, column)
    view.scrollTo(index)
    double_click(qtbot, view, index)
    editor = view.delegate.active_editor
    assert editor is not None and editor.hasFocus()
    return editor


def double_click(qtbot: Any, view: Any, index: Any) -> None:
    # QTest sends a double click alone; a person's hand first presses and releases
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def rows_shown(opened: OpenPanel) -> list[str]:
    model = opened.panel.transcript.model
    return [model.index(r, TEXT).data() for r in range(model.rowCount())]


def test_typed_words_reach_the_catalogue_and_undo_takes_them_back(
    qtbot: Any, opened: OpenPanel
) -> None:
    editor = open_words(qtbot, opened, 1)
    editor.place_cursor(len("你好你好"))
    type_text(qtbot, editor, "（笑）")
    qtbot.waitUntil(lambda: opened.texts()[1] == "你好你好（笑），坐嘛。", timeout=3000)
    # the search index is told that the passage changed
    with opened.reader() as seen:
        marked = seen.db.execute(
            "SELECT count(*) FROM search_dirty WHERE item_kind = 'segment' AND item_id = ?",
            [opened.segments()[1]["id"]],
        ).fetchone()[0]
    assert marked >= 1
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # leave the field
    assert opened.undo_stack.undoText() == "Typing"
    opened.undo_stack.undo()
    settle(qtbot, opened)
    assert opened.texts()[1] == "你好你好，坐嘛。"
    assert rows_shown(opened)[1] == "你好你好，坐嘛。"
    opened.undo_stack.redo()
    settle(qtbot, opened)
    assert opened.texts()[1] == "你好你好（笑），坐嘛。"


def test_one_burst_of_typing_is_one_undo_step(qtbot: Any, opened: OpenPanel) -> None:
    editor = open_words(qtbot, opened, 0)
    type_text(qtbot, editor, " Hello")
    settle(qtbot, opened)
    type_text(qtbot, editor, " again")
    settle(qtbot, opened)
    assert opened.texts()[0] == "奶奶，您好。 Hello again"
    assert opened.undo_stack.count() == 1
    opened.undo_stack.undo()
    settle(qtbot, opened)
    assert opened.texts()[0] == "奶奶，您好。"
    assert editor.toPlainText() == "奶奶，您好。"  # the open field shows the undo too


def test_enter_at_the_end_of_the_last_passage_starts_a_new_one_at_the_playhead(
    qtbot: Any, opened: OpenPanel
) -> None:
    editor = open_words(qtbot, opened, 3)
    opened.panel.playback.seek(3.5)
    press(qtbot, opened, "Return")
    qtbot.waitUntil(lambda: opened.panel.transcript.model.rowCount() == 5, timeout=3000)
    new_editor = opened.panel.transcript.view.delegate.active_editor
    assert new_editor is not None and new_editor is not editor
    type_text(qtbot, new_editor, "好啊")
    settle(qtbot, opened)
    stored = opened.segments()
    assert [s["text"] for s in stored][-1] == "好啊"
    assert stored[-1]["start_s"] == 3.5
    assert stored[3]["end_s"] == 3.5  # the passage before ends where the new one starts
    assert stored[-1]["speaker"] == "采访者"  # speakers take turns
    opened.undo_stack.undo()  # the words
    opened.undo_stack.undo()  # the new passage
    settle(qtbot, opened)
    assert len(opened.segments()) == 4
    assert opened.segments()[3]["end_s"] == 4.0


def test_split_at_the_cursor_and_merge_back_with_hotkeys(qtbot: Any, opened: OpenPanel) -> None:
    editor = open_words(qtbot, opened, 3)
    opened.panel.playback.seek(3.4)  # (clicking the passage went to its start)
    editor.place_cursor(len("过年嘛，"))
    press(qtbot, opened, "Ctrl+Return")
    settle(qtbot, opened)
    stored = opened.segments()
    assert [s["text"] for s in stored[3:]] == ["过年嘛，", "儿子就回来了。"]
    assert stored[3]["end_s"] == stored[4]["start_s"] == 3.4  # cut at the playhead
    assert stored[4]["speaker"] == "奶奶"
    # the cursor waits at the start of the second half
    active = opened.panel.transcript.view.delegate.active_index
    assert active is not None and active.row() == 4
    opened.panel.transcript.view.delegate.active_editor.place_cursor(0)
    opened.panel.transcript.view.close_words()
    opened.panel.transcript.view.setCurrentIndex(opened.panel.transcript.model.index(3, TEXT))
    press(qtbot, opened, "Ctrl+J")
    settle(qtbot, opened)
    assert opened.texts()[3] == "过年嘛，儿子就回来了。"
    assert (opened.segments()[3]["start_s"], opened.segments()[3]["end_s"]) == (3.0, 4.0)
    opened.undo_stack.undo()
    settle(qtbot, opened)
    assert opened.texts()[3:] == ["过年嘛，", "儿子就回来了。"]
    opened.undo_stack.undo()
    settle(qtbot, opened)
    assert opened.texts() == [s.text for s in VERBATIM]
    assert opened.segments()[3]["end_s"] == 4.0


def test_backspace_at_the_start_joins_with_the_passage_before(
    qtbot: Any, opened: OpenPanel
) -> None:
    editor = open_words(qtbot, opened, 2)
    editor.place_cursor(0)
    press(qtbot, opened, "Backspace")
    settle(qtbot, opened)
    assert opened.texts() == [
        "奶奶，您好。",
        "你好你好，坐嘛。说说过年的事吧。",
        "过年嘛，儿子就回来了。",
    ]
    active = opened.panel.transcript.view.delegate.active_editor
    assert active is not None and active.cursor_position() == len("你好你好，坐嘛。")


def test_a_typed_time_sets_where_the_passage_starts(qtbot: Any, opened: OpenPanel) -> None:
    view = opened.panel.transcript.view
    index = view.model().index(2, TIME)
    double_click(qtbot, view, index)
    field = opened.panel.findChild(object, "timeEditor")
    assert field is not None and field.text() == "0:02.0"
    field.selectAll()
    qtbot.keyClicks(field, "0:02.4")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot, opened)
    assert opened.segments()[2]["start_s"] == 2.4
    assert view.model().index(2, TIME).data() == "0:02"


def test_next_speaker_hotkey_takes_turns_through_the_speakers(
    qtbot: Any, opened: OpenPanel
) -> None:
    view = opened.panel.transcript.view
    view.setCurrentIndex(view.model().index(0, TEXT))
    view.setFocus()
    press(qtbot, opened, "Ctrl+K")
    settle(qtbot, opened)
    assert opened.segments()[0]["speaker"] == "奶奶"
    press(qtbot, opened, "Ctrl+K")
    settle(qtbot, opened)
    assert opened.segments()[0]["speaker"] == "采访者"
    assert view.model().index(0, SPEAKER).data() == "采访者"


def test_renaming_a_speaker_changes_every_passage_and_undoes_at_once(
    qtbot: Any, opened: OpenPanel
) -> None:
    def answer(dialog: QDialog) -> None:
        dialog.speaker.setCurrentIndex(dialog.speaker.findData("奶奶"))
        dialog.new_name.setText("王奶奶")
        dialog.accept()

    seen = answer_next_dialog(qtbot, answer)
    opened.panel.transcript.speakers_button.click()
    assert seen
    settle(qtbot, opened)
    assert [s["speaker"] for s in opened.segments()] == ["采访者", "王奶奶", "采访者", "王奶奶"]
    model = opened.panel.transcript.model
    assert model.index(1, SPEAKER).data() == "王奶奶"
    opened.undo_stack.undo()
    settle(qtbot, opened)
    assert [s["speaker"] for s in opened.segments()] == ["采访者", "奶奶", "采访者", "奶奶"]


def test_find_and_replace_all_is_one_undo_step(qtbot: Any, opened: OpenPanel) -> None:
    press(qtbot, opened, "Ctrl+H")
    bar = opened.panel.transcript.find_bar
    assert bar.isVisible() and bar.find_field.hasFocus()
    type_text(qtbot, bar.find_field, "奶奶")
    assert bar.matches == [0]
    bar.find_field.clear()
    type_text(qtbot, bar.find_field, "过年")
    assert bar.matches == [2, 3]
    assert bar.count.text() == "1 of 2"
    assert opened.panel.transcript.view.currentIndex().row() == 2
    type_text(qtbot, bar.replace_field, "春节")
    bar.replace_all_button.click()
    settle(qtbot, opened)
    assert opened.texts()[2:] == ["说说春节的事吧。", "春节嘛，儿子就回来了。"]
    assert bar.count.text() == "Not found"
    opened.undo_stack.undo()
    settle(qtbot, opened)
    assert opened.texts()[2:] == ["说说过年的事吧。", "过年嘛，儿子就回来了。"]


def test_an_untimed_transcript_is_timed_by_tapping_a_key_while_listening(
    qtbot: Any, tmp_path: Path
) -> None:
    ids = make_listening_archive(tmp_path / "untimed", english=False)
    with Archive.open(ids.root) as made, made.transaction() as db:
        plain = [Segment(None, None, "", line) for line in ("第一句。", "第二句。", "第三句。")]
        untimed = store.add_transcript(
            db, ids.interview_id, plain, source_format="txt", tier="文字"
        )
    with open_panel(qtbot, ids) as opened_panel:
        pane = opened_panel.panel.transcript
        pane.lead_box.setCurrentIndex(pane.lead_box.findData(untimed))
        pane.lead_box.activated.emit(pane.lead_box.currentIndex())
        assert pane.model.lead.transcript_id == untimed
        assert pane.model.index(0, TIME).data() == ""  # untimed: no time shown
        pane.view.setCurrentIndex(pane.model.index(0, TEXT))
        playback = opened_panel.panel.playback
        for second in (0.5, 1.6, 2.7):
            playback.seek(second)
            press(qtbot, opened_panel, "Ctrl+T")
        settle(qtbot, opened_panel)
        stored = opened_panel.segments(untimed)
        assert [(s["start_s"], s["end_s"]) for s in stored] == [(0.5, 1.6), (1.6, 2.7), (2.7, None)]
        assert pane.model.index(1, TIME).data() == "0:01"


def test_tiers_are_shown_side_by_side_and_each_can_be_typed_in(
    qtbot: Any, opened: OpenPanel
) -> None:
    model = opened.panel.transcript.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Time",
        "Speaker",
        "方言",
        "English",
    ]
    assert model.index(2, TEXT + 1).data() == "Tell me about the New Year."
    editor = open_words(qtbot, opened, 2, TEXT + 1)
    editor.place_cursor(len("Tell me about the New Year"))
    type_text(qtbot, editor, ", Grandma")
    settle(qtbot, opened)
    assert opened.texts(opened.ids.english_id)[2] == "Tell me about the New Year, Grandma."
    assert opened.texts()[2] == "说说过年的事吧。"
    # the English tier can be hidden, and chosen as the one to edit
    pane = opened.panel.transcript
    english = next(a for a in pane.beside_menu.actions() if a.data() == opened.ids.english_id)
    english.setChecked(False)
    assert model.columnCount() == 3


def test_a_new_tier_beside_the_transcript_is_ready_for_a_translator(
    qtbot: Any, opened: OpenPanel
) -> None:
    def name_it(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("普通话")
        dialog.accept()

    answer_next_dialog(qtbot, name_it)
    opened.panel.transcript.new_tier_button.click()
    model = opened.panel.transcript.model
    qtbot.waitUntil(lambda: model.columnCount() == 5, timeout=5000)
    assert model.headerData(4, Qt.Orientation.Horizontal) == "普通话"
    editor = opened.panel.transcript.view.delegate.active_editor
    assert editor is not None  # the first line is open for typing
    type_text(qtbot, editor, "奶奶，您好。")
    press(qtbot, opened, "Return")  # on to the next line
    type_text(qtbot, opened.panel.transcript.view.delegate.active_editor, "你好，请坐。")
    settle(qtbot, opened)
    with opened.reader() as seen:
        tiers = {t["tier"]: t for t in store.transcripts_of(seen.db, opened.ids.interview_id)}
        stored = store.segments_of(seen.db, tiers["普通话"]["id"])
    assert tiers["普通话"]["kind"] == "translation"
    assert [s["text"] for s in stored[:2]] == ["奶奶，您好。", "你好，请坐。"]
    assert [s["start_s"] for s in stored] == [0.0, 1.0, 2.0, 3.0]


def test_a_transcript_can_be_typed_from_nothing(qtbot: Any, tmp_path: Path) -> None:
    root = tmp_path / "blank"
    ids = make_listening_archive(root, english=False)
    with Archive.open(root) as made, made.transaction() as db:
        blank = interviews.add_interview(db, "新的采访")
    ids.interview_id = blank
    with open_panel(qtbot, ids) as opened_panel:
        pane = opened_panel.panel.transcript
        assert pane.pages.currentWidget() is pane.empty
        pane.start_button.click()
        qtbot.waitUntil(lambda: pane.view.delegate.active_editor is not None, timeout=5000)
        type_text(qtbot, pane.view.delegate.active_editor, "我叫王秀英。")
        settle(qtbot, opened_panel)
        with opened_panel.reader() as seen:
            (transcript,) = store.transcripts_of(seen.db, blank)
            assert transcript["source_format"] == "typed"
            texts = [s["text"] for s in store.segments_of(seen.db, transcript["id"])]
        assert texts == ["我叫王秀英。"]


def test_an_archive_open_read_only_cannot_be_typed_into(qtbot: Any, listening: Any) -> None:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QWidget

    from archive_app.ui.player import create_media_panel
    from archive_app.ui.session import ArchiveSession

    session = ArchiveSession(Archive.open(listening.root, read_only=True))
    host = QWidget()
    qtbot.addWidget(host)
    panel = create_media_panel(session, QUndoStack(), host)
    panel.show_interview(listening.interview_id)
    model = panel.transcript.model
    assert not model.flags(model.index(0, TEXT)) & Qt.ItemFlag.ItemIsEditable
    assert not panel.transcript.speakers_button.isEnabled()
    assert not panel.chapters.add_button.isEnabled()
    panel.release()
    session.close()


def test_a_new_tier_can_be_undone_and_redone_with_what_was_typed_in_it(
    qtbot: Any, opened: OpenPanel
) -> None:
    def name_it(dialog: QDialog) -> None:
        dialog.setTextValue("普通话")
        dialog.accept()

    answer_next_dialog(qtbot, name_it)
    pane = opened.panel.transcript
    pane.new_tier_button.click()
    model = pane.model
    qtbot.waitUntil(lambda: model.columnCount() == 5, timeout=5000)
    type_text(qtbot, pane.view.delegate.active_editor, "奶奶，您好。")
    press(qtbot, opened, "Return")
    settle(qtbot, opened)

    def tiers() -> dict[str, Any]:
        with opened.reader() as seen:
            return {t["tier"]: t for t in store.transcripts_of(seen.db, opened.ids.interview_id)}

    made = tiers()["普通话"]["id"]
    stack = opened.undo_stack
    while stack.canUndo():  # the typing, then the tier itself
        stack.undo()
        settle(qtbot, opened)
    assert "普通话" not in tiers()
    qtbot.waitUntil(lambda: model.columnCount() == 4, timeout=5000)
    assert opened.texts() == [s.text for s in VERBATIM]  # the verbatim is untouched
    while stack.canRedo():
        stack.redo()
        settle(qtbot, opened)
    assert tiers()["普通话"]["id"] == made  # the very same tier, so the typing redone lands in it
    assert opened.texts(made)[0] == "奶奶，您好。"
    qtbot.waitUntil(lambda: model.columnCount() == 5, timeout=5000)


def test_a_tier_can_be_renamed_and_given_a_language_with_undo(
    qtbot: Any, opened: OpenPanel
) -> None:
    pane = opened.panel.transcript
    english = next(
        i for i in range(pane.lead_box.count()) if pane.lead_box.itemText(i) == "English"
    )
    pane.lead_box.setCurrentIndex(english)
    pane.lead_box.activated.emit(english)

    def rename(dialog: QDialog) -> None:
        dialog.name.setText("英文")
        dialog.language.setText("en")
        dialog.accept()

    answer_next_dialog(qtbot, rename)
    pane.label_button.click()
    settle(qtbot, opened)
    qtbot.waitUntil(lambda: pane.lead_box.currentText() == "英文", timeout=5000)
    with opened.reader() as seen:
        stored = store.transcript_detail(seen.db, opened.ids.english_id)
    assert (stored["tier"], stored["language"]) == ("英文", "en")
    assert opened.undo_stack.undoText() == "Rename Tier"
    opened.undo_stack.undo()
    settle(qtbot, opened)
    qtbot.waitUntil(lambda: pane.lead_box.currentText() == "English", timeout=5000)
