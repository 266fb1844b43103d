"""Keep the app's translations in step with its source code.

    python resources/translations/build.py update    # collect new strings into the .ts files
    python resources/translations/build.py release   # turn every .ts into its .qm

``update`` runs ``pyside6-lupdate`` over ``archive_app/ui`` (every module, the player's too) and
``archive_app/cli`` (the command's texts, under the unnamed context, and argparse's own words under
``argparse``) and keeps what translators already wrote; new strings arrive marked unfinished, to
be translated in Qt Linguist or by hand. ``release`` runs ``pyside6-lrelease``; the .qm files are committed beside
their sources and a test checks that they match.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CATALOGUE = "hometown_voices"
LANGUAGES = ("zh_CN", "zh_TW", "en")


def qt_tool(name: str) -> str:
    """The path of one of Qt's tools (``lrelease``, ``lupdate``) shipped inside PySide6.

    Found through the installed package, never through ``PATH``: a fresh virtual environment
    that nobody activated has no ``pyside6-*`` commands on it.
    """
    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return str(candidate)
    raise FileNotFoundError(f"Qt's {name} is not in the installed PySide6 at {folder}")


def ts_files() -> list[Path]:
    return [HERE / f"{CATALOGUE}_{language}.ts" for language in LANGUAGES]


#: the packages whose texts are translated: the desktop app and the command
SOURCE_PACKAGES = ("ui", "cli")
#: and the words of the catalogue's codes, which both say
SOURCE_MODULES = ("core/words.py",)


def sources() -> list[Path]:
    return sorted(
        [
            path
            for package in SOURCE_PACKAGES
            for path in (ROOT / "archive_app" / package).rglob("*.py")
        ]
        + [ROOT / "archive_app" / module for module in SOURCE_MODULES]
    )


def update() -> None:
    for ts in ts_files():
        subprocess.run(
            [
                qt_tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *map(str, sources()),
                "-ts",
                str(ts),
            ],
            check=True,
        )


def release(target: Path = HERE) -> list[Path]:
    """Write one .qm per .ts into ``target``; return their paths."""
    made = []
    for ts in ts_files():
        qm = target / ts.with_suffix(".qm").name
        subprocess.run(
            [qt_tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True
        )
        made.append(qm)
    return made


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "release":
        release()
    else:
        print(__doc__)
        raise SystemExit(2)
