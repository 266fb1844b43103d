"""Opening a bag that came from elsewhere, and refusing it, with the reason, when it is hostile.

Nothing here touches the archive. :func:`opened_bag` gives a folder holding a bag that the
``bagit`` library has validated in full (every checksum of every manifest) and that passed our
own checks first:

- a zipped bag is unpacked into a temporary folder only when no member has an absolute path, a
  ``..`` part or a link, and the unpacked size stays within what its members declare;
- a folder holding a link anywhere is refused (a link could point into the archive);
- ``bag-info.txt`` must parse (``Label: value`` lines), and a declared Payload-Oxum must match
  the files there before anything is hashed (a bag may not claim gigabytes it does not have);
- manifest paths that leave the bag, missing payload files, extra files and checksum mismatches
  are refused by the library's validation.

Every refusal is a :class:`HostileBag` with a short code (``reason``) and the detail.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

import bagit

from archive_app.core.errors import ArchiveError

#: reasons a bag is refused
REASONS = (
    "not_found",
    "not_a_bag",
    "unsafe_path",
    "link",
    "malformed_bag_info",
    "oxum_mismatch",
    "missing_payload",
    "unexpected_file",
    "checksum_mismatch",
    "invalid_bag",
    "not_from_this_app",
    "not_mergeable",
    "unknown_schema",
    "malformed_metadata",
)


class HostileBag(ArchiveError):
    """A bag that is refused; ``reason`` is one of :data:`REASONS`."""

    def __init__(self, path: Path, reason: str, detail: str = "") -> None:
        super().__init__(f"{path}: {reason}{': ' + detail if detail else ''}")
        self.path = path
        self.reason = reason
        self.detail = detail


def _unsafe(name: str) -> bool:
    path = PurePosixPath(name.replace("\\", "/"))
    return (
        path.is_absolute()
        or name.startswith(("/", "\\", "~"))
        or (len(name) > 1 and name[1] == ":")
        or ".." in path.parts
    )


def _unzip(source: Path, into: Path) -> Path:
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError) as error:
        raise HostileBag(source, "not_a_bag", str(error)) from None
    with archive:
        members = archive.infolist()
        for member in members:
            if _unsafe(member.filename):
                raise HostileBag(source, "unsafe_path", member.filename)
            if stat.S_ISLNK(member.external_attr >> 16):
                raise HostileBag(source, "link", member.filename)
        for member in members:
            target = into / member.filename
            if member.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            written = 0
            with archive.open(member) as reading, open(target, "wb") as writing:
                while chunk := reading.read(1 << 20):
                    written += len(chunk)
                    if written > member.file_size:  # a member larger than it says
                        raise HostileBag(source, "invalid_bag", f"{member.filename} overflows")
                    writing.write(chunk)
    tops = [p for p in into.iterdir()]
    if (into / "bagit.txt").exists():
        return into
    if len(tops) == 1 and tops[0].is_dir():
        return tops[0]
    raise HostileBag(source, "not_a_bag", "the zip holds no single bag folder")


def _refuse_links(source: Path, folder: Path) -> None:
    for top, folders, files in os.walk(folder, followlinks=False):
        for name in (*folders, *files):
            if os.path.islink(os.path.join(top, name)):
                relative = os.path.relpath(os.path.join(top, name), folder)
                raise HostileBag(source, "link", relative)


def _check_oxum(source: Path, bag: bagit.Bag) -> None:
    declared = bag.info.get("Payload-Oxum")
    if declared is None:
        return
    if isinstance(declared, list) or declared.count(".") != 1:
        raise HostileBag(source, "malformed_bag_info", f"Payload-Oxum {declared!r}")
    size_text, count_text = declared.split(".")
    if not (size_text.isdigit() and count_text.isdigit()):
        raise HostileBag(source, "malformed_bag_info", f"Payload-Oxum {declared!r}")
    size = count = 0
    for top, _, files in os.walk(Path(bag.path) / "data"):
        for name in files:
            count += 1
            size += os.path.getsize(os.path.join(top, name))
    if (int(size_text), int(count_text)) != (size, count):
        raise HostileBag(
            source,
            "oxum_mismatch",
            f"declares {size_text} bytes in {count_text} files, holds {size} in {count}",
        )


_DECLARATION = re.compile(
    rb"^(\xef\xbb\xbf)?BagIt-Version: \d+\.\d+\r?\nTag-File-Character-Encoding: \S+\r?\n?$"
)


def _validated(source: Path, folder: Path) -> bagit.Bag:
    if not (folder / "bagit.txt").is_file():
        raise HostileBag(source, "not_a_bag", "no bagit.txt")
    if not _DECLARATION.match((folder / "bagit.txt").read_bytes()[:4096]):
        # RFC 8493 2.1.1: exactly these two lines, a colon and one space after each label
        raise HostileBag(source, "invalid_bag", "bagit.txt is not the two lines RFC 8493 asks")
    try:
        bag = bagit.Bag(str(folder))
    except bagit.BagError as error:
        text = str(error)
        if "unsafe" in text:
            raise HostileBag(source, "unsafe_path", text) from None
        if "invalid tag" in text:
            raise HostileBag(source, "malformed_bag_info", text) from None
        raise HostileBag(source, "invalid_bag", text) from None
    only_listed, only_present = bag.compare_manifests_with_fs()
    tags = sorted(p for p in only_listed if not p.startswith("data"))
    if tags:
        raise HostileBag(source, "invalid_bag", "missing tag files: " + ", ".join(tags[:5]))
    if only_listed:
        raise HostileBag(source, "missing_payload", ", ".join(sorted(only_listed)[:5]))
    if only_present:
        raise HostileBag(source, "unexpected_file", ", ".join(sorted(only_present)[:5]))
    _check_oxum(source, bag)
    try:
        bag.validate(processes=1)
    except bagit.BagValidationError as error:
        details = list(error.details)
        for kind, reason in (
            (bagit.ChecksumMismatch, "checksum_mismatch"),
            (bagit.FileMissing, "missing_payload"),
            (bagit.UnexpectedFile, "unexpected_file"),
        ):
            found = [d for d in details if isinstance(d, kind)]
            if found:
                raise HostileBag(source, reason, "; ".join(str(d) for d in found[:5])) from None
        text = str(error.message if hasattr(error, "message") else error)
        reason = "oxum_mismatch" if "Oxum" in text else "invalid_bag"
        raise HostileBag(source, reason, text) from None
    except bagit.BagError as error:
        text = str(error)
        reason = "malformed_bag_info" if "Oxum" in text else "invalid_bag"
        raise HostileBag(source, reason, text) from None
    return bag


@contextmanager
def opened_bag(source: Path) -> Iterator[bagit.Bag]:
    """A fully validated bag from a folder or a .zip file; :class:`HostileBag` if refused."""
    source = Path(source)
    if not os.path.lexists(source):
        raise HostileBag(source, "not_found")
    if os.path.islink(source):
        raise HostileBag(source, "link", str(source))
    if source.is_dir():
        _refuse_links(source, source)
        yield _validated(source, source)
        return
    with tempfile.TemporaryDirectory(prefix="hometown-voices-bag-") as folder:
        unpacked = _unzip(source, Path(folder))
        yield _validated(source, unpacked)
