"""The frozen app finds its resources (translations, styles, icons, the sample's sources) in
the bundle's own layout, on each system, and says plainly where it looked when they are gone."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from archive_app import resources


def _resources(folder: Path) -> Path:
    (folder / "translations").mkdir(parents=True)
    return folder


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A process that looks like PyInstaller's: ``sys.frozen`` set, the executable in a bundle
    folder and no source checkout around ``archive_app``."""
    bundle = tmp_path / "hometown-voices"
    executable = bundle / "archive-app"
    bundle.mkdir()
    executable.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    return bundle


def _module_file(tmp_path: Path) -> str:
    """Where archive_app/resources.py sits in a frozen build: inside the bundle's archive."""
    return str(tmp_path / "archive" / "archive_app" / "resources.py")


def test_a_pyinstaller_folder_build_finds_resources_under_meipass(
    frozen: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    inside = _resources(frozen / "_internal" / "resources")
    monkeypatch.setattr(sys, "_MEIPASS", str(frozen / "_internal"), raising=False)
    assert resources.locate(_module_file(tmp_path)) == inside


def test_a_macos_app_finds_resources_in_its_frameworks_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    contents = tmp_path / "Hometown Voices.app" / "Contents"
    (contents / "MacOS").mkdir(parents=True)
    (contents / "MacOS" / "archive-app").write_bytes(b"")
    # PyInstaller puts data in Contents/Resources and links it from Contents/Frameworks
    inside = _resources(contents / "Resources" / "resources")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(contents / "MacOS" / "archive-app"))
    monkeypatch.setattr(sys, "_MEIPASS", str(contents / "Frameworks"), raising=False)
    assert resources.locate(_module_file(tmp_path)) == inside


def test_a_standalone_build_keeps_resources_beside_its_executable(
    frozen: Path, tmp_path: Path
) -> None:
    inside = _resources(frozen / "resources")  # Nuitka's (pyside6-deploy's) layout
    assert resources.locate(_module_file(tmp_path)) == inside


def test_a_stray_empty_folder_named_resources_is_not_taken(
    frozen: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (frozen / "_internal" / "resources").mkdir(parents=True)  # no translations in it
    monkeypatch.setattr(sys, "_MEIPASS", str(frozen / "_internal"), raising=False)
    inside = _resources(frozen / "resources")
    assert resources.locate(_module_file(tmp_path)) == inside


def test_missing_resources_name_every_place_looked(
    frozen: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(frozen / "_internal"), raising=False)
    monkeypatch.setitem(sys.modules, "archive_app_resources", None)  # not installed either
    with pytest.raises(FileNotFoundError) as raised:
        resources.locate(_module_file(tmp_path))
    said = str(raised.value)
    assert str(frozen / "_internal" / "resources") in said
    assert str(frozen / "resources") in said


def test_a_source_checkout_uses_the_repository_folder() -> None:
    here = Path(resources.__file__).resolve().parents[1] / "resources"
    assert resources.locate() == here
    assert (resources.resources_dir() / "translations" / "hometown_voices_zh_CN.qm").is_file()
