"""The transcript as a Qt table: one row per segment of the lead tier, with its time, speaker
and words, and the other shown tiers' words lined up beside it.

The model holds every tier of the interview (edits may touch a tier that is not shown, such as a
speaker renamed everywhere); it changes rows only through the methods commands call, each of
which says exactly which cells changed, so a keystroke repaints one row and not two thousand.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from archive_app.ui.player.timecode import clock_text
from archive_app.ui.transcript.alignment import align
from archive_app.ui.transcript.rows import SegmentRef, SegmentRow, StartIndex, Tier

TIME, SPEAKER, TEXT = 0, 1, 2
#: True for the row being heard now
PLAYING_ROLE = Qt.ItemDataRole.UserRole + 1
#: True for a row whose segment has no start time yet
UNTIMED_ROLE = Qt.ItemDataRole.UserRole + 2
#: the row's start in seconds (None when untimed)
START_ROLE = Qt.ItemDataRole.UserRole + 3
#: for a row inside a passage kept private: whom it is kept from ('' otherwise)
PRIVATE_ROLE = Qt.ItemDataRole.UserRole + 4

_Index = QModelIndex | QPersistentModelIndex
_FIELDS = ("start_s", "end_s", "speaker", "text")


class TranscriptModel(QAbstractTableModel):
    """Segments of the lead tier as rows; aligned tiers as extra text columns."""

    #: the person edited a cell: (row, column, new value); the editor turns it into a command
    edit_requested = Signal(int, int, object)
    #: the rows or columns were rebuilt (a tier loaded or chosen)
    reshaped = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tiers: list[Tier] = []
        self.lead: Tier | None = None
        self.aligned: list[Tier] = []
        self._beside: list[list[list[int]]] = []
        self._owner: list[list[int]] = []  # per aligned tier: its row -> lead row
        self._starts = StartIndex([])
        self.playing_row: int | None = None
        self.find_text = ""
        #: segment id -> whom its passage is kept from (shown beside the line)
        self.private_lines: dict[str, str] = {}
        self.read_only = False
        self._headers = {"time": "Time", "speaker": "Speaker"}
        #: a tier's name in column headers (the pane words unnamed tiers in the user's language)
        self.label_of: Callable[[Tier], str] = lambda tier: tier.label

    # -- what is shown -----------------------------------------------------------------------

    def set_tiers(self, tiers: list[Tier], lead_id: str | None, aligned_ids: Sequence[str]) -> None:
        """Show these tiers: ``lead_id`` as rows (the first tier if None), the others beside."""
        self.beginResetModel()
        self.tiers = tiers
        by_id = {tier.transcript_id: tier for tier in tiers}
        self.lead = by_id.get(lead_id or "") or (tiers[0] if tiers else None)
        self.aligned = [
            by_id[tid] for tid in aligned_ids if tid in by_id and by_id[tid] is not self.lead
        ]
        self.playing_row = None
        self._realign()
        self.endResetModel()
        self.reshaped.emit()

    def set_headers(self, time: str, speaker: str) -> None:
        self._headers = {"time": time, "speaker": speaker}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, TIME, SPEAKER)

    def tier(self, transcript_id: str) -> Tier | None:
        return next((t for t in self.tiers if t.transcript_id == transcript_id), None)

    def tier_of_column(self, column: int) -> Tier | None:
        if column in (TIME, SPEAKER, TEXT):
            return self.lead
        number = column - TEXT - 1
        return self.aligned[number] if 0 <= number < len(self.aligned) else None

    def row(self, number: int) -> SegmentRow | None:
        if self.lead is None or not 0 <= number < len(self.lead.rows):
            return None
        return self.lead.rows[number]

    def row_number(self, ref: SegmentRef) -> int:
        """The lead row holding ``ref``; -1 if it is not a lead row."""
        return self.lead.index_of(ref) if self.lead is not None else -1

    def aligned_rows(self, column: int, number: int) -> list[SegmentRow]:
        """The rows of the tier in ``column`` shown beside lead row ``number``."""
        place = column - TEXT - 1
        if not 0 <= place < len(self.aligned) or not 0 <= number < len(self._beside[place]):
            return []
        rows = self.aligned[place].rows
        return [rows[k] for k in self._beside[place][number]]

    def row_at(self, seconds: float) -> int | None:
        """The lead row being spoken at ``seconds``."""
        return self._starts.row_at(seconds)

    def next_start(self, seconds: float) -> float | None:
        return self._starts.next_start(seconds)

    # -- Qt's table interface ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid() or self.lead is None:
            return 0
        return len(self.lead.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return TEXT + 1 + len(self.aligned)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == TIME:
            return self._headers["time"]
        if section == SPEAKER:
            return self._headers["speaker"]
        tier = self.tier_of_column(section)
        return self.label_of(tier) if tier is not None else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row())
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == TIME:
                return clock_text(row.start_s, tenths=role == Qt.ItemDataRole.EditRole)
            if column == SPEAKER:
                return row.speaker
            if column == TEXT:
                return row.text
            beside = self.aligned_rows(column, index.row())
            if role == Qt.ItemDataRole.EditRole:
                return beside[0].text if len(beside) == 1 else ""
            return "\n".join(r.text for r in beside)
        if role == PLAYING_ROLE:
            return index.row() == self.playing_row
        if role == UNTIMED_ROLE:
            return row.start_s is None
        if role == START_ROLE:
            return row.start_s
        if role == PRIVATE_ROLE:
            return self.private_lines.get(row.ref.id or "", "")
        if role == Qt.ItemDataRole.ToolTipRole and column == TIME:
            end = clock_text(row.end_s, tenths=True)
            times = f"{clock_text(row.start_s, tenths=True)} – {end}" if end else ""
            private = self.private_lines.get(row.ref.id or "", "")
            return "\n".join(t for t in (times if row.start_s is not None else "", private) if t)
        return None

    def set_private_lines(self, lines: dict[str, str]) -> None:
        """Mark the rows inside passages kept private (segment id -> whom from)."""
        if lines == self.private_lines:
            return
        self.private_lines = dict(lines)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, TIME), self.index(self.rowCount() - 1, TIME), [PRIVATE_ROLE]
            )

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or self.read_only:
            return base
        if index.column() > TEXT and len(self.aligned_rows(index.column(), index.row())) != 1:
            return base  # nothing, or several segments, beside this row: edit that tier itself
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        self.edit_requested.emit(index.row(), index.column(), value)
        return True

    # -- changes (called by commands, on the main thread) -------------------------------------

    def locate(self, ref: SegmentRef) -> tuple[Tier, int] | None:
        """The tier and row number of a segment, wherever it is; None if not loaded."""
        for tier in self.tiers:
            number = tier.index_of(ref)
            if number >= 0:
                return tier, number
        return None

    def update_row(self, ref: SegmentRef, **fields: Any) -> bool:
        """Change fields of a segment's row (``start_s``, ``end_s``, ``speaker``, ``text``)."""
        found = self.locate(ref)
        if found is None:
            return False
        tier, number = found
        row = tier.rows[number]
        changed = {k: v for k, v in fields.items() if k in _FIELDS and getattr(row, k) != v}
        if not changed:
            return True
        for key, value in changed.items():
            setattr(row, key, value)
        if "start_s" in changed or "end_s" in changed:
            self._times_changed(tier, number)
        else:
            self._row_changed(tier, number)
        return True

    def insert_row(self, transcript_id: str, position: int, row: SegmentRow) -> None:
        tier = self.tier(transcript_id)
        if tier is None:
            return
        position = min(max(position, 0), len(tier.rows))
        if tier is self.lead:
            self.beginInsertRows(QModelIndex(), position, position)
            tier.rows.insert(position, row)
            self._shift_playing(position, +1)
            self._realign()
            self.endInsertRows()
            self._aligned_columns_changed()
        else:
            tier.rows.insert(position, row)
            self._realign()
            self._aligned_columns_changed()

    def remove_row(self, ref: SegmentRef) -> SegmentRow | None:
        found = self.locate(ref)
        if found is None:
            return None
        tier, number = found
        if tier is self.lead:
            self.beginRemoveRows(QModelIndex(), number, number)
            row = tier.rows.pop(number)
            if self.playing_row == number:
                self.playing_row = None
            self._shift_playing(number, -1)
            self._realign()
            self.endRemoveRows()
            self._aligned_columns_changed()
        else:
            row = tier.rows.pop(number)
            self._realign()
            self._aligned_columns_changed()
        return row

    def set_playing_row(self, number: int | None) -> None:
        if number == self.playing_row:
            return
        before, self.playing_row = self.playing_row, number
        last = self.columnCount() - 1
        for changed in (before, number):
            if changed is not None and 0 <= changed < self.rowCount():
                self.dataChanged.emit(
                    self.index(changed, 0), self.index(changed, last), [PLAYING_ROLE]
                )

    def set_find_text(self, text: str) -> None:
        self.find_text = text
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, TEXT), self.index(self.rowCount() - 1, self.columnCount() - 1), []
            )

    # -- inside ------------------------------------------------------------------------------

    def _realign(self) -> None:
        lead_rows = self.lead.rows if self.lead is not None else []
        self._starts = StartIndex(lead_rows)
        self._beside = [align(lead_rows, tier.rows) for tier in self.aligned]
        self._owner = []
        for beside, tier in zip(self._beside, self.aligned, strict=True):
            owner = [0] * len(tier.rows)
            for lead_number, numbers in enumerate(beside):
                for k in numbers:
                    owner[k] = lead_number
            self._owner.append(owner)

    def _row_changed(self, tier: Tier, number: int) -> None:
        if tier is self.lead:
            self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))
            return
        for place, shown in enumerate(self.aligned):
            if shown is tier and number < len(self._owner[place]):
                lead_number = self._owner[place][number]
                cell = self.index(lead_number, TEXT + 1 + place)
                self.dataChanged.emit(cell, cell)

    def _times_changed(self, tier: Tier, number: int) -> None:
        if tier is self.lead or tier in self.aligned:
            self._realign()
            if not self.aligned:
                self._row_changed(tier, number)
            elif self.rowCount():
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
                )

    def _aligned_columns_changed(self) -> None:
        if self.aligned and self.rowCount():
            self.dataChanged.emit(
                self.index(0, TEXT + 1), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def _shift_playing(self, position: int, by: int) -> None:
        if self.playing_row is not None and self.playing_row >= position:
            self.playing_row += by
