"""Ingest knows a file's kind by its content: what a phone or recorder wrote, whatever its name."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from archive_app.core.errors import RejectedFile
from archive_app.core.media.sniff import Sniffed, read_movie_summary, sniff
from tests.core import media_fixtures as mf

REPO = Path(__file__).resolve().parents[2]

Builder = Callable[[Path], Path]

RECORDINGS: dict[str, tuple[Builder, Sniffed]] = {
    "a.wav": (lambda p: mf.make_wav(p, 0.5), Sniffed("audio", "wav")),
    "tagged.mp3": (lambda p: mf.make_mp3(p), Sniffed("audio", "mp3")),
    "bare.mp3": (lambda p: mf.make_mp3(p, with_id3=False), Sniffed("audio", "mp3")),
    "a.aac": (lambda p: mf.make_adts(p), Sniffed("audio", "aac")),
    "tagged.aac": (lambda p: mf.make_adts(p, with_id3=True), Sniffed("audio", "aac")),
    "a.amr": (lambda p: mf.make_amr(p, 1), Sniffed("audio", "amr")),
    "wide.amr": (lambda p: mf.make_amr(p, 1, wideband=True), Sniffed("audio", "amr")),
    "a.flac": (lambda p: mf.make_flac(p, 1), Sniffed("audio", "flac")),
    "a.ogg": (lambda p: mf.make_ogg(p, 1, codec="vorbis", rate=44100), Sniffed("audio", "ogg")),
    "a.opus": (lambda p: mf.make_ogg(p, 1), Sniffed("audio", "opus")),
    "itunes.m4a": (lambda p: mf.make_iso_media(p, major=b"M4A "), Sniffed("audio", "m4a")),
    "clip.mp4": (
        lambda p: mf.make_iso_media(p, handlers=("vide", "soun")),
        Sniffed("video", "mp4"),
    ),
    "clip.mov": (
        lambda p: mf.make_iso_media(p, major=b"qt  ", compatible=[b"qt  "], handlers=("vide",)),
        Sniffed("video", "mov"),
    ),
}


@pytest.mark.parametrize("name", sorted(RECORDINGS))
def test_each_recording_format_is_recognised_by_content(tmp_path: Path, name: str) -> None:
    build, expected = RECORDINGS[name]
    path = build(tmp_path / name)

    assert sniff(path) == expected
    # the same answer when the caller already holds the first bytes
    assert sniff(path, head=path.read_bytes()[:65536]) == expected


@pytest.mark.parametrize("name", sorted(RECORDINGS))
def test_a_recording_under_a_meaningless_name_is_still_recognised(
    tmp_path: Path, name: str
) -> None:
    build, expected = RECORDINGS[name]
    path = build(tmp_path / "recording.dat")

    assert sniff(path) == expected


@pytest.mark.parametrize("major", [b"isom", b"mp42", b"3gp4"])
def test_a_phone_m4a_with_a_generic_brand_and_no_video_track_is_audio(
    tmp_path: Path, major: bytes
) -> None:
    # Given a phone recording whose moov sits after more media data than sniffing's first read
    path = mf.make_iso_media(
        tmp_path / "grandma 2024-02-10.m4a", major=major, media_bytes=300_000, moov_last=True
    )

    assert sniff(path) == Sniffed("audio", "m4a")


def test_an_mp4_with_a_video_track_is_video_even_when_named_m4a(tmp_path: Path) -> None:
    path = mf.make_iso_media(tmp_path / "visit.m4a", handlers=("soun", "vide"), media_bytes=300_000)

    assert sniff(path) == Sniffed("video", "mp4")


def test_a_recording_cut_off_before_its_index_falls_back_on_its_extension(tmp_path: Path) -> None:
    audio = mf.make_iso_media(tmp_path / "cut.m4a", with_moov=False)
    video = mf.make_iso_media(tmp_path / "cut.mp4", with_moov=False)

    assert sniff(audio) == Sniffed("audio", "m4a")
    assert sniff(video) == Sniffed("video", "mp4")


def test_movie_summary_reads_tracks_and_duration_of_either_header_version(tmp_path: Path) -> None:
    path = mf.make_iso_media(
        tmp_path / "a.mp4", handlers=("vide", "soun"), duration_s=7.25, mvhd_version=1
    )

    summary = read_movie_summary(path)

    assert summary is not None
    assert summary.handlers == {"vide", "soun"}
    assert summary.duration_s == pytest.approx(7.25)


@pytest.mark.parametrize("major", [b"heic", b"heix", b"mif1", b"msf1"])
def test_heif_brands_are_images(tmp_path: Path, major: bytes) -> None:
    path = tmp_path / "IMG_0001.HEIC"
    path.write_bytes(mf.ftyp(major, [b"mif1", b"heic"]) + mf.box(b"meta", bytes(40)))

    assert sniff(path) == Sniffed("image", "heic")


def test_images_and_pdf_are_recognised(tmp_path: Path) -> None:
    jpeg = mf.make_jpeg(tmp_path / "photo.jpeg")
    png = mf.make_png(tmp_path / "consent form.png")
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n")

    assert sniff(jpeg) == Sniffed("image", "jpeg")
    assert sniff(png) == Sniffed("image", "png")
    assert sniff(pdf) == Sniffed("pdf", "pdf")


SRT = "1\n00:00:01,000 --> 00:00:04,000\n奶奶：那年我们去了广州。\n\n2\n00:00:05,000 --> 00:00:07,500\n"
VTT = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n奶奶：那年我们去了广州。\n"
PLAIN = "采访记录：奶奶讲她年轻时候去广州打工的事。\n"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("notes.txt", PLAIN.encode("utf-8"), "txt"),
        ("notes gbk.txt", PLAIN.encode("gbk"), "txt"),
        ("notes big5.txt", PLAIN.encode("big5", errors="replace"), "txt"),
        ("notes utf16.txt", PLAIN.encode("utf-16"), "txt"),
        ("notes bom.txt", PLAIN.encode("utf-8-sig"), "txt"),
        ("subtitles.srt", SRT.encode("utf-8"), "srt"),
        ("subtitles gbk.srt", SRT.encode("gbk"), "srt"),
        ("asr output.txt", SRT.encode("utf-8"), "srt"),
        ("asr utf16 no bom.txt", SRT.encode("utf-16-le"), "srt"),
        ("subtitles.vtt", VTT.encode("utf-8"), "vtt"),
        ("subtitles bom.txt", VTT.encode("utf-8-sig"), "vtt"),
        ("transcript.json", b'{"segments": [{"start": 1.0, "text": "\xe5\xa5\xb6"}]}', "json"),
    ],
)
def test_transcripts_are_text_with_the_shape_deciding_the_format(
    tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)

    assert sniff(path) == Sniffed("text", expected)


def test_an_empty_file_is_rejected_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "nothing.m4a"
    path.touch()

    with pytest.raises(RejectedFile) as caught:
        sniff(path)
    assert caught.value.reason == "empty"
    assert caught.value.path == path


def _random_bytes(count: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(count)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("setup.exe", b"MZ\x90\x00\x03\x00\x00\x00" + bytes(200)),
        ("letter.docx", b"PK\x03\x04\x14\x00\x06\x00" + _random_bytes(2000, 1)),
        ("noise.bin", _random_bytes(70_000, 2)),
        ("noise.mp3", _random_bytes(70_000, 3)),
        ("noise.txt", _random_bytes(70_000, 4)),
        ("photo.jpg", "这不是照片，是一段文字。\n".encode()),
        ("readme.md", b"# Notes\nplain text, but not a transcript format\n"),
        ("image.avif", mf.ftyp(b"avif", [b"mif1", b"avif"]) + bytes(64)),
        ("raw.cr3", mf.ftyp(b"crx ", [b"crx ", b"isom"]) + mf.box(b"moov", mf.track("vide"))),
        ("video.ogv", mf.ogg_page(b"\x80theora" + bytes(34), 0, flags=2)),
    ],
)
def test_files_that_are_not_ours_are_rejected_as_unknown(
    tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)

    with pytest.raises(RejectedFile) as caught:
        sniff(path)
    assert caught.value.reason == "unknown_format"


def test_a_file_pulled_out_before_sniffing_is_reported_as_missing(tmp_path: Path) -> None:
    # ingest words a vanished file differently from an unreadable one
    with pytest.raises(FileNotFoundError):
        sniff(tmp_path / "on the usb stick.wav")


def test_a_file_that_cannot_be_read_is_rejected_as_unreadable(tmp_path: Path) -> None:
    folder_named_like_audio = tmp_path / "interview.wav"
    folder_named_like_audio.mkdir()

    with pytest.raises(RejectedFile) as caught:
        sniff(folder_named_like_audio)
    assert caught.value.reason == "unreadable"


_SNIFF_IN_CHILD = """
import sys
from pathlib import Path
from archive_app.core.errors import RejectedFile
from archive_app.core.media.sniff import sniff
try:
    found = sniff(Path(sys.argv[1]))
