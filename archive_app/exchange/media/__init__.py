"""Media as exits hand them out: one story's voice as one AAC file, photos upright and bare.

FFmpeg comes from PyAV (the ``av`` package), which ships FFmpeg's libraries inside its wheel:
nothing for the user to install, nothing found on PATH, and the packaged app carries it as a
Python package. See ``exchange/film`` for why PyAV rather than imageio-ffmpeg.
"""
