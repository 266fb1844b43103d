"""`consent add|withdraw|list|due`, `access` and `audit` from a terminal, with and without --json."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import archive_app.cli as cli


def run(capsys: pytest.CaptureFixture[str], root: Path, *argv: str) -> tuple[int, Any, str, str]:
    status = cli.main(["--archive", str(root), *argv])
    captured = capsys.readouterr()
    document = json.loads(captured.out) if "--json" in argv and status == 0 else None
    return status, document, captured.out, captured.err


def new_id(capsys: pytest.CaptureFixture[str], root: Path, *argv: str) -> str:
    status, document, _, err = run(capsys, root, *argv, "--json")
    assert status == 0, err
    assert isinstance(document, dict)
    return str(document["id"])


@pytest.fixture
def story(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str, str, str]:
    """An archive with a ten-year-old narrating an interview, and her grandmother."""
    root = tmp_path / "archive"
    assert run(capsys, root, "init")[0] == 0
    girl = new_id(capsys, root, "person", "add", "--name", "小红", "--born", "2014-03-02")
    grandma = new_id(capsys, root, "person", "add", "--name", "王奶奶", "--born", "1950")
    interview = new_id(
        capsys, root, "interview", "add", "--title", "奶奶和我", "--date", "2024-05-01"
    )
    assert run(capsys, root, "link", interview, girl, "--as", "narrator")[0] == 0
    return root, girl, grandma, interview


def test_consent_add_then_access_per_audience(
    story: tuple[Path, str, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    root, girl, grandma, interview = story
    _, answers, _, _ = run(capsys, root, "access", interview, "--json")
    assert [(a["audience"], a["allowed"]) for a in answers] == [
        ("curator", True),
        ("family", False),
        ("research", False),
        ("public", False),
    ]
    assert answers[1]["reasons"] == [
        {"person_id": girl, "person_name": "小红", "rule": "no_consent", "detail": ""}
    ]
    consent = new_id(
        capsys,
        root,
        "consent",
        "add",
        girl,
        "--date",
        "2024-05-01",
        "--audiences",
        "family,research",
        "--guardian",
        grandma,
        "--relationship",
        "grandmother",
        "--assent",
        "yes",
    )
    _, answer, _, _ = run(capsys, root, "access", interview, "--audience", "family", "--json")
    assert answer["allowed"] is True and answer["reasons"] == []
    assert answer["closed_ranges"] == []  # nothing of it is closed
    _, answer, _, _ = run(capsys, root, "access", interview, "--audience", "public", "--json")
    assert answer["allowed"] is False
    assert [r["rule"] for r in answer["reasons"]] == ["audience_not_granted"]
    _, before, _, _ = run(
        capsys, root, "access", interview, "--audience", "family", "--on", "2024-04-30", "--json"
    )
    assert before["allowed"] is False

    _, listed, _, _ = run(capsys, root, "consent", "list", "--person", girl, "--json")
    assert [
        (c["id"], c["given_by"], c["guardian_id"], c["assent"], c["audiences"]) for c in listed
    ] == [(consent, "guardian", grandma, "yes", ["family", "research"])]
    status, _, out, _ = run(capsys, root, "access", interview)
    assert status == 0 and "family: open" in out and "public: closed" in out


def test_a_withdrawal_closes_access_and_shows_in_the_list_and_the_log(
    story: tuple[Path, str, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    root, girl, grandma, interview = story
    consent = new_id(
        capsys,
        root,
        "consent",
        "add",
        girl,
        "--date",
        "2024-05-01",
        "--audiences",
        "family",
        "--by",
        "guardian",
        "--guardian-name",
        "王奶奶",
        "--assent",
        "yes",
    )
    today = date.today().isoformat()
    status, document, _, _ = run(
        capsys,
        root,
        "consent",
        "withdraw",
        consent,
        "--date",
        today,
        "--reason",
        "搬家了",
        "--json",
    )
    assert status == 0
    assert document == {"id": consent, "withdrawn_on": today, "reason": "搬家了"}
    _, answer, _, _ = run(capsys, root, "access", interview, "--audience", "family", "--json")
    assert [r["rule"] for r in answer["reasons"]] == ["withdrawn"]
    _, listed, _, _ = run(capsys, root, "consent", "list", "--json")
    assert listed[0]["withdrawn_on"] == today
    _, log, _, _ = run(capsys, root, "audit", "--json")
    assert [e["action"] for e in log if e["item_id"] == consent] == [
        "consent.add",
        "consent.withdraw",
    ]
    status, _, _, err = run(
        capsys, root, "consent", "withdraw", consent, "--date", today, "--reason", "again"
    )
    assert status == 2 and "already withdrawn" in err


def test_bad_input_is_explained_not_recorded(
    story: tuple[Path, str, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    root, girl, _, interview = story
    status, _, _, err = run(
        capsys, root, "consent", "add", girl, "--date", "2024-5-1", "--audiences", "family"
    )
    assert status == 2 and "YYYY-MM-DD" in err
    status, _, _, err = run(
        capsys, root, "consent", "add", girl, "--date", "2024-05-01", "--audiences", "everyone"
    )
    assert status == 2 and "everyone" in err
    status, _, _, err = run(capsys, root, "access", girl)
    assert status == 2 and "interview or photo" in err
    _, listed, _, _ = run(capsys, root, "consent", "list", "--json")
    assert listed == []


def test_consent_due_lists_renewals_and_missing_forms(
    story: tuple[Path, str, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    root, girl, grandma, interview = story
    consent = new_id(
        capsys,
        root,
        "consent",
        "add",
        girl,
        "--date",
        "2024-05-01",
        "--audiences",
        "family",
        "--guardian",
        grandma,
        "--assent",
        "yes",
    )
    _, owed, _, _ = run(capsys, root, "consent", "due", "--on", "2032-12-31", "--json")
    assert owed["renewals"] == [
        {
            "person_id": girl,
            "person_name": "小红",
            "adult_from": "2032-03-02",
            "consent_ids": [consent],
        }
    ]
    assert [f["consent_id"] for f in owed["forms_missing"]] == [consent]
    assert owed["birth_dates_unknown"] == []
    _, owed, _, _ = run(capsys, root, "consent", "due", "--on", "2030-01-01", "--json")
    assert owed["renewals"] == []
    status, _, out, _ = run(capsys, root, "consent", "due", "--on", "2032-12-31")
    assert status == 0 and "renewals due (1)" in out and "小红" in out
