"""Consent at a glance: badges, the reasons an audience may not see an item, recording and
withdrawing consent, and the list of what is due."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QLineEdit

from archive_app.core.consent.store import list_consents
from tests.ui.conftest import ids_of, wait_for_writes
from tests.ui.helpers import answer_next_dialog, row_texts, type_text


def _ok(dialog: Any) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _badges(view: Any) -> dict[str, str]:
    return {aud: label.property("badge") for aud, label in view.consent_panel.badges.items()}


def _wait_badges(qtbot: Any, window: Any) -> None:
    badges = window.badges
    qtbot.waitUntil(lambda: badges.visible is not None and not badges._running, timeout=5000)


def test_an_item_without_consent_is_closed_and_says_why(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.open_record("interview", ids["first"])
    view = window.details.current_view()
    assert _badges(view) == {"family": "closed", "research": "closed", "public": "closed"}
    reasons = view.consent_panel.reasons.text()
    assert "Not open to Family: 王秀英 has no consent recorded." in reasons
    _wait_badges(qtbot, window)
    table = window.lists.pane("interview").view
    row = row_texts(table).index("奶奶的故事")
    assert table.model().index(row, 7).data() == "Curators only"


def test_recording_a_consent_opens_the_interview_to_those_audiences(
    qtbot: Any, window: Any
) -> None:
    ids = ids_of(window.session.root)
    window.open_record("interview", ids["first"])
    view = window.details.current_view()

    def fill(dialog: Any) -> None:
        assert dialog.findChild(QComboBox, "consentPerson").currentText() == "王秀英"
        dialog.findChild(QDateEdit, "consentDate").setDate(QDate(2024, 2, 10))
        dialog.findChild(QCheckBox, "audience_research").setChecked(True)
        _ok(dialog)

    answer_next_dialog(qtbot, fill)
    qtbot.mouseClick(view.consent_panel.record_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, window)
    assert _badges(view) == {"family": "open", "research": "open", "public": "closed"}
    assert "王秀英 agreed only to: Family, Researchers." in view.consent_panel.reasons.text()
    table = window.lists.pane("interview").view
    cell = table.model().index(row_texts(table).index("奶奶的故事"), 7)
    qtbot.waitUntil(lambda: cell.data() == "Family · Researchers", timeout=5000)


def test_an_interview_open_to_every_audience_says_everyone_in_the_list(
    qtbot: Any, window: Any
) -> None:
    ids = ids_of(window.session.root)
    window.open_record("interview", ids["first"])
    view = window.details.current_view()

    def fill(dialog: Any) -> None:
        dialog.findChild(QDateEdit, "consentDate").setDate(QDate(2024, 2, 10))
        for audience in ("family", "research", "public"):
            dialog.findChild(QCheckBox, f"audience_{audience}").setChecked(True)
        _ok(dialog)

    answer_next_dialog(qtbot, fill)
    qtbot.mouseClick(view.consent_panel.record_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, window)
    assert _badges(view) == {"family": "open", "research": "open", "public": "open"}
    table = window.lists.pane("interview").view
    cell = table.model().index(row_texts(table).index("奶奶的故事"), 7)
    qtbot.waitUntil(lambda: cell.data() == "Everyone", timeout=5000)


def test_a_guardians_consent_needs_the_guardians_name(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.open_record("person", ids["child"])
    view = window.details.current_view()
    problems: list[str] = []

    def fill(dialog: Any) -> None:
        given_by = dialog.findChild(QComboBox, "consentGivenBy")
        given_by.setCurrentIndex(given_by.findData("guardian"))
        _ok(dialog)  # no guardian named yet: refused, the dialog stays
        problems.append(dialog.problem.text())
        type_text(qtbot, dialog.findChild(QLineEdit, "consentGuardian"), "王秀英")
        assent = dialog.findChild(QComboBox, "consentAssent")
        assent.setCurrentIndex(assent.findData("yes"))
        _ok(dialog)

    answer_next_dialog(qtbot, fill)
    view.consent_panel.record_button.click()
    wait_for_writes(qtbot, window)
    assert problems == ["Write the guardian's name."]
    (consent,) = list_consents(window.session.db, person_id=ids["child"])
    assert (consent.given_by, consent.guardian_name, consent.assent) == (
        "guardian",
        "王秀英",
        "yes",
    )
    assert "guardian: 王秀英" in view.consent_panel.records.item(0).text()


def test_withdrawing_closes_the_item_again_with_the_reason(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.open_record("interview", ids["first"])
    view = window.details.current_view()
    answer_next_dialog(qtbot, _ok)
    view.consent_panel.record_button.click()
    wait_for_writes(qtbot, window)
    assert _badges(view)["family"] == "open"

    def withdraw(dialog: Any) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "withdrawReason"), "家里不同意")
        _ok(dialog)

    answer_next_dialog(qtbot, withdraw)
    view.consent_panel.withdraw_button.click()
    wait_for_writes(qtbot, window)
    assert _badges(view)["family"] == "closed"
    assert "Not open to Family: 王秀英 withdrew consent on" in view.consent_panel.reasons.text()


def test_consent_due_lists_forms_missing_and_opens_the_person(qtbot: Any, window: Any) -> None:
    ids = ids_of(window.session.root)
    window.open_record("interview", ids["first"])
    answer_next_dialog(qtbot, _ok)
    window.details.current_view().consent_panel.record_button.click()
    wait_for_writes(qtbot, window)
    window.menus.consent_menu.actions()[-1].trigger()  # Consent > Consent Due
    due = window.lists.currentWidget()
    assert due is window.consent_due.pane
    qtbot.waitUntil(
        lambda: due.tree.topLevelItem(1).text(0) == "Signed form missing (1)", timeout=5000
    )
    forms = due.tree.topLevelItem(1)
    assert forms.text(0) == "Signed form missing (1)"
    assert forms.child(0).text(0) == "王秀英"
    assert "Consent due (1)" in window.sidebar.consent_due_item.text()
    due.tree.itemActivated.emit(forms.child(0), 0)
    assert window.details.current_view().kind == "person"
    assert window.details.current_view().record_id == ids["grandma"]
