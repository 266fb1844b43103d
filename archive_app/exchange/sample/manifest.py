"""The sample's sources: the manifest ``resources/sample/sample.json`` and the files it names."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from archive_app.exchange.sample.errors import SampleBuildError
from archive_app.resources import resources_dir

Manifest = dict[str, Any]
Entry = Mapping[str, Any]

SOURCES = resources_dir() / "sample"
MANIFEST = "sample.json"


def load_manifest(sources: Path = SOURCES) -> Manifest:
    """The sample manifest, with ``sources`` recorded in it so that the files it names can be
    found; :class:`SampleBuildError` if it is missing or not JSON."""
    try:
        manifest: Manifest = json.loads((sources / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as failure:
        raise SampleBuildError(f"sample manifest unreadable: {failure}") from failure
    manifest["sources"] = str(sources)
    return manifest


def by_key(entries: Iterable[Entry]) -> dict[str, Entry]:
    """Manifest entries (people, interviews...) by the key other entries refer to them with."""
    return {entry["key"]: entry for entry in entries}
