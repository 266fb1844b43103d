"""The columns each list shows, with translated headers and core sort keys."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from archive_app.ui import vocabulary
from archive_app.ui.models.paged import Column

Record = dict[str, Any]


def _a_date() -> str:
    return "2024-12-31"


def _names(row: Record, key: str) -> str:
    return vocabulary.list_text(row.get(key) or [])


def _count(key: str) -> Callable[[Record], str]:
    return lambda row: str(row.get(key) or "") if row.get(key) else ""


def interview_columns(consent: Callable[[Record], str] | None = None) -> list[Column]:
    columns = [
        Column(
            QCoreApplication.translate("Columns", "Title"),
            lambda r: r["title"],
            sort="title",
            tooltip=lambda r: r["title"],
            weight=3.0,
            priority=100,
        ),
        Column(
            QCoreApplication.translate("Columns", "Date"),
            lambda r: r.get("date") or "",
            sort="date",
            sample=_a_date,
            priority=90,
        ),
        Column(
            QCoreApplication.translate("Columns", "Place"),
            lambda r: r.get("place_name") or "",
            sort="place",
            tooltip=lambda r: r.get("place_name") or "",
            weight=1.5,
            priority=60,
        ),
        Column(
            QCoreApplication.translate("Columns", "Narrators"),
            lambda r: _names(r, "narrators"),
            tooltip=lambda r: _names(r, "narrators"),
            weight=2.0,
            priority=80,
        ),
        Column(
            QCoreApplication.translate("Columns", "Length"),
            lambda r: vocabulary.duration_text(r.get("duration_s")),
            align_right=True,
            sample=lambda: "0:00:00",
            priority=40,
        ),
        Column(
            QCoreApplication.translate("Columns", "Photos"),
            _count("photos"),
            align_right=True,
            sample=lambda: "99",
            priority=20,
        ),
        Column(
            QCoreApplication.translate("Columns", "Status"),
            lambda r: vocabulary.status_name(r["status"]),
            sort="status",
            sample=lambda: "\n".join(map(vocabulary.status_name, vocabulary.STATUSES)),
            priority=30,
        ),
    ]
    if consent is not None:
        columns.append(
            Column(
                QCoreApplication.translate("Columns", "Open to"),
                consent,
                tooltip=consent,
                weight=2.0,
                priority=70,
            )
        )
    return columns


def person_columns() -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("Columns", "Name"),
            lambda r: r["name"],
            sort="name",
            weight=1.5,
            priority=100,
        ),
        Column(
            QCoreApplication.translate("Columns", "Latin spelling"),
            lambda r: r.get("name_latin") or "",
            sort="name_latin",
            weight=1.5,
            priority=85,  # how an English reader tells the names apart
        ),
        Column(
            QCoreApplication.translate("Columns", "Born"),
            lambda r: r.get("birth_date") or "",
            sort="birth_date",
            sample=_a_date,
            priority=90,
        ),
        Column(
            QCoreApplication.translate("Columns", "Home"),
            lambda r: r.get("place_name") or "",
            sort="place",
            tooltip=lambda r: r.get("place_name") or "",
            priority=70,
        ),
        Column(
            QCoreApplication.translate("Columns", "Family"),
            lambda r: _names(r, "families"),
            priority=60,
        ),
        Column(
            QCoreApplication.translate("Columns", "Interviews"),
            _count("interviews"),
            align_right=True,
            sample=lambda: "99",
            priority=40,
        ),
    ]


def family_columns() -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("Columns", "Family"),
            lambda r: r["name"],
            sort="name",
            weight=1.5,
            priority=100,
        ),
        Column(
            QCoreApplication.translate("Columns", "Home"),
            lambda r: r.get("place_name") or "",
            sort="place",
            priority=80,
        ),
        Column(
            QCoreApplication.translate("Columns", "Members"),
            lambda r: _names(r, "member_names"),
            tooltip=lambda r: _names(r, "member_names"),
            weight=3.0,
            priority=90,
        ),
    ]


def photo_columns() -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("Columns", "Photo"),
            lambda r: r.get("caption") or r["original_name"],
            sort="name",
            tooltip=lambda r: "\n".join(
                part
                for part in (
                    r.get("caption"),
                    r["original_name"],
                    vocabulary.moment_text(r.get("taken_at")),
                )
                if part
            ),
        ),
        Column(
            QCoreApplication.translate("Columns", "Taken"),
            lambda r: (r.get("taken_at") or "")[:10],
            sort="taken_at",
        ),
        Column(
            QCoreApplication.translate("Columns", "Interview"),
            lambda r: r.get("interview_title") or "",
        ),
        Column(QCoreApplication.translate("Columns", "People"), lambda r: _names(r, "people")),
    ]


def document_columns() -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("Columns", "Document"),
            lambda r: r.get("title") or r["original_name"],
            sort="name",
            tooltip=lambda r: r.get("title") or r["original_name"],
            weight=3.0,
            priority=100,
        ),
        Column(
            QCoreApplication.translate("Columns", "Kind"),
            lambda r: vocabulary.document_type_name(r["document_type"]),
            sort="type",
            sample=lambda: "\n".join(map(vocabulary.document_type_name, vocabulary.DOCUMENT_TYPES)),
            priority=80,
        ),
        Column(
            QCoreApplication.translate("Columns", "Interview"),
            lambda r: r.get("interview_title") or "",
            weight=2.0,
            priority=90,
        ),
    ]


def place_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Place"), lambda r: r["name"], sort="name"),
        Column(
            QCoreApplication.translate("Columns", "Level"),
            lambda r: vocabulary.level_name(r.get("level")),
            sort="level",
        ),
        Column(
            QCoreApplication.translate("Columns", "Interviews"),
            _count("interviews"),
            align_right=True,
        ),
    ]