except RejectedFile as rejected:
    print("rejected", rejected.reason)
else:
    print(found.media_type, found.format)
"""


def _sniff_without_root_powers(path: Path) -> str:
    """What sniff says of ``path`` in a child process that file modes bind.

    CI runs as root, and root reads any file whatever its mode. As root the child is started
    through util-linux's ``setpriv`` without the two capabilities that override file modes,
    so a file of mode 000 is as closed to it as to a narrator's ordinary account.
    """
    command = [sys.executable, "-c", _SNIFF_IN_CHILD, str(path)]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv", path="/usr/bin:/bin")
        assert setpriv, "setpriv (util-linux, packaging/system-packages.sh) is missing"
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--", *command]
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1"},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_file_without_read_permission_is_unreadable(tmp_path: Path) -> None:
    readable = mf.make_wav(tmp_path / "open.wav", 0.1)
    locked = mf.make_wav(tmp_path / "locked.wav", 0.1)
    locked.chmod(0)

    # the same child reads the file it may read, so only the mode tells the two apart
    assert _sniff_without_root_powers(readable) == "audio wav"
    assert _sniff_without_root_powers(locked) == "rejected unreadable"


@pytest.mark.parametrize("control", ["\x00", "\x01", "\x1b"])
@pytest.mark.parametrize(
    ("name", "text", "encoding", "expected"),
    [
        ("subtitles.vtt", VTT, "utf-8", "vtt"),
        ("subtitles gbk.srt", SRT, "gbk", "srt"),
        ("notes.txt", PLAIN, "utf-8", "txt"),
        ("short.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n嗯。\n", "utf-8", "vtt"),
    ],
)
def test_a_stray_control_byte_does_not_make_a_transcript_binary(
    tmp_path: Path, name: str, text: str, encoding: str, expected: str, control: str
) -> None:
    # Word, WPS and phone apps leave a NUL or an ESC here and there; the decoder deals with it.
    middle = len(text) // 2
    path = tmp_path / name
    path.write_bytes((text[:middle] + control + text[middle:]).encode(encoding))

    assert sniff(path) == Sniffed("text", expected)
