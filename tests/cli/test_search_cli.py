"""``archive-app search`` and ``archive-app reindex`` as a script or a person at a terminal uses them."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from archive_app.cli import search_commands
from archive_app.cli.context import CommandContext
from archive_app.core import sections
from archive_app.core.archive import Archive
from tests.core.search_fixtures import Story, add_segments, build_story


def run(archive_path: Path, *argv: str) -> str:
    """Run one command the way ``archive-app`` does and return what it printed."""
    parser = argparse.ArgumentParser(prog="archive-app")
    parser.add_argument("--archive")
    parser.add_argument("--json", action="store_true")
    search_commands.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["--archive", str(archive_path), *argv])
    out = io.StringIO()
    ctx = CommandContext(args, out=out)
    try:
        assert args.run(ctx) == 0
    finally:
        ctx.close()
    return out.getvalue()


def make_story(tmp_path: Path) -> tuple[Path, Story]:
    root = tmp_path / "archive"
    with Archive.create(root) as archive:
        story = build_story(archive)
    return root, story


def test_search_prints_one_json_document_with_the_given_fields(tmp_path: Path) -> None:
    root, story = make_story(tmp_path)
    printed = json.loads(run(root, "--json", "search", "留守兒童", "--kind", "transcript"))
    assert set(printed) == {"total", "hits", "facets"}
    assert printed["total"] == 1
    [hit] = printed["hits"]
    assert set(hit) == {"id", "kind", "interview_id", "title", "snippet", "start_s", "score"}
    assert hit["id"] == story.segments["left_behind"]
    assert hit["kind"] == "segment" and hit["start_s"] == 0.0
    assert "[[留守兒童]]" in hit["snippet"]
    assert printed["facets"]["kind"] == {"segment": 1}


def test_search_finds_what_was_just_saved(tmp_path: Path) -> None:
    root, story = make_story(tmp_path)
    run(root, "search", "户口")  # builds the index
    with Archive.open(root) as archive:
        add_segments(archive, story.interviews["sichuan"], ["爸爸的金山伯"])
    printed = json.loads(run(root, "--json", "search", "jinshanbo"))
    assert printed["total"] == 1


def test_search_in_an_archive_open_elsewhere_reads_the_index(tmp_path: Path) -> None:
    root, _ = make_story(tmp_path)
    run(root, "reindex")
    with Archive.open(root):  # holds the writer lock, as the desktop app would
        printed = json.loads(run(root, "--json", "search", "户口", "--limit", "1"))
    assert printed["total"] == 3
    assert len(printed["hits"]) == 1


def test_search_for_the_public_passes_the_consent_gate(tmp_path: Path) -> None:
    root, _ = make_story(tmp_path)
    printed = json.loads(run(root, "--json", "search", "户口", "--audience", "public"))
    assert printed["total"] == 0  # nobody has consented to anything yet


def test_search_reads_well_at_a_terminal(tmp_path: Path) -> None:
    root, _ = make_story(tmp_path)
    printed = run(root, "search", "西安")
    assert printed.splitlines()[0] == "1 found"
    assert "[segment] 梅家村的奶奶  at 1:02" in printed  # the sixth segment, at 62.5 s
    assert "爸爸后来去了[[西安]]打工。" in printed


def test_a_section_hit_carries_where_to_play_from(tmp_path: Path) -> None:
    root, story = make_story(tmp_path)
    with Archive.open(root) as archive, archive.transaction() as db:
        section = sections.add_section(db, story.interviews["taishan"], 75.0, "爷爷的侨批")
    printed = json.loads(run(root, "--json", "search", "僑批", "--kind", "section"))
    assert printed["total"] == 1
    [hit] = printed["hits"]
    assert (hit["id"], hit["kind"], hit["interview_id"], hit["start_s"]) == (
        section, "section", story.interviews["taishan"], 75.0,
    )  # fmt: skip
    assert printed["facets"]["kind"] == {"section": 1}
    assert "[section] 爷爷的侨批  at 1:15" in run(root, "search", "qiaopi", "--kind", "section")


def test_reindex_reports_how_many_documents(tmp_path: Path) -> None:
    root, _ = make_story(tmp_path)
    printed = json.loads(run(root, "--json", "reindex"))
    # 10 segments, 2 interviews, 1 photo, 2 people, 7 places
    assert printed == {"documents": 22}


def test_a_leading_minus_word_is_a_word_to_leave_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from archive_app.cli import main

    root, story = make_story(tmp_path)
    assert main(["--archive", str(root), "--json", "search", "户口", "-深圳", "-奶奶"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert [h["id"] for h in printed["hits"]] == [story.segments["sichuan_hukou"]]
    assert main(["--archive", str(root), "--json", "search", "-留守", "--kind", "segment"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["total"] == 10 - 2  # every passage but the two saying 留守
    found = {h["id"] for h in printed["hits"]}
    assert not found & {story.segments["left_behind"], story.segments["decoy_scattered"]}


def test_a_runaway_query_gets_one_clear_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from archive_app.cli import main

    root, _ = make_story(tmp_path)
    assert main(["--archive", str(root), "search", "(" * 400 + "户口"]) == 2
    said = capsys.readouterr()
    assert "Traceback" not in said.err and said.out == ""
    assert said.err.startswith("archive-app: query ") and "at most" in said.err
    assert main(["--archive", str(root), "search", "户口", "--from", "lastyear"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_filters_as_options_and_an_empty_query(tmp_path: Path) -> None:
    root, story = make_story(tmp_path)
    printed = json.loads(run(root, "--json", "search", "户口", "--from", "2020", "--to", "2022"))
    assert [h["id"] for h in printed["hits"]] == [story.segments["sichuan_hukou"]]
    printed = json.loads(run(root, "--json", "search", "--speaker", "奶奶", "--year", "2021"))
    assert printed["total"] == 2 and set(printed["facets"]["speaker"]) == {"奶奶"}
    assert json.loads(run(root, "--json", "search", "，。"))["total"] == 0
    assert run(root, "search", "AND").splitlines()[0] == "0 found"
