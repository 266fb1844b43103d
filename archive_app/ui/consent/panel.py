"""Consent on the detail pages: badges saying who may see an interview or photo, the reasons for
each closed audience, and buttons to record or withdraw a consent; an interview's passages kept
private, to keep another or open one again; a person's own consents."""

from __future__ import annotations

from functools import partial
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.core import detail
from archive_app.core.edits import Changes
from archive_app.ui import vocabulary
from archive_app.ui.consent.badges import OPEN_AUDIENCES
from archive_app.ui.consent.dialogs import ConsentDialog, WithdrawDialog
from archive_app.ui.consent.reasons import reason_text
from archive_app.ui.folding import FlowLayout, row_of
from archive_app.ui.session import ArchiveSession


def _refresh_style(label: QLabel) -> None:
    label.style().unpolish(label)
    label.style().polish(label)
    label.updateGeometry()  # the badge's padding changed its size: its row lays out again


def consent_label(record: Any) -> str:
    """One consent record in a line: date, who gave it, audiences, and its state."""
    audiences = vocabulary.audience_list(record.audiences)
    parts = [record.date, record.person_name]
    if record.given_by == "guardian":
        parts.append(
            QCoreApplication.translate("ConsentPanel", "guardian: %1").replace(
                "%1", record.guardian_name or "?"
            )
        )
    parts.append(
        audiences or QCoreApplication.translate("ConsentPanel", "nobody outside the archive")
    )
    if record.withdrawn_on:
        parts.append(
            QCoreApplication.translate("ConsentPanel", "withdrawn %1").replace(
                "%1", record.withdrawn_on
            )
        )
    elif record.embargo_until:
        parts.append(
            QCoreApplication.translate("ConsentPanel", "closed until %1").replace(
                "%1", record.embargo_until
            )
        )
    return " · ".join(parts)


def record_consent(
    parent: QWidget,
    session: ArchiveSession,
    people_choices: list[tuple[str, str]],
    item: tuple[str, str, str] | None,
    documents: list[tuple[str, str]],
) -> ConsentDialog | None:
    """Ask for a consent's terms and record it on the writer. Returns the dialog (accepted or
    not), or None on a read-only archive."""
    if session.read_only:
        return None
    dialog = ConsentDialog(session, people_choices, item, documents, parent)
    if not dialog.exec():
        return dialog
    person_id, new_name, terms = dialog.person_id, dialog.new_person_name, dialog.terms()

    def write(archive: Any) -> Changes:
        from archive_app.core import people
        from archive_app.core.consent.store import add_consent

        with archive.transaction() as db:
            pid = person_id or people.add_person(db, new_name or "")
            consent_id = add_consent(db, pid, **terms)
        change = Changes.of(added={"consent": [consent_id]}, updated={"person": [pid]})
        if person_id is None:
            change.added["person"] = {pid}
        if item is not None:
            change.updated.setdefault(item[0], set()).add(item[1])
        return change

    session.write(write)
    return dialog


def withdraw_consent(
    parent: QWidget, session: ArchiveSession, person_ids: list[str], item: tuple[str, str] | None
) -> WithdrawDialog | None:
    """Ask which consent in force to withdraw and record the withdrawal on the writer."""
    if session.read_only:
        return None
    from archive_app.core.consent.store import list_consents

    in_force = [
        record
        for person_id in dict.fromkeys(person_ids)
        for record in list_consents(session.db, person_id=person_id)
        if not record.withdrawn_on
    ]
    if not in_force:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ConsentPanel", "Withdraw a consent"),
            QCoreApplication.translate(
                "ConsentPanel", "There is no consent in force to withdraw here."
            ),
        )
        return None
    dialog = WithdrawDialog([(r.id, consent_label(r)) for r in in_force], parent)
    if not dialog.exec():
        return dialog
    consent_id, day, reason = dialog.choice()
    person_id = next(r.person_id for r in in_force if r.id == consent_id)

    def write(archive: Any) -> Changes:
        from archive_app.core.consent import store

        with archive.transaction() as db:
            store.withdraw_consent(db, consent_id, date=day, reason=reason)
        change = Changes.of(updated={"consent": [consent_id], "person": [person_id]})
        if item is not None:
            change.updated.setdefault(item[0], set()).add(item[1])
        return change

    session.write(write)
    return dialog


