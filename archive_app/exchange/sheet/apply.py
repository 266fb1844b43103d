"""Writing a checked spreadsheet into the archive, through core, in one transaction.

A good row describes an interview: the one its file belongs to, else one with the same title
and date already in the archive (so importing the sheet again adds nothing twice), else a new
one. Its fields are set from the non-empty cells (title, date, place, notes as the summary),
its narrators are found by name or added and linked, and a photo or document it names that
belongs to no interview joins it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from archive_app.core import audit, edits, interviews, people, places, records
from archive_app.core.archive import Archive
from archive_app.exchange.sheet.plan import PlannedRow, SheetPlan


@dataclass
class SheetResult:
    added: int = 0
    updated: int = 0
    skipped: list[dict[str, Any]] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "skipped": self.skipped,
            "rows": self.rows,
        }


def _person(db: Any, name: str) -> str:
    found = db.execute(
        "SELECT id FROM person WHERE name = ? ORDER BY created_at, id LIMIT 1", [name]
    ).fetchone()
    return str(found[0]) if found else people.add_person(db, name)


def _same_interview(db: Any, row: PlannedRow) -> str | None:
    found = db.execute(
        "SELECT id FROM interview WHERE title = ? AND coalesce(date, '') = ? ORDER BY created_at, id",
        [row.title, row.date or ""],
    ).fetchone()
    return str(found[0]) if found else None


def import_sheet(archive: Archive, plan: SheetPlan) -> SheetResult:
    """Import the good rows of ``plan``; the bad ones are listed in ``skipped``.

    Raises :class:`InvalidValue` or :class:`RecordNotFound` from core only for a plan made
    against another state of the archive (nothing is then changed).
    """
    result = SheetResult()
    result.skipped = [r.as_json() for r in plan.bad]
    with archive.transaction() as db:
        for row in plan.good:
            interview_id = row.interview_id or _same_interview(db, row)
            fields: dict[str, Any] = {}
            if row.title:
                fields["title"] = row.title
            if row.date:
                fields["date"] = row.date
            if row.place:
                fields["place_id"] = places.find_or_add_place(db, row.place)
            if row.notes:
                fields["summary"] = row.notes
            if interview_id is None:
                interview_id = interviews.add_interview(
                    db,
                    row.title,
                    date=row.date,
                    place_id=fields.get("place_id"),
                    summary=row.notes,
                )
                action = "added"
                result.added += 1
            else:
                current = records.get(db, "interview", interview_id)
                changed = {k: v for k, v in fields.items() if current.get(k) != v}
                if changed:
                    edits.run(db, edits.SetFields("interview", interview_id, changed))
                action = "updated" if changed else "unchanged"
                result.updated += bool(changed)
            for name in row.narrators:
                interviews.link_person(db, interview_id, _person(db, name), "narrator")
            if row.file_kind in ("photo", "document") and row.file_id and not row.interview_id:
                edits.run(
                    db, edits.SetFields(row.file_kind, row.file_id, {"interview_id": interview_id})
                )
            result.rows.append(
                {
                    "row": row.number,
                    "interview_id": interview_id,
                    "action": action,
                    "file_id": row.file_id,
                }
            )
        audit.append(
            db,
            "sheet.import",
            None,
            {
                "file": plan.sheet.path.name,
                "added": result.added,
                "updated": result.updated,
                "skipped": len(result.skipped),
            },
        )
    return result
