"""What one write changed, by kind of record, so that views redraw only what they must and the
search queue and other followers know what moved."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

#: every kind of record a change can name
ALL_KINDS = (
    "interview",
    "person",
    "family",
    "place",
    "migration",
    "recording",
    "photo",
    "document",
    "transcript",
    "segment",
    "section",
    "tag",
    "collection",
    "consent",
    "passage",
)


@dataclass
class Changes:
    """Records added, updated or removed by one write, by kind (``interview``, ``person``...).

    ``value`` carries what the write returned (a new record's id, import results).
    """

    added: dict[str, set[str]] = field(default_factory=dict)
    updated: dict[str, set[str]] = field(default_factory=dict)
    removed: dict[str, set[str]] = field(default_factory=dict)
    value: Any = None
    #: so much may have changed (a cancelled import) that every view should reload
    everything: bool = False

    @classmethod
    def of(
        cls,
        *,
        added: dict[str, Iterable[str]] | None = None,
        updated: dict[str, Iterable[str]] | None = None,
        removed: dict[str, Iterable[str]] | None = None,
        value: Any = None,
    ) -> Changes:
        def norm(part: dict[str, Iterable[str]] | None) -> dict[str, set[str]]:
            return {kind: set(ids) for kind, ids in (part or {}).items() if ids is not None}

        return cls(norm(added), norm(updated), norm(removed), value)

    def note(self, how: str, kind: str, record_id: str) -> None:
        """Say that a record was ``added``, ``updated`` or ``removed``."""
        part = {"added": self.added, "updated": self.updated, "removed": self.removed}[how]
        part.setdefault(kind, set()).add(record_id)

    def kinds(self) -> set[str]:
        if self.everything:
            return set(ALL_KINDS)
        return set(self.added) | set(self.updated) | set(self.removed)

    def touches(self, record_id: str) -> bool:
        """Whether this record itself was added, updated or removed."""
        if self.everything:
            return True
        return any(
            record_id in ids
            for part in (self.added, self.updated, self.removed)
            for ids in part.values()
        )

    def reshapes(self, kind: str) -> bool:
        """Whether a list of ``kind`` gains or loses rows."""
        if self.everything:
            return True
        return bool(self.added.get(kind) or self.removed.get(kind))

    def merge(self, other: Changes) -> Changes:
        self.everything = self.everything or other.everything
        for mine, theirs in (
            (self.added, other.added),
            (self.updated, other.updated),
            (self.removed, other.removed),
        ):
            for kind, ids in theirs.items():
                mine.setdefault(kind, set()).update(ids)
        return self

    def as_json(self) -> dict[str, dict[str, list[str]]]:
        """``{"added": {kind: [ids]}, "updated": ..., "removed": ...}``, sorted, empty parts
        left out: what the command line prints."""
        found: dict[str, dict[str, list[str]]] = {}
        for name, part in (
            ("added", self.added),
            ("updated", self.updated),
            ("removed", self.removed),
        ):
            kinds = {kind: sorted(ids) for kind, ids in sorted(part.items()) if ids}
            if kinds:
                found[name] = kinds
        return found
