"""Passages kept private, as the curator marks and sees them: on the seek bar, beside the
transcript lines, and in the dialog that closes one.

A passage is marked on the interview's timeline (a stretch of the seek bar, or the transcript
lines selected) and stored by core per recording, in the recording's own seconds: a stretch
reaching over the end of one recording into the next becomes one passage on each. What a
passage keeps from whom is the consent gate's answer (``gate.passages``), asked here only to
show it; the curator still hears everything.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from archive_app.core import detail, edits
from archive_app.core.consent import gate, passages
from archive_app.core.consent.model import GRANTABLE, ClosedPassage
from archive_app.core.edits import Changes, Operation
from archive_app.ui import vocabulary
from archive_app.ui.player.playlist import Playlist
from archive_app.ui.player.timecode import clock_text, parse_clock
from archive_app.ui.session import ArchiveSession


@dataclass(frozen=True)
class Band:
    """A passage kept private, placed on the interview's timeline."""

    start_s: float
    end_s: float
    passage: ClosedPassage

    @property
    def description(self) -> str:
        return describe(self.passage)


@dataclass(frozen=True)
class Marks:
    """What the player shows of an interview's passages kept private."""

    bands: tuple[Band, ...] = ()
    #: segment id -> the audiences it is kept from today
    lines: dict[str, tuple[str, ...]] | None = None


def describe(passage: ClosedPassage) -> str:
    """One passage in a sentence: to whom, who asked, when, why."""
    text = (
        QCoreApplication.translate("PrivatePassages", "Kept from %1 at the request of %2 (%3): %4")
        .replace("%1", vocabulary.audience_list(passage.audiences))
        .replace("%2", passage.person_name)
        .replace("%3", passage.asked_on)
        .replace("%4", passage.reason)
    )
    if passage.opened_on:
        text += " · " + QCoreApplication.translate("PrivatePassages", "open again from %1").replace(
            "%1", passage.opened_on
        )
    return text


def read_marks(db: sqlite_utils.Database, interview_id: str, playlist: Playlist) -> Marks:
    """The interview's passages closed today, on the player's timeline, and which lines they
    keep from which audiences."""
    today = dt.date.today().isoformat()
    starts = {r.recording_id: playlist.starts[n] for n, r in enumerate(playlist.recordings)}
    bands = tuple(
        Band(starts[p.recording_id] + p.start_s, starts[p.recording_id] + p.end_s, p)
        for p in passages.list_passages(db, interview_id=interview_id)
        if p.recording_id in starts and (p.opened_on is None or p.opened_on > today)
    )
    lines: dict[str, list[str]] = {}
    if bands:
        for audience in GRANTABLE:
            for segment_id in gate.passages(db, interview_id, audience).segments:
                lines.setdefault(segment_id, []).append(audience)
    return Marks(bands, {k: tuple(v) for k, v in lines.items()})


def spans_on_recordings(
    playlist: Playlist, start_s: float, end_s: float
) -> list[tuple[str, float, float]]:
    """A stretch of the timeline as (recording id, from, to) in each recording's own seconds."""
    found: list[tuple[str, float, float]] = []
    count = len(playlist.recordings)
    for number, recording in enumerate(playlist.recordings):
        begins = playlist.starts[number]
        last = number == count - 1 or recording.duration_s <= 0
        ends = begins + recording.duration_s if not last else float("inf")
        lo, hi = max(start_s, begins), min(end_s, ends)
        if hi - lo > 0.0005:
            found.append((recording.recording_id, round(lo - begins, 3), round(hi - begins, 3)))
        if last and recording.duration_s <= 0:
            break  # after a recording of unknown length nothing is known
    return found


