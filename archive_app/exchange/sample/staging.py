"""The sample's field-trip folder: what an interviewer would bring home, generated.

One sub-folder per interview holds its recording, its transcripts, and the photos and forms taken
that day. File names follow the interviewer's habits the import understands: a recording and its
transcripts share a base name (``婆婆的一天 2024-02-12.wav``, ``….zh-Hans.srt``, ``….en.srt``),
photos keep the phone's ``IMG_…`` names, a consent form says so in its name.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from archive_app.exchange.sample.consent_form import write_consent_form
from archive_app.exchange.sample.manifest import Entry, Manifest, by_key
from archive_app.exchange.sample.photos import figures_in, write_photo
from archive_app.exchange.sample.voices import speaker_turns, synthesize_voice, write_wav

#: (fraction done, what is being done), as long work reports its progress
Progress = Callable[[float, str], None]

#: how much of the whole build generating the folder counts for in its progress
_SHARE = 0.3


@dataclass
class StagedMedia:
    """The generated folder, and which manifest entry each of its files stands for."""

    folder: Path
    keys: dict[str, str]  # file path as given to ingest -> manifest key ('i1', 'p3', 'i1:en'...)

    def add(self, path: Path, key: str) -> Path:
        """Note that the file at ``path`` stands for the manifest entry ``key``."""
        self.keys[str(path)] = key
        return path


def stage_media(manifest: Manifest, folder: Path, report: Progress) -> StagedMedia:
    """Write the field-trip folder for the manifest's interviews, photos and documents into
    ``folder``; the same manifest always gives the same bytes."""
    sources = Path(manifest["sources"])
    staged = StagedMedia(folder, {})
    interviews = by_key(manifest["interviews"])
    total = len(manifest["interviews"]) + len(manifest["photos"]) + len(manifest["documents"])
    done = 0

    def step(name: str) -> None:
        nonlocal done
        done += 1
        report(_SHARE * done / total, name)

    def taken_with(entry: Entry) -> Path:
        return folder / str(interviews[entry["interview"]]["media_name"])

    for interview in manifest["interviews"]:
        _stage_interview(staged, interview, sources)
        step(interview["media_name"])
    for photo in manifest["photos"]:
        path = staged.add(taken_with(photo) / photo["file_name"], photo["key"])
        write_photo(path, photo, figures_in(manifest, photo))
        step(photo["file_name"])
    for document in manifest["documents"]:
        path = staged.add(taken_with(document) / document["file_name"], document["key"])
        write_consent_form(path, document["form"], document["seed"])
        step(document["file_name"])
    return staged


def _stage_interview(staged: StagedMedia, interview: Entry, sources: Path) -> None:
    """The interview's sub-folder with its recording and a copy of each transcript."""
    name = interview["media_name"]
    where = staged.folder / name
    where.mkdir(parents=True, exist_ok=True)
    recording = interview["recording"]
    samples = synthesize_voice(
        recording["duration_s"],
        speaker_turns(interview, sources),
        recording["seed"],
        sung=bool(recording.get("sung")),
    )
    write_wav(staged.add(where / f"{name}.wav", interview["key"]), samples)
    for transcript in interview["transcripts"]:
        source = sources / transcript["file"]
        target = where / f"{name}.{transcript['language']}{source.suffix}"
        shutil.copyfile(source, target)  # byte for byte: the encodings on disk are the point
        staged.add(target, f"{interview['key']}:{transcript['language']}")
