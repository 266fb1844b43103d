"""Closed passages in bags: a curator's bag carries them and a merge keeps them closed; a bag for
another audience carries a redacted derivative of the recording, never the original."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import bagit

from archive_app.core.archive import Archive
from archive_app.core.consent import passages
from archive_app.exchange.bag.importer import import_bag
from tests.exchange.bag_helpers import catalogue, export_whole, links


def _close(archive: Archive) -> tuple[str, str]:
    """Close a second of a recording the family may hear, to the family; (passage, rec)."""
    from archive_app.core.consent import gate

    rows = archive.db.execute(
        "SELECT recording.id, interview_person.person_id, recording.interview_id FROM recording "
        "JOIN interview_person ON interview_person.interview_id = recording.interview_id "
        "AND interview_person.role = 'narrator' ORDER BY recording.id"
    ).fetchall()
    # a story the family may hear, so that there is something to redact
    row = next(r for r in rows if gate.decide(archive.db, r[2], "family").allowed)
    with archive.transaction() as db:
        passage = passages.close_passage(
            db,
            row[0],
            start_s=0.5,
            end_s=1.5,
            audiences=["family"],
            person_id=row[1],
            reason="不想让孙子听到",
            date="2025-01-01",
        )
    return passage, str(row[0])


def test_a_curators_bag_carries_closed_passages_and_a_merge_keeps_them_closed(
    sample: Archive, tmp_path: Path
) -> None:
    passage, _recording = _close(sample)
    bag = export_whole(sample, tmp_path / "bag")
    assert (bag / "data" / "metadata" / "passage" / f"{passage}.json").is_file()
    merged = Archive.create(tmp_path / "merged")
    try:
        import_bag(merged, bag)
        assert catalogue(merged) == catalogue(sample)
        assert links(merged)["closed_passage"] == links(sample)["closed_passage"]
        # opened here meanwhile, still closed in the bag: closed wins, and it is said
        with merged.transaction() as db:
            passages.open_passage(db, passage, date="2025-02-01", reason="她同意了")
        report = import_bag(merged, bag)
        assert [c["kind"] for c in report.conflicts] == ["passage"]
        assert passages.get_passage(merged.db, passage).opened_on is None
        # opened on both sides: it stays open, from the later day
        with sample.transaction() as db:
            passages.open_passage(db, passage, date="2025-03-01", reason="都同意了")
        with merged.transaction() as db:
            passages.open_passage(db, passage, date="2025-02-01", reason="她同意了")
        import_bag(merged, export_whole(sample, tmp_path / "again"))
        assert passages.get_passage(merged.db, passage).opened_on == "2025-03-01"
    finally:
        merged.close()


def test_a_familys_bag_holds_a_redacted_derivative_and_says_so(
    sample: Archive, tmp_path: Path
) -> None:
    passage, recording = _close(sample)
    source = sample.root / str(
        sample.db.execute(
            "SELECT stored_path FROM media_file JOIN recording USING (sha256) WHERE recording.id = ?",
            [recording],
        ).fetchone()[0]
    )
    original = hashlib.sha256(source.read_bytes()).hexdigest()
    bag = export_whole(sample, tmp_path / "family", audience="family")
    bagit.Bag(str(bag)).validate()
    hashes = {hashlib.sha256(p.read_bytes()).hexdigest() for p in bag.rglob("*") if p.is_file()}
    assert original not in hashes
    stories = [
        json.loads(p.read_text("utf-8"))["story"]
        for p in (bag / "data" / "metadata" / "story").iterdir()
    ]
    told = [r for s in stories for r in s["recordings"] if r["id"] == recording]
    (redacted,) = told
    assert redacted["redacted"]["closed_ranges"] == [[0.5, 1.5]]
    assert redacted["file"].startswith("redacted/")
    written = bag / "data" / redacted["file"]
    assert hashlib.sha256(written.read_bytes()).hexdigest() == redacted["sha256"]
    assert "Hometown-Voices-Redacted-Recordings: 1" in (bag / "bag-info.txt").read_text("utf-8")
    # the curator's bag still holds the original
    whole = export_whole(sample, tmp_path / "curator")
    assert any(
        hashlib.sha256(p.read_bytes()).hexdigest() == original
        for p in (whole / "data" / "media").rglob("*")
        if p.is_file()
    )
    shutil.rmtree(whole)
