"""The house rules hold for every change: ruff's lint and format, ``mypy --strict`` on core and
exchange, and mypy on the app's windows. Part of the one test command, so that the README's
command and CI check the same things; each tool is run through this Python, never ``PATH``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

CHECKS = {
    "ruff check": ["ruff", "check", "."],
    "ruff format": ["ruff", "format", "--check", "."],
    "mypy strict on core and exchange": [
        "mypy",
        "--strict",
        "archive_app/core",
        "archive_app/exchange",
    ],
    "mypy on the app": ["mypy", "archive_app/ui"],
}


@pytest.mark.timeout(900)  # mypy's first run, without a cache, on a busy machine
@pytest.mark.parametrize("check", list(CHECKS))
def test_the_house_rules_hold(check: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", *CHECKS[check]],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"{check} found problems:\n{done.stdout}{done.stderr}"
