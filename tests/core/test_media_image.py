"""Photos show upright at their displayed size, with when and on what camera they were taken;
an image that is not whole is refused at import."""

from __future__ import annotations

import random
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from archive_app.core.errors import RejectedFile
from archive_app.core.media.image import ImageInfo, read_image
from tests.core import media_fixtures as mf


def test_a_plain_photo_gives_its_size_and_no_exif_facts(tmp_path: Path) -> None:
    path = mf.make_jpeg(tmp_path / "photo.jpg", size=(80, 60))

    assert read_image(path) == ImageInfo(80, 60, None, None, None)


@pytest.mark.parametrize("orientation", [6, 8])
def test_a_photo_taken_sideways_reports_its_displayed_size(
    tmp_path: Path, orientation: int
) -> None:
    # Given a portrait photo that the phone stored landscape and tagged with its orientation
    path = mf.make_jpeg(tmp_path / "portrait.jpg", size=(64, 48), orientation=orientation)
    with Image.open(path) as stored:
        assert stored.size == (64, 48)

    info = read_image(path)

    assert (info.width, info.height) == (48, 64)
    assert info.orientation == orientation


@pytest.mark.parametrize("orientation", [1, 2, 3, 4, 5, 6, 7, 8])
def test_thumbnails_come_out_upright_whatever_the_orientation(
    tmp_path: Path, orientation: int
) -> None:
    path = mf.make_jpeg(tmp_path / "photo.jpg", size=(96, 64), orientation=orientation)
    thumbnail = tmp_path / "thumbs" / "photo.jpg"

    read_image(path, thumbnail_to=thumbnail, size=48)

    assert mf.quadrant_colours(thumbnail) == mf.UPRIGHT_QUADRANTS
    with Image.open(thumbnail) as shown:
        assert shown.size == ((32, 48) if orientation >= 5 else (48, 32))


def test_a_large_photo_gets_a_thumbnail_within_the_requested_size(tmp_path: Path) -> None:
    path = mf.make_jpeg(tmp_path / "big.jpg", size=(2000, 1500), orientation=6)
    thumbnail = tmp_path / "thumb.jpg"

    info = read_image(path, thumbnail_to=thumbnail, size=320)

    assert (info.width, info.height) == (1500, 2000)
    with Image.open(thumbnail) as shown:
        assert shown.size == (240, 320)
    assert mf.quadrant_colours(thumbnail) == mf.UPRIGHT_QUADRANTS


def test_when_and_on_what_camera_come_from_exif(tmp_path: Path) -> None:
    path = mf.make_jpeg(
        tmp_path / "photo.jpg", taken_at="2024:02:10 14:03:22", camera=("HUAWEI", "VOG-AL00")
    )

    info = read_image(path)

    assert info.taken_at == "2024-02-10T14:03:22"
    assert info.camera == "HUAWEI VOG-AL00"


def test_a_maker_repeated_in_the_model_is_said_once(tmp_path: Path) -> None:
    path = mf.make_jpeg(tmp_path / "photo.jpg", camera=("Canon", "Canon EOS 80D"))

    assert read_image(path).camera == "Canon EOS 80D"


def test_an_unset_camera_clock_gives_no_date(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = "0000:00:00 00:00:00"
    mf.upright_picture((32, 32)).save(path, format="JPEG", exif=exif)

    assert read_image(path).taken_at is None


def test_a_truncated_jpeg_is_a_damaged_image(tmp_path: Path) -> None:
    path = mf.make_jpeg(tmp_path / "photo.jpg", size=(640, 480))
    content = path.read_bytes()
    path.write_bytes(content[: len(content) * 2 // 3])

    with pytest.raises(RejectedFile) as caught:
        read_image(path, thumbnail_to=tmp_path / "thumb.jpg")
    assert caught.value.reason == "damaged_image"
    assert not (tmp_path / "thumb.jpg").exists()


def test_a_jpeg_header_followed_by_garbage_is_a_damaged_image(tmp_path: Path) -> None:
    path = tmp_path / "fake.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + random.Random(7).randbytes(5000))

    with pytest.raises(RejectedFile) as caught:
        read_image(path)
    assert caught.value.reason == "damaged_image"


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def test_a_decompression_bomb_is_too_large_not_damaged(tmp_path: Path) -> None:
    # A few hundred bytes that claim 20000 x 20000 pixels: whole, but not to be decoded
    path = tmp_path / "bomb.png"
    header = struct.pack(">IIBBBBB", 20000, 20000, 1, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(bytes(2000)))
        + _png_chunk(b"IEND", b"")
    )

    with pytest.raises(RejectedFile) as caught:
        read_image(path)
    assert caught.value.reason == "image_too_large"


def test_a_truncated_png_is_a_damaged_image(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    Image.effect_noise((200, 200), 50).save(path)
    content = path.read_bytes()
    path.write_bytes(content[: len(content) // 2])

    with pytest.raises(RejectedFile) as caught:
        read_image(path)
    assert caught.value.reason == "damaged_image"


def test_a_photo_gone_before_it_is_read_is_reported_as_missing_not_damaged(
    tmp_path: Path,
) -> None:
    with pytest.raises(FileNotFoundError):
        read_image(tmp_path / "gone.jpg")


def test_a_transparent_png_document_gets_a_white_thumbnail(tmp_path: Path) -> None:
    path = mf.make_png(tmp_path / "consent form.png", size=(120, 90), mode="RGBA", colour="black")
    thumbnail = tmp_path / "thumb.jpg"

    info = read_image(path, thumbnail_to=thumbnail)

    assert (info.width, info.height) == (120, 90)
    with Image.open(thumbnail) as shown:
        assert mf.colour_name(shown.convert("RGB").getpixel((10, 10))) == "white"


def test_a_thumbnail_replaces_an_old_one_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    folder = tmp_path / "derived" / "thumbnails"
    folder.mkdir(parents=True)
    thumbnail = folder / "abc.jpg"
    thumbnail.write_bytes(b"stale")

    read_image(mf.make_jpeg(tmp_path / "photo.jpg"), thumbnail_to=thumbnail)

    assert [p.name for p in folder.iterdir()] == ["abc.jpg"]
    with Image.open(thumbnail) as shown:
        assert shown.format == "JPEG"


def test_a_heic_photo_is_read_upright(tmp_path: Path) -> None:
    pillow_heif = pytest.importorskip("pillow_heif")
    if not pillow_heif.libheif_info().get("HEIF"):
        pytest.skip("this libheif has no HEVC encoder to make the test photo")
    path = tmp_path / "IMG_0001.HEIC"
    stored = mf.upright_picture((64, 48)).transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6  # displayed turned clockwise, like a phone held upright
    exif[0x010F], exif[0x0110] = "Apple", "iPhone 12"
    pillow_heif.from_pillow(stored).save(str(path), quality=90, exif=exif.tobytes())
    thumbnail = tmp_path / "thumb.jpg"

    info = read_image(path, thumbnail_to=thumbnail)

    assert (info.width, info.height) == (64, 48)
    assert info.orientation == 6
    assert info.camera == "Apple iPhone 12"
    assert mf.quadrant_colours(thumbnail) == mf.UPRIGHT_QUADRANTS
