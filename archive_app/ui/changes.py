"""What a write changed, so that views redraw only what they must."""

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
    "tag",
    "collection",
    "consent",
    "passage",
)


@dataclass
class Change:
    """Records added, updated or removed by one write, by kind (``interview``, ``person``...).

    ``value`` carries what the operation returned (a new record's id, import results).
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
    ) -> Change:
        def norm(part: dict[str, Iterable[str]] | None) -> dict[str, set[str]]:
            return {kind: set(ids) for kind, ids in (part or {}).items() if ids is not None}

        return cls(norm(added), norm(updated), norm(removed), value)

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

    def merge(self, other: Change) -> Change:
        self.everything = self.everything or other.everything
        for mine, theirs in (
            (self.added, other.added),
            (self.updated, other.updated),
            (self.removed, other.removed),
        ):
            for kind, ids in theirs.items():
                mine.setdefault(kind, set()).update(ids)
        return self
