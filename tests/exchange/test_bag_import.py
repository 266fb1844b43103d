"""``import-bag``: hostile bags are refused with their reason and leave the archive untouched;
bags from this app merge by UUID and hash, in any order, and a second time changes nothing."""

from __future__ import annotations

import json
import os
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

import bagit
import pytest

from archive_app.core.archive import Archive
from archive_app.exchange.bag.checks import HostileBag, opened_bag
from archive_app.exchange.bag.importer import import_bag
from tests.exchange.bag_helpers import catalogue, export_whole, links, media_hashes

SUITE = Path("/work/shared/conformance/bagit-suite")


@pytest.fixture
def bag(sample: Archive, tmp_path: Path) -> Path:
    return export_whole(sample, tmp_path / "bag")


@pytest.fixture
def target(tmp_path: Path) -> Archive:
    archive = Archive.create(tmp_path / "target")
    yield archive
    archive.close()


def remanifest(bag: Path) -> None:
    """Make the bag's manifests and Payload-Oxum agree with what it now holds (as a careful
    attacker would), so that only the planted fault remains."""
    bagit.Bag(str(bag)).save(manifests=True)


def refused(target: Archive, source: Path) -> HostileBag:
    before = (catalogue(target), links(target), media_hashes(target))
    with pytest.raises(HostileBag) as caught:
        import_bag(target, source)
    assert (catalogue(target), links(target), media_hashes(target)) == before
    assert not any((target.root / "media").rglob("*.*"))  # not even a staged copy
    return caught.value


def _payload_file(bag: Path) -> Path:
    return next(p for p in (bag / "data" / "transcripts").iterdir())


def test_a_manifest_path_outside_the_bag_is_refused(bag: Path, target: Archive) -> None:
    with open(bag / "manifest-sha256.txt", "a", encoding="utf-8") as manifest:
        manifest.write(f"{'0' * 64}  data/../../outside.txt\n")
    assert refused(target, bag).reason == "unsafe_path"


def test_an_absolute_manifest_path_is_refused(bag: Path, target: Archive) -> None:
    with open(bag / "manifest-sha256.txt", "a", encoding="utf-8") as manifest:
        manifest.write(f"{'0' * 64}  /etc/passwd\n")
    assert refused(target, bag).reason == "unsafe_path"


@pytest.mark.parametrize("name", ["../evil.txt", "/tmp/evil.txt", "bag/../../evil.txt"])
def test_a_zip_member_outside_the_bag_is_refused(
    bag: Path, target: Archive, tmp_path: Path, name: str
) -> None:
    packed = tmp_path / "hostile.zip"
    with zipfile.ZipFile(packed, "w") as archive:
        for path in sorted(bag.rglob("*")):
            if path.is_file():
                archive.write(path, f"bag/{path.relative_to(bag).as_posix()}")
        archive.writestr(name, "gotcha")
    assert refused(target, packed).reason == "unsafe_path"
    assert not (tmp_path / "evil.txt").exists()


