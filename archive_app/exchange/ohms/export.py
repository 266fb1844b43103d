"""``export ohms OUT_DIR``: one OHMS XML file per released story, named by its number."""

from __future__ import annotations

from pathlib import Path

from archive_app.exchange.ohms.document import ohms_xml
from archive_app.exchange.release import Release
from archive_app.exchange.report import ExportReport
from archive_app.exchange.target import Staged, Work, check_target, size_of

DEFAULT_REPOSITORY = "Hometown Voices"


def ohms_name(number: int) -> str:
    return f"{number:04d}.xml"


def export_ohms(
    release: Release,
    target: Path,
    archive_root: Path,
    *,
    repository: str = DEFAULT_REPOSITORY,
    work: Work | None = None,
) -> ExportReport:
    """Write ``NNNN.xml`` for every story of ``release`` into the new folder ``target``.

    Raises :class:`TargetInsideArchive`, :class:`TargetExists`, :class:`Cancelled` (nothing
    is left behind) and OSError.
    """
    target = check_target(target, archive_root)
    work = work or Work()
    with Staged(target, folder=True) as staged:
        count = max(1, len(release.stories))
        for number, story in enumerate(release.stories, start=1):
            work.step((number - 1) / count, story.id)
            (staged.path / ohms_name(number)).write_bytes(
                ohms_xml(story, number, repository, release.day)
            )
        staged.commit()
    files, size = size_of(target)
    work.step(1.0, "done")
    return ExportReport.of(release, target, files, size)
