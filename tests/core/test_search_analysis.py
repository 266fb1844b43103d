"""The analyzer: what terms mixed Chinese/Latin text gives, and where they are in the original."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from archive_app.core.search import analysis, pinyin
from archive_app.core.search.snippets import snippet, spans


def terms(text: str) -> set[str]:
    return {t.text for t in analysis.analyse(text)}


def test_traditional_and_full_width_fold_to_what_simplified_and_ascii_give() -> None:
    assert terms("留守兒童的戶口") == terms("留守儿童的户口")
    assert terms("ＡＢＣ　１２３") == terms("abc 123")
    assert analysis.fold("liúshǒu").text == "liushou"


def test_bigrams_do_not_bridge_punctuation_but_do_bridge_spaces() -> None:
    assert "童户" not in terms("儿童，户口")
    assert "守儿" in terms("留守 儿童")  # speech recognition often spaces the words


def test_latin_words_are_lowercased_and_kept_as_written() -> None:
    # stems are the query's business (it widens a word to the indexed words of its stem)
    assert {"left", "behind", "children", "villages"} <= terms("Left-Behind children, Villages")
    assert analysis.stem("villages") == analysis.stem("village")


def test_every_character_is_reachable_by_a_prefix_of_some_term() -> None:
    text = "奶奶说：孩子。"
    found = terms(text)
    for char in "奶说孩子":
        assert any(t.startswith(char) for t in found)


def test_positions_are_consecutive_so_phrases_can_be_checked() -> None:
    found = analysis.analyse("在Shenzhen打工")
    by_text = {t.text: t.position for t in found}
    assert by_text["在"] + 1 == by_text["shenzhen"]
    assert by_text["shenzhen"] + 1 == by_text["打工"]
    phrase = analysis.word_phrase("在Shenzhen打工")
    assert phrase is not None and phrase.terms == ("在", "shenzhen", "打工")
    assert spans("在Shenzhen打工", [phrase]) == [(0, 11)]  # the whole text


def test_spans_point_into_the_original_even_when_folding_changes_lengths() -> None:
    text = "㈱公司的留守兒童"  # ㈱ folds to three characters
    phrase = analysis.word_phrase("留守儿童")
    assert phrase is not None
    [(start, end)] = spans(text, [phrase])
    assert text[start:end] == "留守兒童"


def test_snippets_mark_matches_in_the_text_as_written() -> None:
    phrase = analysis.word_phrase("户口")
    assert phrase is not None
    assert (
        snippet("没有深圳的戶口，孩子不能上学。", [phrase]) == "没有深圳的[[戶口]]，孩子不能上学。"
    )
    spaced = analysis.word_phrase('"留守儿童 left-behind"')
    assert spaced is not None
    assert (
        snippet("那些留守 兒童 Left-Behind 孩子", [spaced]) == "那些[[留守 兒童 Left-Behind]] 孩子"
    )
    long = "前" * 200 + "户口" + "后" * 200
    shown = snippet(long, [phrase])
    assert "[[户口]]" in shown and shown.startswith("…") and shown.endswith("…")


def test_pinyin_splits_words_into_syllables_and_respects_apostrophes() -> None:
    assert ("liu", "shou") in pinyin.syllable_splits("liushou")
    assert pinyin.syllable_splits("xi'an") == [("xi", "an")]
    assert ("xian",) in pinyin.syllable_splits("xian")
    assert pinyin.syllable_splits("left") == []


def test_pinyin_becomes_the_hanzi_words_the_index_holds() -> None:
    held = {"留": ("留守", "留下"), "守": ("守儿",), "流": ("流水",)}
    words = pinyin.hanzi_words(("liu", "shou"), lambda char: held.get(char, ()))
    assert words == ["留守"]
    assert pinyin.hanzi_words(("liu", "shou", "er"), lambda char: held.get(char, ())) == ["留守儿"]


def test_every_reading_of_a_character_counts() -> None:
    assert {"xing", "hang"} <= set(pinyin.readings("行"))


@given(st.text(max_size=60))
def test_any_text_analyses_with_spans_inside_it(text: str) -> None:
    for term in analysis.analyse(text):
        assert 0 <= term.start < term.end <= len(text)


@given(st.text(max_size=80))
def test_the_indexing_shortcut_gives_exactly_the_analysers_terms(text: str) -> None:
    # taking a document out of the index again depends on it
    assert analysis.index_terms(text) == [t.text for t in analysis.analyse(text)]


def test_the_indexing_shortcut_on_mixed_text() -> None:
    text = "留守 兒童，Left-Behind children；ＡＢＣ１２３ 奶奶說：「回來」"
    assert analysis.index_terms(text) == [t.text for t in analysis.analyse(text)]


@given(st.text(max_size=60))
def test_folding_normalizes_exactly_as_nfkc(text: str) -> None:
    import unicodedata

    assert analysis._nfkc(text) == unicodedata.normalize("NFKC", text)


def test_stems_are_porters_as_the_story_sites_pages_compute_them() -> None:
    # the index used to borrow Whoosh's Porter stemmer, and the site's JavaScript follows it,
    # quirks included ("running" keeps its double n): these are that stemmer's answers
    expected = {
        "families": "famili", "running": "runn", "generalization": "gener", "hopping": "hopp",
        "hoped": "hope", "agreed": "agre", "caresses": "caress", "ponies": "poni",
        "relational": "relat", "conditional": "condit", "digitizer": "digit",
        "vietnamization": "vietnam", "feudalism": "feudal", "hopefulness": "hope",
        "formalize": "formal", "electrical": "electr", "adjustable": "adjust",
        "replacement": "replac", "homologous": "homolog", "bowdlerize": "bowdler",
        "controll": "control", "yellow": "yellow", "grandmothers": "grandmoth",
        "remittances": "remitt", "festivals": "festiv", "schooling": "school",
        "villages": "villag",
    }  # fmt: skip
    assert {word: analysis.stem(word) for word in expected} == expected
