"""Transcripts: reading files in any encoding and format, and keeping their segments.

- :mod:`.decode`: bytes to text, whatever the encoding (GBK, Big5, UTF-16...);
- :mod:`.parse`: text to segments (plain, timecoded, SRT, WebVTT, Whisper JSON), with
  :mod:`.subtitles` (cues and the formats' signatures), :mod:`.timing` (valid times),
  :mod:`.controls` (control characters left by other tools) and :mod:`.speakers`;
- :mod:`.warning`: what reading had to repair, for the user to be told;
- :mod:`.store`: transcripts and segments in the catalogue, and the editor's small edits.

Writing them out (WebVTT, SRT, text) is an exit, in :mod:`archive_app.exchange.transcript`.
"""

from __future__ import annotations

from archive_app.core.transcripts.decode import DecodedText, decode_text
from archive_app.core.transcripts.parse import ParsedTranscript, Segment, parse_transcript
from archive_app.core.transcripts.warning import TranscriptWarning

__all__ = [
    "DecodedText",
    "ParsedTranscript",
    "Segment",
    "TranscriptWarning",
    "decode_text",
    "parse_transcript",
]