class ConsentPanel(QWidget):
    """Who may see this interview or photo, and why not."""

    def __init__(self, session: ArchiveSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentPanel")
        self.session = session
        self.kind = ""
        self.item_id: str | None = None
        self.title = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        # the badges, then the buttons: on a line of their own when the page is narrow
        row = QWidget(self)
        flow = FlowLayout(row, spacing=8)
        self.badges: dict[str, QLabel] = {}
        for audience in OPEN_AUDIENCES:
            badge = QLabel(vocabulary.audience_name(audience), row)
            badge.setObjectName(f"badge_{audience}")
            self.badges[audience] = badge
        flow.addWidget(row_of(row, [QLabel(self.tr("Open to:"), row), *self.badges.values()]))
        self.record_button = QPushButton(self.tr("Record consent…"), row)
        self.record_button.setObjectName("recordConsent")
        self.record_button.clicked.connect(self.record)
        self.withdraw_button = QPushButton(self.tr("Withdraw…"), row)
        self.withdraw_button.setObjectName("withdrawConsent")
        self.withdraw_button.clicked.connect(self.withdraw)
        flow.addWidget(row_of(row, [self.record_button, self.withdraw_button], expanding=True))
        layout.addWidget(row)
        self.reasons = QLabel(self)
        self.reasons.setObjectName("consentReasons")
        self.reasons.setWordWrap(True)
        layout.addWidget(self.reasons)
        self.passages = PassageList(session, self)
        layout.addWidget(self.passages)
        for button in (self.record_button, self.withdraw_button):
            button.setVisible(not session.read_only)
        self._people: list[tuple[str, str]] = []
        self._documents: list[tuple[str, str]] = []

    def show_item(self, kind: str, item_id: str) -> None:
        from archive_app.core.consent.gate import decide

        self.kind, self.item_id = kind, item_id
        lines = []
        for audience, badge in self.badges.items():
            decision = decide(self.session.db, item_id, audience)
            name = vocabulary.audience_name(audience)
            badge.setProperty("badge", "open" if decision.allowed else "closed")
            badge.setText(("✓ " if decision.allowed else "✗ ") + name)
            badge.setToolTip(
                self.tr("Open to %1").replace("%1", name)
                if decision.allowed
                else self.tr("Closed to %1").replace("%1", name)
            )
            _refresh_style(badge)
            if not decision.allowed:
                reasons = "; ".join(dict.fromkeys(reason_text(r) for r in decision.reasons))
                lines.append(
                    self.tr("Not open to %1: %2").replace("%1", name).replace("%2", reasons)
                )
        self.reasons.setText("\n".join(lines))
        self.reasons.setVisible(bool(lines))
        self.passages.setVisible(kind == "interview")
        if kind == "interview":
            found = detail.page(self.session.db, "interview", item_id)
            self.passages.show_interview(item_id, found)
            self.title = found["title"]
            # the people an interview features (the interviewer needs no consent here)
            self._people = [
                (p["id"], p["name"])
                for p in found["people"]
                if p["role"] in ("narrator", "mentioned")
            ]
            self._documents = [
                (d["id"], d.get("title") or d["original_name"]) for d in found["documents"]
            ]
        else:
            found = detail.page(self.session.db, "photo", item_id)
            self.title = found.get("caption") or found["original_name"]
            self._people = [(p["id"], p["name"]) for p in found["people"]]
            self._documents = []
            if found.get("interview_id"):
                parent = detail.page(self.session.db, "interview", found["interview_id"])
                self._documents = [
                    (d["id"], d.get("title") or d["original_name"]) for d in parent["documents"]
                ]

    def record(self) -> ConsentDialog | None:
        if self.item_id is None:
            return None
        return record_consent(
            self, self.session, self._people, (self.kind, self.item_id, self.title), self._documents
        )

    def withdraw(self) -> WithdrawDialog | None:
        if self.item_id is None:
            return None
        return withdraw_consent(
            self, self.session, [pid for pid, _ in self._people], (self.kind, self.item_id)
        )


class PersonConsents(QWidget):
    """A person's consent records, newest last, with buttons to add or withdraw one."""

    def __init__(self, session: ArchiveSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personConsents")
        self.session = session
        self.person_id: str | None = None
        self.person_name = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.records = QListWidget(self)
        self.records.setObjectName("consentRecords")
        layout.addWidget(self.records)
        row = QHBoxLayout()
        self.record_button = QPushButton(self.tr("Record consent…"), self)
        self.record_button.clicked.connect(self.record)
        self.withdraw_button = QPushButton(self.tr("Withdraw…"), self)
        self.withdraw_button.clicked.connect(self.withdraw)
        row.addWidget(self.record_button)
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        layout.addLayout(row)
        for button in (self.record_button, self.withdraw_button):
            button.setVisible(not session.read_only)

    def show_person(self, person_id: str) -> None:
        from archive_app.core import records
        from archive_app.core.consent.store import list_consents

        self.person_id = person_id
        self.person_name = records.get(self.session.db, "person", person_id)["name"]
        found = list_consents(self.session.db, person_id=person_id)
        self.records.clear()
        for record in found:
            self.records.addItem(consent_label(record))
        if not found:
            self.records.addItem(self.tr("No consent recorded yet."))
        rows = max(1, self.records.count())
        self.records.setFixedHeight(self.records.sizeHintForRow(0) * min(rows, 6) + 8)

    def record(self) -> ConsentDialog | None:
        if self.person_id is None:
            return None
        return record_consent(self, self.session, [(self.person_id, self.person_name)], None, [])

    def withdraw(self) -> WithdrawDialog | None:
        if self.person_id is None:
            return None
        return withdraw_consent(self, self.session, [self.person_id], None)


class PassageList(QWidget):
    """An interview's passages kept private, with the other consent records: each with its
    stretch, whom it is kept from, who asked, when and why, and a button to open it again;
    and a button to keep another passage private."""

    def __init__(self, session: ArchiveSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passageList")
        self.session = session
        self.interview_id: str | None = None
        self.playlist: Any = None
        self.found: list[Any] = []
        #: one line of text per passage (what the person reads), and its "open again" button
        self.texts: list[QLabel] = []
        self.open_buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        head = QHBoxLayout()
        self.heading = QLabel(self.tr("Passages kept private"), self)
        self.heading.setObjectName("passagesHeading")
        head.addWidget(self.heading, 1)
        self.keep_button = QPushButton(self.tr("Keep a passage private…"), self)
        self.keep_button.setObjectName("keepPassagePrivate")
        self.keep_button.clicked.connect(self.keep)
        self.keep_button.setVisible(not session.read_only)
        head.addWidget(self.keep_button)
        layout.addLayout(head)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(2)
        layout.addLayout(self.rows)
        self.none = QLabel(self.tr("None: every passage is open as the consent allows."), self)
        self.none.setObjectName("noPassages")
        self.none.setWordWrap(True)
        layout.addWidget(self.none)

    def show_interview(self, interview_id: str, detail: dict[str, Any]) -> None:
        from archive_app.core.consent.passages import list_passages
        from archive_app.ui.player.playlist import Playlist
        from archive_app.ui.player.private import describe
        from archive_app.ui.player.timecode import clock_text

        self.interview_id = interview_id
        recordings = detail["recordings"]
        self.playlist = Playlist.of(self.session.root, recordings)
        self.found = list_passages(self.session.db, interview_id=interview_id)
        while self.rows.count():
            taken = self.rows.takeAt(0)
            if taken is not None and taken.widget() is not None:
                taken.widget().deleteLater()  # type: ignore[union-attr]
        self.texts, self.open_buttons = [], []
        for passage in self.found:
            row = QWidget(self)
            row.setObjectName("passageRow")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            stretch = f"{clock_text(passage.start_s)}–{clock_text(passage.end_s)}"
            where = f" ({passage.recording_name})" if len(recordings) > 1 else ""
            text = QLabel(f"<b>{stretch}</b>{escape(where)} · {escape(describe(passage))}", row)
            text.setWordWrap(True)
            text.setEnabled(passage.opened_on is None)  # an opened one reads greyed
            line.addWidget(text, 1)
            again = QPushButton(self.tr("Open again…"), row)
            again.setObjectName("openPassageAgain")
            again.setVisible(passage.opened_on is None and not self.session.read_only)
            again.clicked.connect(partial(self.open_again, len(self.texts)))
            line.addWidget(again, 0, Qt.AlignmentFlag.AlignTop)
            self.rows.addWidget(row)
            self.texts.append(text)
            self.open_buttons.append(again)
        self.none.setVisible(not self.found)
        self.keep_button.setEnabled(bool(recordings))

    def keep(self) -> Any:
        from archive_app.ui.player.private import close_passage

        if self.interview_id is None or self.playlist is None:
            return None
        return close_passage(self, self.session, self.interview_id, self.playlist, 0.0, 10.0)

    def open_again(self, number: int) -> bool:
        from archive_app.ui.player.private import open_passage_again

        if not 0 <= number < len(self.found):
            return False
        return open_passage_again(self, self.session, self.found[number])
