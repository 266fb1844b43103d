"""Transcripts: reading files in any encoding and format, and keeping their segments.

- :mod:`.decode`: bytes to text, whatever the encoding (GBK, Big5, UTF-16...);
- :mod:`.parse`: text to segments (plain, timecoded, SRT, WebVTT, Whisper JSON);
- :mod:`.store`: transcripts and segments in the catalogue, and the editor's small edits.

Writing them out (WebVTT, SRT, text) is an exit, in :mod:`archive_app.exchange.transcript`.
"""

from __future__ import annotations

from archive_app.core.transcripts.decode import DecodedText, decode_text
from archive_app.core.transcripts.parse import ParsedTranscript, Segment, parse_transcript

__all__ = ["DecodedText", "ParsedTranscript", "Segment", "decode_text", "parse_transcript"]
