"""Where the app's resources (translations, styles, icons, the sample archive's sources) are.

- A source checkout or an editable install: the repository's ``resources/`` folder.
- A frozen build: ``resources/`` inside the bundle. PyInstaller unpacks its one-folder build
  with ``sys._MEIPASS`` pointing at the folder that holds the libraries (``_internal`` beside
  the executable on Linux and Windows, ``Contents/Frameworks`` in a macOS ``.app``); a
  standalone build made by Nuitka (``pyside6-deploy``) keeps data beside its executable.
- A wheel: the package ``archive_app_resources``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

#: a folder every resources directory has, used to tell a real one from a stray folder
MARKER = "translations"


def candidates(module_file: str | None = None) -> list[Path]:
    """The folders that may hold the resources, most specific first."""
    found: list[Path] = []
    if getattr(sys, "frozen", False) or hasattr(sys, "_MEIPASS"):
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle:
            found.append(Path(bundle) / "resources")
        executable = Path(sys.executable).resolve().parent
        found.append(executable / "resources")
        found.append(executable.parent / "Resources" / "resources")  # macOS .app
    found.append(Path(module_file or __file__).resolve().parents[1] / "resources")
    return found


def locate(module_file: str | None = None) -> Path:
    """The first candidate that holds resources; raises FileNotFoundError naming them all."""
    tried = candidates(module_file)
    for folder in tried:
        if (folder / MARKER).is_dir():
            return folder
    try:
        import archive_app_resources
    except ImportError:
        raise FileNotFoundError(
            "the app's resources are missing; looked in " + ", ".join(map(str, tried))
        ) from None
    return Path(archive_app_resources.__file__).resolve().parent


@cache
def resources_dir() -> Path:
    return locate()
