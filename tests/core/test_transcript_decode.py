"""Transcript files in any encoding come out as the exact text that was written, never mojibake."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from archive_app.core.errors import RejectedFile
from archive_app.core.transcripts.decode import decode_text

HERE = Path("interview.txt")

#: what narrators and interviewers say, as typed on mainland machines (GBK)
SIMPLIFIED = [
    "奶奶说，爸爸妈妈过年才回来。",
    "我小时候跟着爷爷奶奶在村里长大。",
    "他们在广州的工厂里打工，一年只能见一次面。",
    "孩子的户口在老家，城里的公立学校不收。",
    "每次打电话，她都问我有没有好好吃饭。",
    "那年冬天特别冷，我们一家人围着火炉等他们回家。",
    "高考必须回户籍所在地参加，所以初中就回来了。",
    "妈妈走的那天，我躲在门后面哭了很久。",
    "我们屋头的娃儿都是奶奶带大的，莫得办法。",
    "你晓得不嘛，那个时候啥子都没得。",
    "学校离家有十几里山路，冬天天不亮就要出门。",
    "请问您今年多大年纪了？",
    "钱不够用，前年就把猪卖了。",
    "让我们去县城看病，路上要走半天。",
    "第一次坐火车去深圳，我才十六岁。",
    "嗯，那个时候……我也不记得了。",
    "外婆：你们城里人不懂我们乡下的苦。",
]

#: the same kind of speech as written in Taiwan, Hong Kong and the diaspora (Big5)
TRADITIONAL = [
    "我阿公當年從台山去金山，寄錢返鄉下起屋。",
    "奶奶說，爸爸媽媽過年才回來。",
    "那時候村裡的孩子都是老人家帶大的。",
    "我們在舊金山的唐人街長大，還記得家鄉話。",
    "他寫信回去，說這邊的工作很辛苦。",
    "請問您是哪一年離開家鄉的？",
    "讓孩子讀書是我們最大的願望。",
    "外婆：妳們不要忘記祖先。",
    "爺爺種了一輩子地，腰都彎了。",
    "我爸在東莞做鞋，我媽在廠裡做飯。",
]

MIXED_LINES = (
    "[00:00:01] 采访者：奶奶，您是哪年生的？\n"
    "[00:00:04] 奶奶：我是一九五二年的，属龙。\n"
    "[00:00:09] 奶奶：我们屋头那时候莫得钱，娃儿些都没读成书。\n"
    "[00:00:15] Interviewer: So who looked after the children?\n"
    "[00:00:19] 奶奶：还不是我嘛！他们爸妈都在东莞打工。\n"
)


def windows(sentence: str, width: int) -> list[str]:
    return [sentence[i : i + width] for i in range(len(sentence) - width + 1)]


@pytest.mark.parametrize("sentence", SIMPLIFIED)
def test_gbk_sentences_come_out_exactly(sentence: str) -> None:
    decoded = decode_text(sentence.encode("gbk"), HERE)
    assert decoded.text == sentence
    assert decoded.encoding == "gb18030"


@pytest.mark.parametrize("sentence", TRADITIONAL)
def test_big5_sentences_come_out_exactly(sentence: str) -> None:
    decoded = decode_text(sentence.encode("big5"), HERE)
    assert decoded.text == sentence
    assert decoded.encoding == "big5"


@pytest.mark.parametrize("width", [5, 10, 20])
def test_short_pieces_are_never_read_in_the_other_encoding(width: int) -> None:
    # Every stretch of `width` characters of every sentence, as a whole file.
    for sentence in SIMPLIFIED:
        for piece in windows(sentence, width):
            assert decode_text(piece.encode("gbk"), HERE).text == piece
    for sentence in TRADITIONAL:
        for piece in windows(sentence, width):
            assert decode_text(piece.encode("big5"), HERE).text == piece


def test_a_whole_gbk_transcript_with_dialect_and_english_lines_comes_out_exactly() -> None:
    decoded = decode_text(MIXED_LINES.encode("gbk"), HERE)
    assert decoded.text == MIXED_LINES


def test_a_whole_big5_transcript_comes_out_exactly() -> None:
    text = "\n".join(f"[00:00:{i:02d}] 阿婆：{line}" for i, line in enumerate(TRADITIONAL)) + "\n"
    decoded = decode_text(text.encode("big5"), HERE)
    assert decoded == decoded.__class__(text, "big5")


def test_traditional_text_typed_in_gbk_is_still_read_as_gbk() -> None:
    text = "\n".join(TRADITIONAL)
    assert decode_text(text.encode("gbk"), HERE).text == text


def test_gb18030_characters_beyond_gbk_come_out_exactly() -> None:
    text = "奶奶的名字里有个𠮷字，她笑着说😊，那年一斤米要五毛钱€。"
    decoded = decode_text(text.encode("gb18030"), HERE)
    assert decoded.text == text
    assert decoded.encoding == "gb18030"


def test_cantonese_characters_in_big5_hkscs_come_out_exactly() -> None:
    text = "阿婆話佢去咗金山做嘢，冇返嚟。我哋細個嗰陣時好窮。"
    decoded = decode_text(text.encode("big5hkscs"), HERE)
    assert decoded.text == text


@pytest.mark.parametrize(
    ("encoding", "bom", "expected"),
    [
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
        ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32"),
        ("utf-32-be", codecs.BOM_UTF32_BE, "utf-32"),
    ],
)
def test_unicode_with_a_byte_order_mark_loses_the_mark(
    encoding: str, bom: bytes, expected: str
) -> None:
    decoded = decode_text(bom + MIXED_LINES.encode(encoding), HERE)
    assert decoded.text == MIXED_LINES
    assert decoded.encoding == expected


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_recognised(encoding: str) -> None:
    decoded = decode_text(MIXED_LINES.encode(encoding), HERE)
    assert decoded.text == MIXED_LINES
    assert decoded.encoding == encoding


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_in_short_chinese_lines(encoding: str) -> None:
    text = "奶奶说\n爸爸妈妈过年才回来\n"
    assert decode_text(text.encode(encoding), HERE).text == text


def test_utf8_without_a_mark_is_read_as_utf8() -> None:
    decoded = decode_text(MIXED_LINES.encode("utf-8"), HERE)
    assert decoded == decoded.__class__(MIXED_LINES, "utf-8")


@pytest.mark.parametrize("encoding", ["gbk", "big5", "utf-8", "utf-16"])
def test_windows_and_old_mac_line_ends_become_newlines(encoding: str) -> None:
    text = "外婆：你們好\r\n孫女：好\r第三行\n"
    decoded = decode_text(text.encode(encoding), HERE)
    assert decoded.text == "外婆：你們好\n孫女：好\n第三行\n"


def test_an_english_transcript_from_windows_keeps_its_curly_quotes() -> None:
    text = "Grandma: \u201cWe had no money,\u201d she said \u2013 \u201cnone at all.\u201d\n"
    assert decode_text(text.encode("cp1252"), HERE).text == text


@pytest.mark.parametrize(
    "data",
    [b"", b"   \r\n\t\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, "\u3000\n".encode("utf-8")],
)
def test_an_empty_file_is_rejected_as_empty(data: bytes) -> None:
    with pytest.raises(RejectedFile) as raised:
        decode_text(data, HERE)
    assert raised.value.reason == "empty_transcript"
    assert raised.value.path == HERE


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_binary_data_is_rejected_as_unknown_encoding(seed: int) -> None:
    data = random.Random(seed).randbytes(3000)
    with pytest.raises(RejectedFile) as raised:
        decode_text(data, HERE)
    assert raised.value.reason == "unknown_encoding"


def test_text_never_holds_nul_characters() -> None:
    # A UTF-16 file read as UTF-8 would be full of NULs: that reading must be refused.
    decoded = decode_text("Interviewer: hello\n".encode("utf-16-le"), HERE)
    assert "\x00" not in decoded.text
    assert decoded.text == "Interviewer: hello\n"


# -- stray control characters: decode first, judge later ---------------------------------------

#: debris seen in files from Word, WPS, phone apps and subtitle tools
STRAY_CONTROLS = ["\x00", "\x0b", "\x0c", "\x01", "\x07", "\x1b", "\x7f"]


def with_strays(text: str, control: str, places: int = 3) -> str:
    """``text`` with ``control`` put between characters at a few places along it."""
    step = max(1, len(text) // (places + 1))
    cuts = [step * (n + 1) for n in range(places)]
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return control.join(pieces)


TRADITIONAL_LINES = "\n".join(f"[00:00:{i:02d}] 阿婆：{line}" for i, line in enumerate(TRADITIONAL))


@pytest.mark.parametrize("control", STRAY_CONTROLS)
@pytest.mark.parametrize(
    ("source", "encoding", "expected"),
    [
        (MIXED_LINES, "utf-8", "utf-8"),
        (MIXED_LINES, "utf-8-sig", "utf-8-sig"),
        (MIXED_LINES, "gbk", "gb18030"),
        (TRADITIONAL_LINES, "big5", "big5"),
        (MIXED_LINES, "utf-16", "utf-16"),
        (MIXED_LINES, "utf-16-le", "utf-16-le"),
        (MIXED_LINES, "utf-16-be", "utf-16-be"),
        ("\n".join(SIMPLIFIED), "utf-16-le", "utf-16-le"),
    ],
)
def test_a_few_stray_controls_keep_the_encoding_and_every_character(
    control: str, source: str, encoding: str, expected: str
) -> None:
    text = with_strays(source, control)
    decoded = decode_text(text.encode(encoding), HERE)
    assert decoded.encoding == expected
    assert decoded.text == text  # decoding keeps them; the parser decides what they become


@pytest.mark.parametrize(
    ("encoding", "expected"), [("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be")]
)
def test_a_nul_heavy_file_that_really_is_utf16_is_still_read_as_utf16(
    encoding: str, expected: str
) -> None:
    # English in UTF-16 is half NUL bytes; a few stray controls must not make it look 8-bit.
    text = with_strays("Interviewer: Who looked after the children?\nGrandma: I did.\n", "\x00")
    text = with_strays(text, "\x0b", places=1)
    decoded = decode_text(text.encode(encoding), HERE)
    assert (decoded.encoding, decoded.text) == (expected, text)


@pytest.mark.parametrize(
    ("encoding", "expected", "sentences"),
    [
        ("gbk", "gb18030", SIMPLIFIED[:6]),
        ("big5", "big5", TRADITIONAL[:6]),
        ("utf-8", "utf-8", SIMPLIFIED[:6]),
    ],
)
def test_one_nul_anywhere_in_a_chinese_file_is_never_taken_for_utf16(
    encoding: str, expected: str, sentences: list[str]
) -> None:
    # One NUL byte, on an odd or an even offset, looks like the NUL pattern of UTF-16.
    for sentence in sentences:
        for place in range(len(sentence) + 1):
            text = sentence[:place] + "\x00" + sentence[place:]
            decoded = decode_text(text.encode(encoding), HERE)
            assert (decoded.encoding, decoded.text) == (expected, text)


def test_c1_controls_in_utf8_keep_it_utf8() -> None:
    text = with_strays(MIXED_LINES, "\x85") + with_strays(MIXED_LINES, "\x9c")
    decoded = decode_text(text.encode("utf-8"), HERE)
    assert (decoded.encoding, decoded.text) == ("utf-8", text)


def test_text_that_is_mostly_control_characters_is_still_refused() -> None:
    data = ("奶奶说" + "\x00\x01\x02\x03" * 40).encode("utf-8") * 5
    with pytest.raises(RejectedFile) as raised:
        decode_text(data, HERE)
    assert raised.value.reason == "unknown_encoding"
