"""Reading what the user typed: words, phrases, operators, filters."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from archive_app.core.search.query import All, And, Not, Or, Word, parse


def test_words_are_all_required() -> None:
    assert parse("留守 户口").tree == And((Word("留守"), Word("户口")))


def test_or_binds_tighter_than_the_implied_and() -> None:
    assert parse("户口 OR 学籍 高考").tree == And((Or((Word("户口"), Word("学籍"))), Word("高考")))


def test_not_and_minus_exclude() -> None:
    expected = And((Word("户口"), Not(Word("高考"))))
    assert parse("户口 NOT 高考").tree == expected
    assert parse("户口 -高考").tree == expected
    assert parse("-高考").tree == And((All(), Not(Word("高考"))))


def test_lower_case_or_is_a_word() -> None:
    assert parse("black or white").tree == And((Word("black"), Word("or"), Word("white")))


def test_quotes_of_every_kind_make_phrases() -> None:
    for typed in ('"奶奶的 缝纫机"', "“奶奶的 缝纫机”", "「奶奶的 缝纫机」"):
        assert parse(typed).tree == Word("奶奶的 缝纫机", quoted=True)


def test_filters_are_taken_out_of_the_words() -> None:
    parsed = parse('place:台山市 户口 year:2019 tag:"侨 乡" kind:segment')
    assert parsed.tree == Word("户口")
    assert parsed.filters == {
        "place": ("台山市",),
        "year": ("2019",),
        "tag": ("侨 乡",),
        "kind": ("segment",),
    }
    assert parse("place:台山市").tree is None


def test_parentheses_group() -> None:
    assert parse("(春节 OR 过年) 火车").tree == And(
        (Or((Word("春节"), Word("过年"))), Word("火车"))
    )


def test_unknown_prefixes_stay_words() -> None:
    assert parse("12:30").tree == Word("12:30")


@given(st.text(max_size=40))
def test_anything_typed_parses_without_an_error(text: str) -> None:
    parse(text)
