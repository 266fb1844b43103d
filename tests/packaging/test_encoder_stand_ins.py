"""The Linux bundle's stand-ins for the encoders the app never uses (x265, SVT-AV1): put in place
in a copy of the installed PyAV, FFmpeg still loads, story films still encode (x264 and AAC),
recordings still decode, and asking for the stood-in encoders is an error, not a crash.

This runs on every CI machine against the PyAV that pyproject.toml installs, so a newer PyAV
whose FFmpeg asks more of those libraries is caught here, not in a user's hands.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import av
import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "linux" / "stand_in_encoders.py"
INSTALLED = Path(av.__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    not (INSTALLED / "av.libs").is_dir(), reason="a PyAV without bundled libraries (not a wheel)"
)

#: run in a child whose PyAV is the copy: encode a short film the way the story films are made,
#: decode it again, and try the two encoders that are stood in
PROBE = textwrap.dedent(
    """
    import io, json, sys
    import av

    def film(video_codec):
        out = io.BytesIO()
        with av.open(out, "w", format="mp4") as box:
            video = box.add_stream(video_codec, rate=25)
            video.width, video.height, video.pix_fmt = 64, 48, "yuv420p"
            voice = box.add_stream("aac", rate=16000, layout="mono")
            for number in range(10):
                frame = av.VideoFrame(64, 48, "yuv420p")
                for plane in frame.planes:
                    plane.update(bytes([number * 20]) * plane.buffer_size)
                frame.pts = number
                box.mux(video.encode(frame))
            box.mux(video.encode(None))
            sound = av.AudioFrame(format="s16", layout="mono", samples=16000)
            sound.planes[0].update(bytes(sound.planes[0].buffer_size))
            sound.sample_rate = 16000
            box.mux(voice.encode(sound))
            box.mux(voice.encode(None))
        return out.getvalue()

    said = {"from": av.__file__}
    data = film("libx264")
    with av.open(io.BytesIO(data)) as played:
        said["decoded_frames"] = sum(1 for _ in played.decode(video=0))
    for codec in ("libx265", "libsvtav1"):
        try:
            film(codec)
            said[codec] = "encoded"
        except av.FFmpegError as exc:
            said[codec] = type(exc).__name__
    said["listed"] = sorted(c for c in ("libx264", "aac", "hevc", "h264") if c in av.codecs_available)
    print(json.dumps(said))
    """
)


@pytest.fixture(scope="module")
def stood_in(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    folder = tmp_path_factory.mktemp("site-packages")
    for name in ("av", "av.libs"):
        shutil.copytree(INSTALLED / name, folder / name, symlinks=True)
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(folder), "--strict"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return folder, done


def test_both_stand_ins_go_in_and_the_libraries_shrink(
    stood_in: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    folder, done = stood_in
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("stand-in in place") == 2, done.stderr
    for prefix in ("libx265-", "libSvtAv1Enc-"):
        (library,) = (folder / "av.libs").glob(prefix + "*")
        original = INSTALLED / "av.libs" / library.name
        assert library.stat().st_size < 100_000 < original.stat().st_size


def test_ffmpeg_still_loads_films_encode_and_decode_and_the_stood_in_encoders_refuse(
    stood_in: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    folder, done = stood_in
    assert done.returncode == 0, done.stderr
    probe = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(folder), "PATH": "/usr/bin:/bin"},
    )
    assert probe.returncode == 0, probe.stderr[-3000:]
    said = json.loads(probe.stdout)
    assert said["from"].startswith(str(folder))
    assert said["decoded_frames"] == 10
    assert said["libx265"] != "encoded" and said["libsvtav1"] != "encoded"
    assert said["listed"] == ["aac", "h264", "hevc", "libx264"]


def test_a_library_the_stand_in_cannot_replace_is_kept_and_said(tmp_path: Path) -> None:
    # a "PyAV" whose FFmpeg asks x265 for a function the stand-in does not define
    libs = tmp_path / "av.libs"
    libs.mkdir()
    (tmp_path / "av").mkdir()
    real = libs / "libx265-0000abcd.so.216"
    asking = libs / "libavcodec-0000abcd.so.62"
    (tmp_path / "real.c").write_text(
        "int x265_api_get_216(int d) { return d; }\nint x265_encoder_open_216(void) { return 1; }\n"
    )
    (tmp_path / "asking.c").write_text(
        "int x265_api_get_216(int);\nint x265_encoder_open_216(void);\n"
        "int use(void) { return x265_api_get_216(0) + x265_encoder_open_216(); }\n"
    )
    cc = shutil.which("cc") or shutil.which("gcc")
    assert cc, "a C compiler (gcc) is needed: packaging/system-packages.sh installs it"
    build = [cc, "-shared", "-fPIC", "-o"]
    subprocess.run(
        [*build, str(real), "-Wl,-soname," + real.name, str(tmp_path / "real.c")], check=True
    )
    subprocess.run(
        [*build, str(asking), str(tmp_path / "asking.c"), str(real)], check=True, cwd=tmp_path
    )
    before = real.read_bytes()

    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path), "--strict"],
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 1
    assert "libx265-0000abcd.so.216: kept (this PyAV asks for x265_encoder_open_216)" in done.stderr
    assert real.read_bytes() == before
