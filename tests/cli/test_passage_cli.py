"""`consent close-passage|open-passage|passages` and the passages in `access --json`."""

from __future__ import annotations

import json
import math
import struct
import wave
from pathlib import Path
from typing import Any

import pytest

import archive_app.cli as cli


def run(capsys: pytest.CaptureFixture[str], root: Path, *argv: str) -> tuple[int, Any, str, str]:
    status = cli.main(["--archive", str(root), *argv])
    captured = capsys.readouterr()
    document = json.loads(captured.out) if "--json" in argv and status == 0 else None
    return status, document, captured.out, captured.err


def _wav(path: Path, seconds: float, rate: int = 8000) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(
            b"".join(
                struct.pack("<h", int(3000 * math.sin(2 * math.pi * 330 * i / rate)))
                for i in range(int(seconds * rate))
            )
        )


@pytest.fixture
def story(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str, str, str]:
    """A consented interview with a five-minute recording and a transcript."""
    root = tmp_path / "archive"
    files = tmp_path / "phone"
    files.mkdir()
    _wav(files / "外婆 2024-02-10.wav", 300.0)
    (files / "外婆 2024-02-10.srt").write_text(
        "1\n00:03:00,000 --> 00:03:10,000\n那年春节他们回来了\n\n"
        "2\n00:03:25,000 --> 00:03:40,000\n儿子和媳妇离了婚\n\n"
        "3\n00:04:10,000 --> 00:04:20,000\n后来我们去赶集\n\n",
        encoding="utf-8",
    )
    assert run(capsys, root, "init")[0] == 0
    assert run(capsys, root, "import", str(files))[0] == 0
    _, found, _, _ = run(capsys, root, "list", "recordings", "--json")
    recording, interview = found[0]["id"], found[0]["interview_id"]
    _, person, _, _ = run(capsys, root, "person", "add", "--name", "李桂兰", "--json")
    assert run(capsys, root, "link", interview, person["id"], "--as", "narrator")[0] == 0
    consent = ("consent", "add", person["id"], "--date", "2024-02-10")
    assert run(capsys, root, *consent, "--audiences", "family,research,public")[0] == 0
    return root, recording, interview, person["id"]


def test_a_closed_passage_shows_in_access_and_opens_again(
    story: tuple[Path, str, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    root, recording, interview, person = story
    status, closed, _, err = run(
        capsys,
        root,
        "consent",
        "close-passage",
        recording[:8],
        "--from",
        "00:03:20",
        "--to",
        "4:05",
        "--audiences",
        "family,public",
        "--person",
        person[:8],
        "--reason",
        "儿子离婚的事",
        "--date",
        "2025-01-05",
        "--json",
    )
    assert status == 0, err
    assert (closed["start_s"], closed["end_s"], closed["audiences"]) == (
        200.0,
        245.0,
        ["family", "public"],
    )
    passage = closed["id"]
    _, family, _, _ = run(capsys, root, "access", interview, "--audience", "family", "--json")
    assert family["allowed"] is True
    assert family["closed_ranges"] == [[200.0, 245.0]]
    assert [p["id"] for p in family["closed_passages"]] == [passage]
    assert len(family["closed_segments"]) == 1  # 3:25-3:40; not 3:00-3:10 nor 4:10-4:20
    _, research, _, _ = run(capsys, root, "access", interview, "--audience", "research", "--json")
    assert research["closed_ranges"] == []
    _, every, out, _ = run(capsys, root, "access", interview, "--json")
    assert [a["closed_ranges"] for a in every] == [[], [[200.0, 245.0]], [], [[200.0, 245.0]]]
    status, _, out, _ = run(capsys, root, "access", interview)
    assert "0:03:20-0:04:05" in out

    _, listed, _, _ = run(capsys, root, "consent", "passages", "--interview", interview, "--json")
    assert [(p["id"], p["reason"], p["opened_on"]) for p in listed] == [
        (passage, "儿子离婚的事", None)
    ]
    status, _, out, _ = run(capsys, root, "consent", "passages")
    assert status == 0 and "0:03:20-0:04:05" in out and "李桂兰" in out

    status, opened, _, err = run(
        capsys, root, "consent", "open-passage", passage[:8], "--reason", "她同意了", "--json"
    )
    assert status == 0, err
    assert opened["opening_reason"] == "她同意了"
    _, family, _, _ = run(capsys, root, "access", interview, "--audience", "family", "--json")
    assert family["closed_ranges"] == []
    _, log, _, _ = run(capsys, root, "audit", "--item", passage, "--json")
    assert [e["action"] for e in log] == ["passage.close", "passage.open"]
    status, _, _, err = run(capsys, root, "consent", "open-passage", passage)
    assert status != 0 and "already opened" in err


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"--from": "3 minutes"}, "00:03:20"),
        ({"--to": "00:03:00"}, "after the start"),
        ({"--audiences": "curator"}, "family, research, public"),
        ({"--reason": " "}, "reason"),
    ],
)
def test_bad_passages_are_refused_with_a_reason_and_nothing_changes(
    story: tuple[Path, str, str, str],
    capsys: pytest.CaptureFixture[str],
    change: dict[str, str],
    said: str,
) -> None:
    root, recording, _interview, person = story
    options = {
        "--from": "00:03:20",
        "--to": "00:04:05",
        "--audiences": "family",
        "--person": person,
        "--reason": "私事",
        **change,
    }
    argv = [word for pair in options.items() for word in pair]
    status, _, _, err = run(capsys, root, "consent", "close-passage", recording, *argv)
    assert status != 0 and said in err and "Traceback" not in err
    _, listed, _, _ = run(capsys, root, "consent", "passages", "--json")
    assert listed == []
