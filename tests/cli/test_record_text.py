"""How ``archive-app show`` lays a record out for a person: moments as a clock on the wall reads
them, lengths as a player shows them, nothing for nothing."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

from archive_app.cli.record_text import value_text


@pytest.fixture
def in_beijing() -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_a_stored_utc_moment_reads_in_this_computers_time_zone(in_beijing: None) -> None:
    assert value_text("created_at", "2026-12-06T22:37:14.770Z") == "2026-12-07 06:37:14"


def test_a_cameras_own_time_is_shown_as_it_is() -> None:
    assert value_text("taken_at", "2023-10-03T11:09:43") == "2023-10-03 11:09:43"


@pytest.mark.parametrize(
    ("key", "value", "shown"),
    [
        ("duration_s", 16.0038, "0:16"),
        ("keywords", [], ""),
        ("notes", None, ""),
        ("created_at", "not a moment", "not a moment"),
        ("title", "2024-02-10T外婆", "2024-02-10T外婆"),
    ],
)
def test_other_values(key: str, value: object, shown: str) -> None:
    assert value_text(key, value) == shown
