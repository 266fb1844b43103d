"""The one shared view of what an audience may have: every exit starts here.

The story site, story films, bags and transcript exports all write from a :class:`Release`,
never from the catalogue directly::

    release = prepare_release(archive.db, archive.root, Selection(family_ids=(fid,)), "public")
    ...write files from release.stories...
    with archive.transaction() as db:
        record_release(db, release, purpose="export.site")

:func:`prepare_release` asks the consent gate about every selected interview and photo (a family
selects the interviews its members narrate; a collection its interviews and photos) and builds
:class:`ReleasedStory` values holding only what the audience may have:

- items the gate refuses are left out and listed in ``release.held_back`` with the gate's
  :class:`~archive_app.core.consent.model.Reason` values; a photo showing someone who asked that
  their face not be shown is held back with rule :data:`FACE_HIDDEN`;
- pseudonyms the gate asks for replace the person's names (full name, other names, given name,
  Latin spellings) in titles, summaries, keywords, captions, speaker names, transcript lines and
  chapters; the name of a person the gate refused, who features in nothing released, is
  replaced by :data:`WITHHELD` everywhere and they are left out of the people lists;
- for ``research`` and ``public`` birth dates become years, and places (a story's place, a
  person's home) are cut at their county: no township or village. What people said is kept as
  said, but for the names above;
- closed passages (``gate.passages``) are applied: their transcript lines, the chapters starting
  in them and the photos spoken of only in them are left out, and each recording carries the
  stretches (``ReleasedRecording.closed``) an exit must replace with silence or a soft tone
  (``release.passage_fill``) in a redacted derivative: a recording with such stretches never
  goes out as its original.

Nothing is written to the catalogue until :func:`record_release`, which appends the release to
the audit log (``gate.log_release``: audience, rules version, every released id, every held-back
id with reasons, every closed passage applied); call it in the write transaction once the files
are in place.
Errors: :class:`InvalidValue` for an unknown audience, :class:`RecordNotFound` for an unknown
family, collection or interview id.
"""

from archive_app.exchange.release.model import (
    FACE_HIDDEN,
    NOT_A_STORY,
    PASSAGE_FILLS,
    HeldBack,
    Release,
    ReleasedChapter,
    ReleasedPerson,
    ReleasedPhoto,
    ReleasedRecording,
    ReleasedSegment,
    ReleasedStory,
    ReleasedTier,
    Selection,
)
from archive_app.exchange.release.naming import WITHHELD
from archive_app.exchange.release.prepare import (
    held_back_json,
    prepare_release,
    record_release,
    selected_items,
)

__all__ = [
    "FACE_HIDDEN",
    "NOT_A_STORY",
    "PASSAGE_FILLS",
    "WITHHELD",
    "HeldBack",
    "Release",
    "ReleasedChapter",
    "ReleasedPerson",
    "ReleasedPhoto",
    "ReleasedRecording",
    "ReleasedSegment",
    "ReleasedStory",
    "ReleasedTier",
    "Selection",
    "held_back_json",
    "prepare_release",
    "record_release",
    "selected_items",
]