def test_a_link_in_a_bag_folder_is_refused(bag: Path, target: Archive, tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("private", encoding="utf-8")
    os.symlink(tmp_path / "secret.txt", bag / "data" / "secret.txt")
    assert refused(target, bag).reason == "link"


def test_a_link_in_a_zipped_bag_is_refused(bag: Path, target: Archive, tmp_path: Path) -> None:
    packed = tmp_path / "hostile.zip"
    with zipfile.ZipFile(packed, "w") as archive:
        for path in sorted(bag.rglob("*")):
            if path.is_file():
                archive.write(path, f"bag/{path.relative_to(bag).as_posix()}")
        link = zipfile.ZipInfo("bag/data/passwd")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    assert refused(target, packed).reason == "link"


def test_a_payload_that_does_not_match_its_manifest_is_refused(bag: Path, target: Archive) -> None:
    victim = _payload_file(bag)
    content = bytearray(victim.read_bytes())
    content[-2] ^= 1  # the same size, another checksum
    victim.write_bytes(bytes(content))
    assert refused(target, bag).reason == "checksum_mismatch"


def test_missing_payload_is_refused(bag: Path, target: Archive) -> None:
    _payload_file(bag).unlink()
    assert refused(target, bag).reason == "missing_payload"


def test_a_declared_size_far_above_what_is_there_is_refused(bag: Path, target: Archive) -> None:
    declared = bagit.Bag(str(bag))
    declared.info["Payload-Oxum"] = "900000000000.5000"
    declared.save(manifests=False)  # tag manifests agree: only the size lies
    assert refused(target, bag).reason == "oxum_mismatch"


def test_a_malformed_bag_info_is_refused(bag: Path, target: Archive) -> None:
    with open(bag / "bag-info.txt", "a", encoding="utf-8") as info:
        info.write("this line has no label\n")
    assert refused(target, bag).reason == "malformed_bag_info"


def test_metadata_of_an_unknown_future_version_is_refused(bag: Path, target: Archive) -> None:
    document = next((bag / "data" / "metadata" / "interview").iterdir())
    value = json.loads(document.read_text("utf-8"))
    value["version"] = 2
    document.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    remanifest(bag)
    caught = refused(target, bag)
    assert caught.reason == "unknown_schema" and "version 2" in str(caught)


def test_a_bag_for_an_audience_cannot_be_merged(
    sample: Archive, target: Archive, tmp_path: Path
) -> None:
    stories = export_whole(sample, tmp_path / "public", audience="public")
    assert refused(target, stories).reason == "not_mergeable"


def test_a_bag_not_made_by_this_app_is_refused(target: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "other"
    (folder / "notes").mkdir(parents=True)
    (folder / "notes" / "a.txt").write_text("hello", encoding="utf-8")
    bagit.make_bag(str(folder), checksums=["sha256"])
    assert refused(target, folder).reason == "not_from_this_app"


# -- the BagIt conformance suite, read in place -----------------------------------------------


def _suite(kind: str) -> list[Path]:
    return sorted(SUITE.glob(f"v*/{kind}/*")) if SUITE.is_dir() else []


needs_suite = pytest.mark.skipif(
    not SUITE.is_dir(), reason=f"the BagIt conformance suite is not at {SUITE} on this machine"
)


def _opens(path: Path) -> bool:
    try:
        with opened_bag(path):
            return True
    except HostileBag:
        return False


@needs_suite
@pytest.mark.parametrize("path", _suite("valid"), ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_every_valid_bag_of_the_suite_opens_and_is_then_refused_as_not_ours(
    path: Path, target: Archive
) -> None:
    assert _opens(path)
    assert refused(target, path).reason == "not_from_this_app"


@needs_suite
@pytest.mark.parametrize(
    "path",
    _suite("invalid") + _suite("linux-only"),
    ids=lambda p: f"{p.parent.parent.name}/{p.name}",
)
def test_every_invalid_bag_of_the_suite_is_refused(path: Path) -> None:
    assert not _opens(path)


@needs_suite
@pytest.mark.parametrize(
    "path", _suite("warning"), ids=lambda p: f"{p.parent.parent.name}/{p.name}"
)
def test_a_warning_bag_of_the_suite_gets_the_bagit_librarys_verdict(path: Path) -> None:
    # some of these bags, as copied here, lack files their manifests list (a .DS_Store, a name
    # differing only in case): the library refuses those, and so do we
    assert _opens(path) == bagit.Bag(str(path)).is_valid()


# -- merging ------------------------------------------------------------------------------------


def test_a_bag_merged_twice_changes_nothing_the_second_time(bag: Path, target: Archive) -> None:
    first = import_bag(target, bag)
    assert first.added > 0
    after = (catalogue(target), links(target), media_hashes(target))
    second = import_bag(target, bag)
    assert (second.added, second.updated, second.conflicts) == (0, 0, [])
    assert (catalogue(target), links(target), media_hashes(target)) == after


def test_a_zipped_bag_merges_like_a_folder(sample: Archive, tmp_path: Path) -> None:
    packed = export_whole(sample, tmp_path / "bag.zip", as_zip=True)
    folder = export_whole(sample, tmp_path / "folder")
    one, two = Archive.create(tmp_path / "one"), Archive.create(tmp_path / "two")
    try:
        import_bag(one, packed)
        import_bag(two, folder)
        assert catalogue(one) == catalogue(two) == catalogue(sample)
    finally:
        one.close()
        two.close()


Step = Callable[[Archive], None]


def _merged(bags: list[Path], folder: Path) -> Archive:
    archive = Archive.create(folder)
    for bag in bags:
        import_bag(archive, bag)
    return archive


@pytest.mark.timeout(300)
def test_three_interviewers_merge_to_the_expected_union_in_any_order(
    sample: Archive, tmp_path: Path
) -> None:
    from archive_app.core import audit
    from archive_app.core.edits import history
    from tests.exchange.interviewers import make_interviewers

    bags = make_interviewers(sample, tmp_path / "made")
    one = _merged([bags["a"], bags["b"], bags["c"]], tmp_path / "abc")
    two = _merged([bags["c"], bags["b"], bags["a"]], tmp_path / "cba")
    try:
        assert catalogue(one) == catalogue(two)
        assert links(one) == links(two)
        assert media_hashes(one) == media_hashes(two)
        titles = {r[0] for r in one.db.execute("SELECT title FROM interview")}
        assert {"外婆的一天（乙）", "甲的新访谈"} <= titles
        assert "外婆的一天（甲）" not in titles
        assert one.db.execute("SELECT count(*) FROM interview").fetchone()[0] == (
            sample.db.execute("SELECT count(*) FROM interview").fetchone()[0] + 2
        )
        assert one.db.execute("SELECT 1 FROM interview WHERE summary = '乙写的摘要'").fetchone()
        assert one.db.execute("SELECT 1 FROM tag WHERE name = '乙的标签'").fetchone()
        assert one.db.execute("SELECT 1 FROM collection WHERE name = '丙的合集'").fetchone()
        assert one.db.execute(
            "SELECT 1 FROM recording WHERE original_name = '丙的录音.wav'"
        ).fetchone()
        withdrawn = one.db.execute(
            "SELECT count(*) FROM consent WHERE withdrawal_reason = 'asked by phone'"
        ).fetchone()[0]
        assert withdrawn == 1
        embargoed = [
            tuple(r)
            for r in one.db.execute(
                "SELECT withdrawn_on FROM consent WHERE embargo_until = '2099-01-01'"
            )
        ]
        assert embargoed == [(None,)]  # B's embargo stands, as B recorded it
        # the losing title is kept in the interview's history
        set_aside = [e for e in audit.entries(one.db) if e["action"] == "merge.set_aside"]
        assert any(e["details"]["set_aside"].get("title") == "外婆的一天（甲）" for e in set_aside)
        # and in its history, whichever side arrived first: A's title as one set aside for B's
        for merged in (one, two):
            (interview,) = merged.db.execute(
                "SELECT id FROM interview WHERE title = '外婆的一天（乙）'"
            ).fetchone()
            titles_changed = [
                (item.before, item.after)
                for entry in history.of_record(merged.db, interview)
                if entry.operation == "merge"
                for item in entry.items
                if item.field == "title"
            ]
            assert ("外婆的一天（甲）", "外婆的一天（乙）") in titles_changed
            assert titles_changed[-1][1] == "外婆的一天（乙）"
            assert history.disagreements(merged.db) == []
        for bag in bags.values():  # merging any of them again changes nothing
            again = import_bag(one, bag)
            assert (again.added, again.updated) == (0, 0)
        assert catalogue(one) == catalogue(two)
    finally:
        one.close()
        two.close()


def test_a_conflict_is_reported_with_the_version_kept(sample: Archive, tmp_path: Path) -> None:
    from archive_app.core import edits

    base = export_whole(sample, tmp_path / "base")
    mine = Archive.create(tmp_path / "mine")
    import_bag(mine, base)
    interview = str(mine.db.execute("SELECT id FROM interview ORDER BY id").fetchone()[0])
    with sample.transaction() as db:
        edits.run(db, edits.SetFields("interview", interview, {"title": "他们改的"}))
    theirs = export_whole(sample, tmp_path / "theirs")
    with mine.transaction() as db:
        edits.run(db, edits.SetFields("interview", interview, {"title": "我后来改的"}))
    try:
        report = import_bag(mine, theirs)
        assert report.conflicts == [
            {
                "id": interview,
                "kind": "interview",
                "kept": "archive",
                "fields": ["title", "updated_at"],
            }
        ]
        assert (
            mine.db.execute("SELECT title FROM interview WHERE id = ?", [interview]).fetchone()[0]
            == "我后来改的"
        )
        # their title, set aside, is in the interview's history, and can be put back from it
        merged = edits.history.of_record(mine.db, interview)[-1]
        assert merged.operation == "merge"
        assert [(i.field, i.before, i.after) for i in merged.items] == [
            ("title", "他们改的", "我后来改的")
        ]
        assert edits.history.disagreements(mine.db) == []
        again = import_bag(mine, theirs)  # the same bag again: nothing new in the history
        assert again.conflicts == report.conflicts
        assert edits.history.of_record(mine.db, interview)[-1].id == merged.id
        with mine.transaction() as db:
            edits.history.revert(db, merged.id)
        assert (
            mine.db.execute("SELECT title FROM interview WHERE id = ?", [interview]).fetchone()[0]
            == "他们改的"
        )
    finally:
        mine.close()


def test_the_same_file_under_another_id_is_not_stored_twice(tmp_path: Path) -> None:
    from tests.exchange.interviewers import _tone

    _tone(tmp_path / "同一个录音.wav", 3)
    from archive_app.core.ingest import ingest

    first, second = Archive.create(tmp_path / "first"), Archive.create(tmp_path / "second")
    try:
        ingest(first, [tmp_path / "同一个录音.wav"], workers=1)
        ingest(second, [tmp_path / "同一个录音.wav"], workers=1)
        theirs = export_whole(second, tmp_path / "theirs")
        import_bag(first, theirs)
        assert first.db.execute("SELECT count(*) FROM recording").fetchone()[0] == 1
        assert first.db.execute("SELECT count(*) FROM media_file").fetchone()[0] == 1
        assert len(media_hashes(first)) == 1
        again = import_bag(first, theirs)
        assert (again.added, again.updated) == (0, 0)
    finally:
        first.close()
        second.close()


def test_a_tag_of_the_same_name_is_one_tag_with_both_sides_items(tmp_path: Path) -> None:
    from archive_app.core import edits, interviews

    mine, theirs = Archive.create(tmp_path / "mine"), Archive.create(tmp_path / "theirs")
    try:
        with mine.transaction() as db:
            edits.run(db, edits.tag(interviews.add_interview(db, "我的"), "春节"))
        with theirs.transaction() as db:
            edits.run(db, edits.tag(interviews.add_interview(db, "他们的"), "春节"))
        import_bag(mine, export_whole(theirs, tmp_path / "bag"))
        assert mine.db.execute("SELECT count(*) FROM tag").fetchone()[0] == 1
        assert mine.db.execute("SELECT count(*) FROM item_tag").fetchone()[0] == 2
        again = import_bag(mine, tmp_path / "bag")
        assert (again.added, again.updated) == (0, 0)
    finally:
        mine.close()
        theirs.close()
