"""Transcripts out of the archive: WebVTT (with ``<v>`` voices), SRT and timecoded text.

- :mod:`.formats`: segments to text in each format (pure functions, read back by core's parser);
- :mod:`.export`: one transcript for an audience, through the shared release and its audit.
"""

from archive_app.exchange.transcript.formats import to_srt, to_txt, to_vtt

WRITERS = {"vtt": to_vtt, "srt": to_srt, "txt": to_txt}

__all__ = ["WRITERS", "to_srt", "to_txt", "to_vtt"]
