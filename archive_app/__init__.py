"""Hometown Voices (乡音): an offline oral-history archive for left-behind families."""

__version__ = "0.1.0"
