"""The README's examples of the command run as written after the quick start (which built the
sample archive and made the virtual environment in ``.venv``)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def command_examples() -> str:
    """The shell blocks of the README's section on the command, in order."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The command", 1)[1].split("\n## ", 1)[0]
    return "\n".join(re.findall(r"```sh\n(.*?)```", section, re.S))


@pytest.mark.timeout(300)
def test_the_examples_run_as_written_in_a_fresh_clone(tmp_path: Path) -> None:
    script = command_examples()
    assert script.startswith("source .venv/bin/activate")
    assert "archive-app --archive MyArchive link" in script
    clone = tmp_path / "clone"
    clone.mkdir()
    (clone / ".venv").symlink_to(Path(sys.prefix))  # what quickstart made
    (clone / "resources").symlink_to(ROOT / "resources")
    env = {
        "PATH": "/usr/bin:/bin",  # nothing of ours on it until the README activates .venv
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    built = subprocess.run(
        [sys.executable, "-m", "archive_app", "--archive", "sample-archive", "demo"],
        cwd=clone,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr
    ran = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert ran.returncode == 0, ran.stderr
    assert "外婆的春节" in ran.stdout and '"title": "外婆的春节"' in ran.stdout
    assert "[[春节]]" in ran.stdout
    assert "OK:" in ran.stdout  # the check at the end
    assert ran.stderr == ""
