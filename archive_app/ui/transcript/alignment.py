"""Lining up another tier's segments beside the lead tier's rows.

When both tiers have times, a segment goes beside the lead row being spoken when it starts;
otherwise segments are paired in order (a translation typed line by line beside the verbatim).
"""

from __future__ import annotations

from bisect import bisect_right

from archive_app.ui.transcript.rows import SegmentRow


def align(lead: list[SegmentRow], other: list[SegmentRow]) -> list[list[int]]:
    """For each lead row, the indexes of ``other``'s rows shown beside it (in order)."""
    beside: list[list[int]] = [[] for _ in lead]
    if not lead or not other:
        return beside
    lead_timed = any(row.start_s is not None for row in lead)
    other_timed = any(row.start_s is not None for row in other)
    if not (lead_timed and other_timed):
        for number in range(len(other)):
            beside[min(number, len(lead) - 1)].append(number)
        return beside
    starts: list[float] = []
    owners: list[int] = []
    for number, row in enumerate(lead):
        if row.start_s is not None:
            starts.append(row.start_s)
            owners.append(number)
    order = sorted(range(len(starts)), key=lambda k: starts[k])
    starts = [starts[k] for k in order]
    owners = [owners[k] for k in order]
    last_owner = owners[0]
    for number, row in enumerate(other):
        if row.start_s is not None:
            # a little slack: a translation often starts a few milliseconds before its source
            place = bisect_right(starts, row.start_s + 0.25) - 1
            last_owner = owners[max(place, 0)]
        beside[last_owner].append(number)
    return beside
