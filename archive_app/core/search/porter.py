"""Porter's stemmer, step for step as the story site's (resources/site/search.js), which follows
the stemmer the index used to borrow from Whoosh, quirks included: the site's pages stem the
reader's words in the browser, so both must give the same stems."""

from __future__ import annotations

import re

_CONSONANTS = "[^aeiouy]+"
_VOWELS = "[aeiou]+"
_MEASURE_ABOVE_0 = re.compile(f"^({_CONSONANTS})?{_VOWELS}{_CONSONANTS}")
_MEASURE_1 = re.compile(f"^({_CONSONANTS})?{_VOWELS}{_CONSONANTS}({_VOWELS})?$")
_MEASURE_ABOVE_1 = re.compile(f"^({_CONSONANTS})?{_VOWELS}{_CONSONANTS}{_VOWELS}{_CONSONANTS}")
_HAS_VOWEL = re.compile(f"^({_CONSONANTS})?[aeiouy]")
_CVC = re.compile(f"^{_CONSONANTS}[aeiouy][^aeiouwxy]$")
_ED_ING = re.compile(r"^(.*)(ed|ing)$")
_AT_BL_IZ = re.compile(r"^(at|bl|iz)$")
_DOUBLE = re.compile(r"^([^aeiouylsz])\1$")
_STEP2_SUFFIXES = {
    "ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize",
    "bli": "ble", "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous", "ization": "ize",
    "ation": "ate", "ator": "ate", "alism": "al", "iveness": "ive", "fulness": "ful",
    "ousness": "ous", "aliti": "al", "iviti": "ive", "biliti": "ble", "logi": "log",
}  # fmt: skip
_STEP3_SUFFIXES = {
    "icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": "",
}  # fmt: skip
_STEP2 = re.compile(r"^(.+?)(" + "|".join(_STEP2_SUFFIXES) + ")$")
_STEP3 = re.compile(r"^(.+?)(" + "|".join(_STEP3_SUFFIXES) + ")$")
_STEP4 = re.compile(
    r"^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$"
)
_STEP4_ION = re.compile(r"^(.+?)(s|t)(ion)$")
_STEP5 = re.compile(r"^(.+?)e$")


def porter(word: str) -> str:
    """A lower-case word's Porter stem."""
    if len(word) < 3:
        return word
    first_y = word[0] == "y"
    if first_y:
        word = "Y" + word[1:]
    if word.endswith("s"):
        if word.endswith("sses") or word.endswith("ies"):
            word = word[:-2]
        elif word[-2] != "s":
            word = word[:-1]
    if word.endswith("eed"):
        if _MEASURE_ABOVE_0.match(word[:-3]):
            word = word[:-1]
    elif found := _ED_ING.match(word):
        base = found.group(1)
        if _HAS_VOWEL.match(base):
            word = base
            if _AT_BL_IZ.match(word):
                word += "e"
            elif _DOUBLE.match(word):  # the whole word, as the site has it (a quirk kept)
                word = word[:-1]
            elif _CVC.match(word):
                word += "e"
    if word.endswith("y") and _HAS_VOWEL.match(word[:-1]):
        word = word[:-1] + "i"
    if (found := _STEP2.match(word)) and _MEASURE_ABOVE_0.match(found.group(1)):
        word = found.group(1) + _STEP2_SUFFIXES[found.group(2)]
    if (found := _STEP3.match(word)) and _MEASURE_ABOVE_0.match(found.group(1)):
        word = found.group(1) + _STEP3_SUFFIXES[found.group(2)]
    if found := _STEP4.match(word):
        if _MEASURE_ABOVE_1.match(found.group(1)):
            word = found.group(1)
    elif found := _STEP4_ION.match(word):
        base = found.group(1) + found.group(2)
        if _MEASURE_ABOVE_1.match(base):
            word = base
    if found := _STEP5.match(word):
        base = found.group(1)
        if _MEASURE_ABOVE_1.match(base) or (_MEASURE_1.match(base) and not _CVC.match(base)):
            word = base
    if word.endswith("ll") and _MEASURE_ABOVE_1.match(word):
        word = word[:-1]
    if first_y:
        word = "y" + word[1:]
    return word
