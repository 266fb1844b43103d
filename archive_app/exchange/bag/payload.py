"""Writing a bag's files: the payload with its SHA-256 and SHA-512 fixity, and the tag files.

Files are hashed while they are copied, so each original is read once; two copies run at a time
(hashing and the disk both release the interpreter's lock). The tag files follow RFC 8493:
``bagit.txt`` (version 1.0, UTF-8), ``bag-info.txt`` (one ``Label: value`` a line),
``manifest-<alg>.txt`` and ``tagmanifest-<alg>.txt`` (``<digest> <path>`` a line, paths with
forward slashes, CR and LF percent-encoded). The bag is checked with the ``bagit`` library
before it is renamed into place.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from archive_app.core.errors import ArchiveError

ALGORITHMS = ("sha256", "sha512")
BAGIT_VERSION = "1.0"
CHUNK = 4 << 20


class DamagedOriginal(ArchiveError):
    """An original in the archive no longer has the checksum it was stored under."""

    def __init__(self, path: Path, expected: str, found: str) -> None:
        super().__init__(f"{path}: checksum {found} differs from the stored {expected}")
        self.path = path
        self.expected = expected
        self.found = found


@dataclass(frozen=True)
class Entry:
    path: str  # relative to the bag, starting with data/
    sha256: str
    sha512: str
    size: int


class Payload:
    """The files of one bag's ``data/`` folder, written beside their checksums."""

    def __init__(self, bag: Path) -> None:
        self.bag = bag
        self.entries: dict[str, Entry] = {}
        self._lock = threading.Lock()
        self._folders: set[Path] = set()
        (bag / "data").mkdir(parents=True, exist_ok=True)

    def _target(self, relative: str) -> Path:
        target = self.bag / "data" / relative
        if target.parent not in self._folders:  # one mkdir per folder, not per file
            target.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(target.parent)
        return target

    def _keep(self, entry: Entry) -> None:
        with self._lock:
            self.entries[entry.path] = entry

    def add_bytes(self, relative: str, content: bytes) -> Entry:
        """A file made by the export (metadata, transcripts, OHMS, CSV)."""
        self._target(relative).write_bytes(content)
        entry = Entry(
            f"data/{relative}",
            hashlib.sha256(content).hexdigest(),
            hashlib.sha512(content).hexdigest(),
            len(content),
        )
        self._keep(entry)
        return entry

    def add_text(self, relative: str, text: str) -> Entry:
        return self.add_bytes(relative, text.encode("utf-8"))

    def target(self, relative: str) -> Path:
        """Where a file made in place goes; call :meth:`adopt` once it is written."""
        return self._target(relative)

    def adopt(self, relative: str) -> Entry:
        """Hash a file written in place at :meth:`target`."""
        path = self.bag / "data" / relative
        sha256, sha512 = hashlib.sha256(), hashlib.sha512()
        size = 0
        with open(path, "rb") as reading:
            while chunk := reading.read(CHUNK):
                sha256.update(chunk)
                sha512.update(chunk)
                size += len(chunk)
        entry = Entry(f"data/{relative}", sha256.hexdigest(), sha512.hexdigest(), size)
        self._keep(entry)
        return entry

    def add_copy(self, relative: str, source: Path, expected_sha256: str | None = None) -> Entry:
        """Copy ``source`` in, hashing as it goes; :class:`DamagedOriginal` if its SHA-256 is
        not ``expected_sha256``."""
        target = self._target(relative)
        sha256, sha512 = hashlib.sha256(), hashlib.sha512()
        size = 0
        with open(source, "rb") as reading, open(target, "wb") as writing:
            while chunk := reading.read(CHUNK):
                sha256.update(chunk)
                sha512.update(chunk)
                writing.write(chunk)
                size += len(chunk)
        entry = Entry(f"data/{relative}", sha256.hexdigest(), sha512.hexdigest(), size)
        if expected_sha256 is not None and entry.sha256 != expected_sha256:
            raise DamagedOriginal(source, expected_sha256, entry.sha256)
        self._keep(entry)
        return entry

    def start_copies(
        self, copies: Sequence[tuple[str, Path, str | None]], workers: int = 2
    ) -> Copying:
        """Start copying many files, ``workers`` at a time, while the caller writes the rest."""
        return Copying(self, copies, workers)

    def check_complete(self) -> None:
        """:class:`IncompleteBag` unless ``data/`` holds exactly the files listed."""
        present = {
            p.relative_to(self.bag).as_posix()
            for p in (self.bag / "data").rglob("*")
            if p.is_file()
        }
        if present != set(self.entries):
            raise IncompleteBag(sorted(present ^ set(self.entries))[:5])

    @property
    def oxum(self) -> str:
        """``<bytes>.<files>`` of the payload."""
        return f"{sum(e.size for e in self.entries.values())}.{len(self.entries)}"

    def finish(self, info: Mapping[str, str | Sequence[str]]) -> None:
        """Write the manifests, ``bagit.txt``, ``bag-info.txt`` (with Payload-Oxum) and the
        tag manifests."""
        ordered = sorted(self.entries.values(), key=lambda e: e.path)
        for algorithm in ALGORITHMS:
            lines = "".join(f"{getattr(e, algorithm)}  {encode_path(e.path)}\n" for e in ordered)
            (self.bag / f"manifest-{algorithm}.txt").write_text(lines, encoding="utf-8")
        (self.bag / "bagit.txt").write_text(
            f"BagIt-Version: {BAGIT_VERSION}\nTag-File-Character-Encoding: UTF-8\n",
            encoding="utf-8",
        )
        labels = {**info, "Payload-Oxum": self.oxum}
        tags: list[str] = []
        for label in sorted(labels):
            values = labels[label]
            for value in [values] if isinstance(values, str) else values:
                tags.append(f"{label}: {one_line(value)}\n")
        (self.bag / "bag-info.txt").write_text("".join(tags), encoding="utf-8")
        tag_files = sorted(
            p.name
            for p in self.bag.iterdir()
            if p.is_file() and not p.name.startswith("tagmanifest-")
        )
        for algorithm in ALGORITHMS:
            listed = []
            for name in tag_files:
                digest = hashlib.new(algorithm, (self.bag / name).read_bytes()).hexdigest()
                listed.append(f"{digest}  {name}\n")
            (self.bag / f"tagmanifest-{algorithm}.txt").write_text(
                "".join(listed), encoding="utf-8"
            )


class Copying:
    """Copies running in the background; :meth:`wait` for them (and their first error)."""

    def __init__(
        self, payload: Payload, copies: Sequence[tuple[str, Path, str | None]], workers: int
    ) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers)
        self._jobs = [self._pool.submit(payload.add_copy, *copy) for copy in copies]

    def wait(self, step: Callable[[int, int], None] | None = None) -> None:
        """Wait for every copy; ``step(done, total)`` after each. On an error (or a
        :class:`Cancelled` from ``step``) the copies not yet started are dropped."""
        try:
            for done, job in enumerate(self._jobs, start=1):
                job.result()
                if step is not None:
                    step(done, len(self._jobs))
        finally:
            self.stop()

    def stop(self) -> None:
        for job in self._jobs:
            job.cancel()
        self._pool.shutdown(wait=True)


class IncompleteBag(Exception):
    """The bag written holds other files than its manifests list (a bug, never expected)."""


def encode_path(path: str) -> str:
    """A path as manifests write it: CR and LF (and the percent sign) percent-encoded."""
    return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def one_line(value: str) -> str:
    """A bag-info value on one line (tag files fold lines; ours never need to)."""
    return re.sub(r"\s*[\r\n]+\s*", " ", str(value)).strip()
