"""The bundled sample archive that ``archive-app --archive DIR demo`` opens for a newcomer.

Its sources live in ``resources/sample/``: a manifest (``sample.json``) of invented places,
families, people, interviews, photos, consents, tags and collections, and the transcript files
(UTF-8, UTF-8 with BOM, GBK and Big5 on disk, on purpose). Recordings and photos are not stored:
they are generated, deterministically, into a temporary field-trip folder that goes through the
real import pipeline (:func:`archive_app.core.ingest.ingest`) like any interviewer's folder. The
manifest is then applied through core's record functions.

- :mod:`.manifest` reads the sources; :mod:`.staging` writes the field-trip folder from them,
  with recordings from :mod:`.voices` and pictures from :mod:`.photos` (scenes drawn by
  :mod:`.scenes` from :mod:`.scenery` and :mod:`.figures` on a :mod:`.canvas`) and
  :mod:`.consent_form`;
- :mod:`.catalogue` describes what the import made and adds the rest of the manifest;
- :mod:`.build` runs it all in a folder beside the one asked for and moves the archive into place.
"""

from archive_app.exchange.sample.build import build_sample, counts
from archive_app.exchange.sample.errors import FolderNotEmpty, SampleBuildError
from archive_app.exchange.sample.manifest import SOURCES, load_manifest
from archive_app.exchange.sample.staging import Progress, StagedMedia, stage_media

__all__ = [
    "SOURCES",
    "FolderNotEmpty",
    "Progress",
    "SampleBuildError",
    "StagedMedia",
    "build_sample",
    "counts",
    "load_manifest",
    "stage_media",
]
