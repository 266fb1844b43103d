"""Speaker labels: '奶奶：我们那时候…' is 奶奶 speaking; '他说：我明天回来' is not a label."""

from __future__ import annotations

import re

_SPEAKER = re.compile(
    r"^(?P<name>[^\s:：]{1}[^:：\n]{0,23}?)\s*(?P<colon>[:：])(?P<rest>.*)$", re.S
)
#: characters no speaker label contains (they mean the colon belongs to a sentence)
_NOT_IN_NAMES = set(",，。.!?！？;；\"“”'‘’、/\\<>[]")
#: verbs of saying: '他说：' opens a quotation inside speech, it is not a speaker label
_SAYING = ("说", "說", "讲", "講", "道")


def split_speaker(line: str) -> tuple[str, str]:
    """``('奶奶', '我们那时候…')`` for ``'奶奶：我们那时候…'``; ``('', line)`` when no label."""
    match = _SPEAKER.match(line.strip())
    if not match:
        return "", line.strip()
    name = match["name"].strip()
    rest = match["rest"]
    if match["colon"] == ":" and rest and rest[0] < "\x80" and not rest[0].isspace():
        return "", line.strip()  # '10:30', 'http://', 'a:b' are not labels
    if (
        _NOT_IN_NAMES & set(name)
        or len(name.split()) > 4
        or (len(name) > 8 and any(char >= "\u3000" for char in name))
        or not any(char.isalpha() for char in name)
        or (len(name) > 1 and name.endswith(_SAYING))
    ):
        return "", line.strip()
    return name, rest.strip()
