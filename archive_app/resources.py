"""Where the app's resources (translations, styles, the sample archive's sources) are.

From a source checkout or an editable install: the repository's ``resources/`` folder. A frozen
or wheel build must ship that folder as the package ``archive_app_resources`` (see packaging/).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    beside_source = Path(__file__).resolve().parents[1] / "resources"
    if beside_source.is_dir():
        return beside_source
    import archive_app_resources

    return Path(archive_app_resources.__file__).resolve().parent
