"""Writing a bag's files: the payload with its SHA-256 and SHA-512 fixity, and the tag files.

Every file is hashed as it is written, never read back: the export's own files (metadata,
transcripts, OHMS, CSV) from the bytes in hand, each original while it is copied (its SHA-256,
which names it in the archive, is checked on the way, so a damaged original never goes out).
The originals are copied on ``workers`` threads of their own (the disk and ``hashlib`` release
the interpreter's lock) from the moment they are asked for, while the caller makes and writes
the export's own files. (Writing those on a thread too was measured no faster: making them is
Python work that holds the lock.)

The tag files follow RFC 8493: ``bagit.txt`` (version 1.0, UTF-8), ``bag-info.txt`` (one
``Label: value`` a line), ``manifest-<alg>.txt`` and ``tagmanifest-<alg>.txt`` (``<digest>
<path>`` a line, paths with forward slashes, CR, LF and ``%`` percent-encoded). The tests check
every kind of bag with the ``bagit`` library and its ``bagit.py --validate`` command.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from archive_app.core.errors import ArchiveError

ALGORITHMS = ("sha256", "sha512")
BAGIT_VERSION = "1.0"
CHUNK = 1 << 20


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
    """The files of one bag's ``data/`` folder, written beside their checksums.

    Use it as a context manager: leaving it on an error drops the work not yet started and
    waits for what is running, so nothing writes into the bag after it is given up.
    """

    def __init__(self, bag: Path, workers: int = 2) -> None:
        self.bag = bag
        self.entries: dict[str, Entry] = {}
        self._lock = threading.Lock()
        self._folders: set[Path] = set()
        self._originals = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="bag-copies")
        self._copies: list[Future[None]] = []
        self._copied: set[str] = set()
        (bag / "data").mkdir(parents=True, exist_ok=True)

    def __enter__(self) -> Payload:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    # -- files ---------------------------------------------------------------------------------

    def _target(self, relative: str) -> Path:
        target = self.bag / "data" / relative
        folder = target.parent
        if folder not in self._folders:  # one mkdir per folder, not per file
            folder.mkdir(parents=True, exist_ok=True)
            with self._lock:
                self._folders.add(folder)
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
        entry = _hashed(self.bag / "data" / relative, f"data/{relative}", None, None)
        self._keep(entry)
        return entry

    def add_copy(self, relative: str, source: Path, expected_sha256: str | None = None) -> None:
        """Copy an original in on one of the originals' threads, hashing as it goes; the same
        file asked for twice is copied once. Out of :meth:`wait` comes :class:`DamagedOriginal`
        if its SHA-256 is not ``expected_sha256``."""
        if relative in self._copied:
            return
        self._copied.add(relative)
        target = self._target(relative)

        def copy() -> None:
            self._keep(_hashed(source, f"data/{relative}", target, expected_sha256))

        self._copies.append(self._originals.submit(copy))

    # -- waiting -------------------------------------------------------------------------------

    def wait(self, step: Callable[[int, int], None] | None = None) -> None:
        """Wait until every file asked for is written; ``step(done, total)`` after each
        original. The first error of any is raised (the rest is then dropped, see
        :meth:`close`)."""
        try:
            for done, job in enumerate(self._copies, start=1):
                job.result()
                if step is not None:
                    step(done, len(self._copies))
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Drop the work not started and wait for the rest (idempotent)."""
        for job in self._copies:
            job.cancel()
        self._originals.shutdown(wait=True)

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
        """Wait for every file (:meth:`wait`), then write the manifests, ``bagit.txt``,
        ``bag-info.txt`` (with Payload-Oxum) and the tag manifests."""
        self.wait()
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


def _hashed(source: Path, listed: str, target: Path | None, expected_sha256: str | None) -> Entry:
    """Read ``source`` once, hashing it with both algorithms and writing it to ``target`` (when
    given) as it goes; :class:`DamagedOriginal` if its SHA-256 is not ``expected_sha256``."""
    sha256, sha512 = hashlib.sha256(), hashlib.sha512()
    size = 0
    buffer = bytearray(CHUNK)
    view = memoryview(buffer)
    with open(source, "rb", buffering=0) as reading:
        writing = open(target, "wb") if target is not None else None  # noqa: SIM115
        try:
            while count := reading.readinto(buffer):
                chunk = view[:count]
                sha256.update(chunk)
                sha512.update(chunk)
                if writing is not None:
                    writing.write(chunk)
                size += count
        finally:
            if writing is not None:
                writing.close()
    entry = Entry(listed, sha256.hexdigest(), sha512.hexdigest(), size)
    if expected_sha256 is not None and entry.sha256 != expected_sha256:
        raise DamagedOriginal(source, expected_sha256, entry.sha256)
    return entry


class IncompleteBag(Exception):
    """The bag written holds other files than its manifests list (a bug, never expected)."""


def encode_path(path: str) -> str:
    """A path as manifests write it: CR and LF (and the percent sign) percent-encoded."""
    return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def one_line(value: str) -> str:
    """A bag-info value on one line (tag files fold lines; ours never need to)."""
    return re.sub(r"\s*[\r\n]+\s*", " ", str(value)).strip()
