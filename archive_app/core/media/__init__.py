"""Media probing for ingest: what a file is (by content), how long a recording runs, and what
a photo shows (size as displayed, EXIF facts, an upright thumbnail)."""

from archive_app.core.media.image import ImageInfo, read_image
from archive_app.core.media.probe import RecordingInfo, probe_recording
from archive_app.core.media.sniff import HEAD_SIZE, Sniffed, sniff

__all__ = [
    "HEAD_SIZE",
    "ImageInfo",
    "RecordingInfo",
    "Sniffed",
    "probe_recording",
    "read_image",
    "sniff",
]
