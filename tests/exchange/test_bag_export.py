"""``export bag``: a valid BagIt bag whose curator form gives back the same catalogue."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import bagit
import pytest
from PIL import Image

from archive_app.core.archive import Archive
from archive_app.exchange.bag.importer import import_bag
from archive_app.exchange.bag.payload import DamagedOriginal
from tests.exchange.bag_helpers import catalogue, export_whole, links, media_hashes


def validate_with_command(bag: Path) -> subprocess.CompletedProcess[str]:
    """``bagit.py --validate`` as installed with the bagit package, run in this interpreter."""
    return subprocess.run(
        [sys.executable, "-m", "bagit", "--validate", str(bag)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_curator_bag_validates_with_the_library_and_its_command(
    sample: Archive, tmp_path: Path
) -> None:
    bag = export_whole(sample, tmp_path / "bag")
    assert bagit.Bag(str(bag)).validate()
    checked = validate_with_command(bag)
    assert checked.returncode == 0, checked.stderr
    assert "is valid" in checked.stderr
    info = bagit.Bag(str(bag)).info
    for label in ("Source-Organization", "Bagging-Date", "Payload-Oxum", "External-Description"):
        assert info[label]
    assert (bag / "manifest-sha256.txt").exists() and (bag / "manifest-sha512.txt").exists()
    assert (bag / "tagmanifest-sha256.txt").exists() and (bag / "tagmanifest-sha512.txt").exists()
    assert (bag / "bagit.txt").read_text().startswith("BagIt-Version: 1.0\n")


def test_a_damaged_bag_fails_the_command(sample: Archive, tmp_path: Path) -> None:
    bag = export_whole(sample, tmp_path / "bag")
    victim = next((bag / "data" / "transcripts").iterdir())
    victim.write_text("tampered", encoding="utf-8")
    assert validate_with_command(bag).returncode != 0


def test_an_original_that_no_longer_has_its_checksum_stops_the_export(
    sample: Archive, tmp_path: Path
) -> None:
    """The originals are checked while they are copied: a damaged one never goes out, and the
    export leaves no bag (nor a half-written folder) behind."""
    stored = sorted(p for p in (sample.root / "media").rglob("*") if p.is_file())
    victim = stored[len(stored) // 2]
    victim.chmod(0o644)
    content = bytearray(victim.read_bytes())
    content[len(content) // 2] ^= 0xFF
    victim.write_bytes(bytes(content))
    exports = tmp_path / "exports"
    exports.mkdir()
    with pytest.raises(DamagedOriginal) as raised:
        export_whole(sample, exports / "bag")
    assert raised.value.path == victim
    assert list(exports.iterdir()) == []


def test_a_zipped_bag_holds_one_bag_folder_that_validates(sample: Archive, tmp_path: Path) -> None:
    packed = export_whole(sample, tmp_path / "bag.zip", as_zip=True)
    with zipfile.ZipFile(packed) as archive:
        assert {n.split("/")[0] for n in archive.namelist()} == {"bag"}
        archive.extractall(tmp_path / "out")
    assert bagit.Bag(str(tmp_path / "out" / "bag")).validate()


def test_the_bag_holds_transcripts_ohms_csv_and_a_document_per_record(
    sample: Archive, tmp_path: Path
) -> None:
    bag = export_whole(sample, tmp_path / "bag")
    data = bag / "data"
    interviews = [r[0] for r in sample.db.execute("SELECT id FROM interview")]
    assert sorted(p.stem for p in (data / "metadata" / "interview").iterdir()) == sorted(interviews)
    assert sorted(p.stem for p in (data / "ohms").iterdir()) == sorted(interviews)
    vtt = [p for p in (data / "transcripts").iterdir() if p.suffix == ".vtt"]
    assert vtt and any("<v " in p.read_text(encoding="utf-8") for p in vtt)
    assert (data / "dublin-core.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    consents = sample.db.execute("SELECT count(*) FROM consent").fetchone()[0]
    assert len(list((data / "metadata" / "consent").iterdir())) == consents
    document = json.loads(next((data / "metadata" / "person").iterdir()).read_text("utf-8"))
    assert document["schema"] == "hometown-voices/bag-record" and document["version"] == 1


def test_a_research_bag_carries_stories_under_pseudonyms_and_photos_without_exif(
    sample: Archive, tmp_path: Path
) -> None:
    pseudonymised = sample.db.execute(
        "SELECT person.name, consent.pseudonym FROM consent JOIN person ON person.id = "
        "consent.person_id WHERE pseudonym IS NOT NULL AND withdrawn_on IS NULL "
        "AND audiences LIKE '%research%'"
    ).fetchall()
    bag = export_whole(sample, tmp_path / "bag", audience="research")
    assert bagit.Bag(str(bag)).validate()
    assert bagit.Bag(str(bag)).info["Hometown-Voices-Form"] == "stories"
    text = b"".join(p.read_bytes() for p in (bag / "data").rglob("*") if p.is_file())
    for name, _pseudonym in pseudonymised:
        assert name.encode() not in text
    for photo in (bag / "data" / "photos").iterdir():
        with Image.open(photo) as image:
            assert not image.getexif()
    for path in (bag / "data" / "metadata" / "consent").iterdir():
        terms = json.loads(path.read_text("utf-8"))["consent"]
        assert "guardian_name" not in terms and "notes" not in terms


@pytest.mark.timeout(300)
def test_round_trip_gives_the_same_catalogue_and_the_same_bytes(
    sample: Archive, tmp_path: Path
) -> None:
    bag = export_whole(sample, tmp_path / "bag")
    empty = Archive.create(tmp_path / "empty")
    try:
        report = import_bag(empty, bag)
        assert report.updated == 0 and report.unchanged == 0 and not report.conflicts
        assert catalogue(empty) == catalogue(sample)
        assert links(empty) == links(sample)
        assert media_hashes(empty) == media_hashes(sample)
        again = import_bag(empty, bag)
        assert again.added == 0 and again.updated == 0 and not again.conflicts
        assert catalogue(empty) == catalogue(sample)
    finally:
        empty.close()