class PassageDialog(QDialog):
    """Keep a passage private: from, to, from whom, who asked, when, why."""

    def __init__(
        self,
        start_s: float,
        end_s: float,
        people: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passageDialog")
        self.setWindowTitle(self.tr("Keep a passage private"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The people chosen below will not hear this passage nor read its lines, in the "
                "family view, in search and in every export. You still hear everything."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        times = QHBoxLayout()
        self.start = QLineEdit(clock_text(start_s, tenths=True), self)
        self.start.setObjectName("passageFrom")
        # shown in tenths, rounded outward: a marked stretch never shrinks
        self.end = QLineEdit(clock_text(math.ceil(end_s * 10 - 1e-6) / 10, tenths=True), self)
        self.end.setObjectName("passageTo")
        times.addWidget(self.start)
        times.addWidget(QLabel("–", self))
        times.addWidget(self.end)
        form.addRow(self.tr("From – to"), times)
        choices = QHBoxLayout()
        self.audiences: dict[str, QCheckBox] = {}
        for audience in GRANTABLE:
            box = QCheckBox(vocabulary.audience_name(audience), self)
            box.setObjectName(f"passageAudience_{audience}")
            box.setChecked(True)
            box.toggled.connect(self._check)
            self.audiences[audience] = box
            choices.addWidget(box)
        choices.addStretch(1)
        form.addRow(self.tr("Kept from"), choices)
        self.person = QComboBox(self)
        self.person.setObjectName("passagePerson")
        for person_id, name in people:
            self.person.addItem(name, person_id)
        form.addRow(self.tr("Asked by"), self.person)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setObjectName("passageDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Asked on"), self.date)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("passageReason")
        self.reason.setPlaceholderText(self.tr("In the person's words, e.g. my son's divorce"))
        self.reason.textChanged.connect(self._check)
        form.addRow(self.tr("Why"), self.reason)
        self.problem = QLabel(self)
        self.problem.setObjectName("passageProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Keep private"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for field in (self.start, self.end):
            field.textChanged.connect(self._check)
        self._check()

    def times(self) -> tuple[float, float] | None:
        start, end = parse_clock(self.start.text()), parse_clock(self.end.text())
        if start is None or end is None or end <= start:
            return None
        return start, end

    def chosen_audiences(self) -> list[str]:
        return [a for a, box in self.audiences.items() if box.isChecked()]

    def _check(self) -> None:
        problem = ""
        if self.times() is None:
            problem = self.tr("Give the times as 3:20 or 0:03:20, the end after the start.")
        elif not self.chosen_audiences():
            problem = self.tr("Choose whom it is kept from.")
        elif self.person.count() == 0:
            problem = self.tr("Link the narrator to the interview first: someone must ask.")
        elif not self.reason.text().strip():
            problem = self.tr("Say why, as the person put it.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def terms(self) -> dict[str, Any]:
        """What core's ``close_passage`` takes besides the recording and the times."""
        return {
            "audiences": self.chosen_audiences(),
            "person_id": str(self.person.currentData()),
            "reason": self.reason.text().strip(),
            "date": self.date.date().toString("yyyy-MM-dd"),
        }


def interview_people(db: sqlite_utils.Database, interview_id: str) -> list[tuple[str, str]]:
    """Who may ask for a passage to be kept private: the narrators first, then the others."""
    people = detail.page(db, "interview", interview_id)["people"]
    order = {"narrator": 0, "mentioned": 1, "interviewer": 2}
    chosen: dict[str, str] = {}
    for person in sorted(people, key=lambda p: (order.get(p["role"], 3), p["name"])):
        chosen.setdefault(str(person["id"]), str(person["name"]))
    return list(chosen.items())


def close_passage(
    parent: QWidget,
    session: ArchiveSession,
    interview_id: str,
    playlist: Playlist,
    start_s: float,
    end_s: float,
    undo: QUndoStack | None = None,
) -> PassageDialog | None:
    """Ask for a passage's terms and close it on the writer, one passage per recording it
    covers (one change: on ``undo`` when given). Returns the dialog (accepted or not), or None
    on a read-only archive."""
    if session.read_only or not playlist.recordings:
        return None
    dialog = PassageDialog(start_s, end_s, interview_people(session.db, interview_id), parent)
    if not dialog.exec():
        return dialog
    times = dialog.times()
    assert times is not None  # the dialog accepts only good times
    spans = spans_on_recordings(playlist, *times)
    terms = dialog.terms()
    closing: Operation = edits.Batch(
        [
            edits.ClosePassage(
                recording_id,
                start,
                end,
                terms["audiences"],
                terms["person_id"],
                terms["reason"],
                terms["date"],
            )
            for recording_id, start, end in spans
        ]
    )
    _run(session, closing, QCoreApplication.translate("PrivatePassages", "Keep private"), undo)
    return dialog


def _run(session: ArchiveSession, operation: Operation, text: str, undo: QUndoStack | None) -> None:
    """Apply an edit operation on the writer: on the undo stack when there is one."""
    if undo is not None:
        from archive_app.ui.commands import OperationCommand

        undo.push(OperationCommand(session, operation, text))
        return

    def write(archive: Any) -> Changes:
        return edits.apply(archive, operation).changes

    session.write(write)


def open_passage_again(
    parent: QWidget,
    session: ArchiveSession,
    passage: ClosedPassage,
    undo: QUndoStack | None = None,
) -> bool:
    """Ask why a passage may be heard now and open it again from today, on the writer."""
    if session.read_only:
        return False
    reason, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("PrivatePassages", "Open a passage again"),
        QCoreApplication.translate(
            "PrivatePassages", "%1\n\nWhy may it be heard now? (The record stays.)"
        ).replace("%1", describe(passage)),
    )
    if not ok:
        return False
    _run(
        session,
        edits.OpenPassage(passage.id, None, reason),
        QCoreApplication.translate("PrivatePassages", "Open a passage again"),
        undo,
    )
    return True
