"""The smoke run packagers and CI use to check a built app: it passes on a working app and
fails, saying why, when a step finds nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from archive_app.cli import main
from archive_app.ui import smoke

SMOKE_FILES = Path(__file__).resolve().parents[2] / "packaging" / "smoke"


@pytest.fixture(autouse=True)
def _prompt_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    """A step that never finishes fails the run well inside the test's time limit, naming it."""
    monkeypatch.setattr(smoke, "STEP_LIMIT_S", 60.0)


def _steps(out: str) -> dict[str, dict[str, Any]]:
    return {line["step"]: line for line in map(json.loads, out.splitlines()) if line}


@pytest.mark.timeout(180)
def test_the_smoke_run_opens_imports_and_searches(
    qtbot: Any, archive_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "--archive",
            str(archive_path),
            "smoke",
            "--import",
            str(SMOKE_FILES),
            "--search",
            "槐樹",
            "--search",
            "huaishu",
        ]
    )
    steps = _steps(capsys.readouterr().out)
    assert code == 0, steps
    assert steps["window"]["title"].startswith("village-archive")
    # two recordings, a transcript, a JPEG and a HEIC photo (read by pi-heif)
    assert steps["import"]["counts"] == {"imported": 5}
    assert steps["search"]["hits"] >= 1  # the last search (pinyin) found the imported interview
    assert steps["media"]["decodes"] and steps["media"]["film_encoders"] == ["libx264", "aac"]
    assert set(steps["languages"]["loaded"]) == {"zh_CN", "zh_TW", "en"}
    assert steps["passphrase"]["hash"] == "argon2id"
    assert "done" in steps


def test_a_search_that_finds_nothing_fails_the_smoke_run(
    qtbot: Any, archive_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--archive", str(archive_path), "smoke", "--search", "zzqqxx"])
    steps = _steps(capsys.readouterr().out)
    assert code == 1
    assert steps["failed"]["reason"] == "search 'zzqqxx' found nothing"


def test_a_missing_archive_fails_the_smoke_run_without_making_one(
    qtbot: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    from archive_app.ui.launch import AppController

    told: list[str] = []
    monkeypatch.setattr(AppController, "_tell", lambda self, sentence: told.append(sentence))
    code = main(["--archive", str(tmp_path / "nowhere"), "smoke"])
    assert code == 1
    assert "is not there any more" in told[0]
    assert not (tmp_path / "nowhere").exists()
    assert "could not open" in _steps(capsys.readouterr().out)["failed"]["reason"]


def test_the_smoke_command_is_left_out_of_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "smoke" not in capsys.readouterr().out
