"""Replaces the video encoders PyAV's FFmpeg carries but the app never uses by small stand-ins.

    python packaging/linux/stand_in_encoders.py FOLDER

FOLDER holds PyAV as installed: ``av/`` and ``av.libs/`` (the frozen app's ``_internal``, or a
copy of site-packages). PyAV's FFmpeg is linked with x265 (HEVC) and SVT-AV1 (AV1) for their
encoders: 28 MB that make no story film (those are H.264, through x264) and that no input can
reach (they encode, never decode). Each is replaced by a library of our own
(``packaging/linux/stand-ins/*.c``) with the same file name and soname, so FFmpeg loads as
before, whose functions refuse: opening that encoder fails with FFmpeg's own error. Qt does the
same for the FFmpeg it ships (``libQt6FFmpegStub-*``).

A stand-in goes in only when it defines every symbol that PyAV and its libraries ask of the real
library (read with ``readelf``); otherwise (a newer PyAV asking for more), or with no C compiler,
the real library stays, the bundle is larger, and this says why. Linux only: the Windows and
macOS builds keep PyAV's libraries as they are. Prints one line per library; exit 1 when one was
kept, so a build can insist (``--strict``).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class StandIn:
    #: the start of the real library's file name in av.libs/ (auditwheel adds a hash)
    prefix: str
    #: our source, in packaging/linux/stand-ins/
    source: str
    #: a wanted symbol whose numeric suffix the source needs as a macro: (symbol prefix, macro)
    numbered: tuple[str, str] | None = None


STAND_INS = (
    StandIn("libx265-", "x265.c", numbered=("x265_api_get_", "X265_BUILD")),
    StandIn("libSvtAv1Enc-", "svt-av1.c"),
)


def _readelf(*arguments: str | Path) -> str:
    return subprocess.run(
        ["readelf", "-W", *map(str, arguments)], check=True, capture_output=True, text=True
    ).stdout


def soname(library: Path) -> str:
    found = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", _readelf("-d", library))
    return found.group(1) if found else library.name


def needed(library: Path) -> set[str]:
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", _readelf("-d", library)))


def _symbols(library: Path, undefined: bool) -> set[str]:
    names = set()
    for line in _readelf("--dyn-syms", library).splitlines():
        fields = line.split()
        # Num: Value Size Type Bind Vis Ndx Name
        if len(fields) < 8 or fields[3] not in ("FUNC", "OBJECT") or fields[4] == "LOCAL":
            continue
        if (fields[6] == "UND") == undefined:
            names.add(fields[7].split("@")[0])
    return names


def defined(library: Path) -> set[str]:
    return _symbols(library, undefined=False)


def wanted(folder: Path, real: Path) -> set[str]:
    """The symbols of ``real`` that the libraries and modules in ``folder`` loading it use."""
    name = soname(real)
    asked: set[str] = set()
    for candidate in _elf_files(folder):
        if candidate != real and name in needed(candidate):
            asked |= _symbols(candidate, undefined=True)
    return asked & defined(real)


def _elf_files(folder: Path) -> list[Path]:
    files = []
    for place in (folder / "av.libs", folder / "av"):
        for path in sorted(place.rglob("*.so*")) if place.is_dir() else ():
            if path.is_file() and not path.is_symlink() and _is_elf(path):
                files.append(path)
    return files


def _is_elf(path: Path) -> bool:
    with open(path, "rb") as opened:
        return opened.read(4) == b"\x7fELF"


def compiler() -> str | None:
    for name in (os.environ.get("CC", ""), "cc", "gcc", "clang"):
        if name and shutil.which(name):
            return name
    return None


def build(stand_in: StandIn, library_soname: str, wanted_symbols: set[str], out: Path) -> None:
    command = [compiler() or "cc", "-shared", "-fPIC", "-O2", "-s", f"-Wl,-soname,{library_soname}"]
    if stand_in.numbered is not None:
        prefix, macro = stand_in.numbered
        numbers = [s[len(prefix) :] for s in wanted_symbols if s.startswith(prefix)]
        if numbers:
            command.append(f"-D{macro}={numbers[0]}")
    command += ["-o", str(out), str(HERE / "stand-ins" / stand_in.source)]
    subprocess.run(command, check=True, capture_output=True, text=True)


def replace(folder: Path, stand_in: StandIn) -> tuple[bool, str]:
    """Put the stand-in in place of the real library in ``folder``; (done, what happened)."""
    libraries = sorted((folder / "av.libs").glob(stand_in.prefix + "*.so*"))
    if not libraries:
        return True, f"{stand_in.prefix}*: not in this PyAV, nothing to do"
    real = libraries[0]
    if compiler() is None:
        return False, f"{real.name}: kept (no C compiler: install gcc for a smaller bundle)"
    symbols = wanted(folder, real)
    with tempfile.TemporaryDirectory(dir=real.parent.parent) as scratch:
        built = Path(scratch) / real.name
        try:
            build(stand_in, soname(real), symbols, built)
        except subprocess.CalledProcessError as exc:
            return False, f"{real.name}: kept (the stand-in did not compile: {exc.stderr.strip()})"
        missing = symbols - defined(built)
        if missing:
            return False, f"{real.name}: kept (this PyAV asks for {', '.join(sorted(missing))})"
        before = real.stat().st_size
        shutil.copymode(real, built)
        os.replace(built, real)
    after = real.stat().st_size
    return True, f"{real.name}: stand-in in place ({before / 1e6:.1f} MB -> {after / 1e3:.0f} kB)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folder", type=Path, help="the folder holding av/ and av.libs/")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a library was kept")
    arguments = parser.parse_args(argv)
    if not (arguments.folder / "av.libs").is_dir():
        print(f"stand-ins: no av.libs/ in {arguments.folder}", file=sys.stderr)
        return 2
    all_done = True
    for stand_in in STAND_INS:
        done, said = replace(arguments.folder, stand_in)
        all_done &= done
        print(f"   {said}", file=sys.stderr)
    return 0 if all_done or not arguments.strict else 1


if __name__ == "__main__":
    sys.exit(main())
