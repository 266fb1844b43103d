"""A recording's length and sampling are read at import; a recording that cannot be read is refused."""

from __future__ import annotations

import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from archive_app.core.errors import RejectedFile
from archive_app.core.media.probe import RecordingInfo, probe_recording
from archive_app.core.media.sniff import Sniffed, sniff
from tests.core import media_fixtures as mf


def probe(path: Path) -> RecordingInfo:
    return probe_recording(path, sniff(path))


def test_a_wav_gives_its_exact_duration_channels_and_rate(tmp_path: Path) -> None:
    path = mf.make_wav(tmp_path / "stereo.wav", 1.5, rate=22050, channels=2)

    assert probe(path) == RecordingInfo(duration_s=1.5, channels=2, sample_rate=22050)


def test_a_wav_cut_short_counts_only_the_audio_present(tmp_path: Path) -> None:
    # Given a recorder that lost power: the header promises 2 s, half of it was written
    path = mf.make_wav(tmp_path / "cut.wav", 2.0, rate=8000)
    content = path.read_bytes()
    path.write_bytes(content[: len(content) - 16000])

    assert probe(path).duration_s == pytest.approx(1.0)


def test_a_wav_whose_header_never_got_its_size_counts_the_audio_present(tmp_path: Path) -> None:
    path = mf.make_wav(tmp_path / "unfinished.wav", 1.5, rate=8000)
    content = bytearray(path.read_bytes())
    data_at = content.index(b"data")
    content[data_at + 4 : data_at + 8] = struct.pack("<I", 0)
    path.write_bytes(bytes(content))

    assert probe(path).duration_s == pytest.approx(1.5)


def test_a_32_bit_float_wav_from_a_field_recorder_is_read(tmp_path: Path) -> None:
    # The standard library's wave module refuses float WAVs; they must still be measured.
    rate, channels, seconds = 48000, 2, 0.5
    frames = int(rate * seconds)
    fmt = struct.pack("<HHIIHH", 3, channels, rate, rate * channels * 4, channels * 4, 32)
    data = bytes(frames * channels * 4)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
    body += b"data" + struct.pack("<I", len(data)) + data
    path = tmp_path / "zoom.wav"
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)

    assert probe(path) == RecordingInfo(duration_s=0.5, channels=2, sample_rate=48000)


def test_a_wav_header_followed_by_garbage_is_a_damaged_recording(tmp_path: Path) -> None:
    path = tmp_path / "broken.wav"
    path.write_bytes(b"RIFF\x24\x10\x00\x00WAVE" + b"\x13\x37garbage, not chunks" * 40)

    with pytest.raises(RejectedFile) as caught:
        probe(path)
    assert caught.value.reason == "damaged_recording"


Build = Callable[[Path], Path]

COMPRESSED: dict[str, tuple[Build, RecordingInfo]] = {
    "a.mp3": (
        lambda p: mf.make_mp3(p, frames=40),
        RecordingInfo(40 * mf.MP3_FRAME_SECONDS, 1, 44100),
    ),
    "a.flac": (lambda p: mf.make_flac(p, 2.5, rate=16000), RecordingInfo(2.5, 1, 16000)),
    "a.ogg": (
        lambda p: mf.make_ogg(p, 3.0, codec="vorbis", rate=44100, channels=2),
        RecordingInfo(3.0, 2, 44100),
    ),
    "a.opus": (lambda p: mf.make_ogg(p, 4.0), RecordingInfo(4.0, 1, 48000)),
    "a.amr": (lambda p: mf.make_amr(p, 3.0), RecordingInfo(3.0, 1, 8000)),
    "wide.amr": (lambda p: mf.make_amr(p, 1.5, wideband=True), RecordingInfo(1.5, 1, 16000)),
    "a.aac": (
        lambda p: mf.make_adts(p, frames=100, sample_rate=16000),
        RecordingInfo(100 * 1024 / 16000, 1, 16000),
    ),
    "tagged.aac": (
        lambda p: mf.make_adts(p, frames=50, sample_rate=48000, channels=2, with_id3=True),
        RecordingInfo(50 * 1024 / 48000, 2, 48000),
    ),
    "phone.m4a": (
        lambda p: mf.make_iso_media(p, duration_s=65.5, media_bytes=200_000),
        RecordingInfo(65.5, None, None),
    ),
    "visit.mp4": (
        lambda p: mf.make_iso_media(p, handlers=("vide",), duration_s=12.0, mvhd_version=1),
        RecordingInfo(12.0, None, None),
    ),
    "visit.mov": (
        lambda p: mf.make_iso_media(p, major=b"qt  ", handlers=("vide", "soun"), duration_s=9),
        RecordingInfo(9.0, None, None),
    ),
}


@pytest.mark.parametrize("name", sorted(COMPRESSED))
def test_each_compressed_format_gives_its_duration(tmp_path: Path, name: str) -> None:
    build, expected = COMPRESSED[name]
    info = probe(build(tmp_path / name))

    assert info.duration_s == pytest.approx(expected.duration_s, abs=0.01)
    assert (info.channels, info.sample_rate) == (expected.channels, expected.sample_rate)


def test_the_content_decides_how_a_recording_is_read_not_its_name(tmp_path: Path) -> None:
    path = mf.make_mp3(tmp_path / "really an mp3.m4a", frames=40)

    assert probe(path).duration_s == pytest.approx(40 * mf.MP3_FRAME_SECONDS, abs=0.01)


def test_an_m4a_cut_off_before_its_index_is_a_damaged_recording(tmp_path: Path) -> None:
    path = mf.make_iso_media(tmp_path / "cut.m4a", with_moov=False)

    with pytest.raises(RejectedFile) as caught:
        probe(path)
    assert caught.value.reason == "damaged_recording"


def test_a_flac_cut_off_inside_its_header_is_a_damaged_recording(tmp_path: Path) -> None:
    path = mf.make_flac(tmp_path / "cut.flac", 2.0)
    path.write_bytes(path.read_bytes()[:16])

    with pytest.raises(RejectedFile) as caught:
        probe(path)
    assert caught.value.reason == "damaged_recording"


def test_amr_garbage_after_the_header_is_a_damaged_recording(tmp_path: Path) -> None:
    path = tmp_path / "broken.amr"
    path.write_bytes(b"#!AMR\n" + b"\xff\xee not frames" * 20)

    with pytest.raises(RejectedFile) as caught:
        probe(path)
    assert caught.value.reason == "damaged_recording"


def test_an_amr_with_its_last_frame_cut_counts_the_whole_frames(tmp_path: Path) -> None:
    path = mf.make_amr(tmp_path / "cut.amr", 1.0)
    path.write_bytes(path.read_bytes()[:-10])

    assert probe(path).duration_s == pytest.approx(0.98)


def test_an_ogg_file_without_stream_headers_is_a_damaged_recording(tmp_path: Path) -> None:
    path = tmp_path / "broken.opus"
    path.write_bytes(mf.ogg_page(b"not an opus header at all", 0, flags=2))

    with pytest.raises(RejectedFile) as caught:
        probe_recording(path, Sniffed("audio", "opus"))
    assert caught.value.reason == "damaged_recording"


def test_asking_to_probe_a_photo_is_a_programming_error(tmp_path: Path) -> None:
    path = mf.make_jpeg(tmp_path / "photo.jpg")

    with pytest.raises(ValueError):
        probe_recording(path, Sniffed("image", "jpeg"))
