"""The curator's passphrase for leaving family mode: an argon2id hash kept with the app's
settings, and a growing wait after repeated wrong tries that closing the dialog does not reset.

The wait is written to the settings before the answer is given, so a child cannot get round it
by closing the dialog, or the app.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from archive_app.ui.settings import AppSettings

HASH_KEY = "family/passphrase_hash"
FAILURES_KEY = "family/failed_tries"
WAIT_UNTIL_KEY = "family/wait_until"

#: wrong tries allowed before each further try has to wait
FREE_TRIES = 5
#: the first wait; each further wrong try doubles it, up to the longest
FIRST_WAIT_S = 30.0
LONGEST_WAIT_S = 15 * 60.0
#: a passphrase shorter than this is refused when set
SHORTEST = 4


@dataclass(frozen=True)
class Answer:
    """The outcome of one try: ``unlocked``, or how long the next try must wait (0: none)."""

    unlocked: bool
    wait_s: float
    failures: int


def wait_after(failures: int) -> float:
    """Seconds to wait before the next try after ``failures`` wrong tries in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return min(FIRST_WAIT_S * 2 ** (failures - FREE_TRIES), LONGEST_WAIT_S)


class PassphraseLock:
    """Sets and checks the passphrase; ``clock`` gives seconds since the epoch (tests pass their
    own)."""

    def __init__(self, settings: AppSettings, clock: Callable[[], float] = time.time) -> None:
        self.settings = settings
        self.clock = clock
        self._hasher = PasswordHasher()  # argon2id with the library's recommended costs

    @property
    def is_set(self) -> bool:
        return bool(self.settings.value(HASH_KEY, ""))

    def set(self, passphrase: str) -> None:
        """Keep a new passphrase (as its hash) and forget earlier wrong tries.

        Raises :class:`ValueError` for one shorter than :data:`SHORTEST` characters.
        """
        if len(passphrase.strip()) < SHORTEST:
            raise ValueError("passphrase too short")
        self.settings.set_value(HASH_KEY, self._hasher.hash(passphrase))
        self._record(0, 0.0)

    @property
    def failures(self) -> int:
        try:
            return int(self.settings.value(FAILURES_KEY, "0"))
        except ValueError:
            return FREE_TRIES  # a damaged count errs on the careful side

    def wait_left(self) -> float:
        """Seconds before the next try is listened to (0: now)."""
        try:
            until = float(self.settings.value(WAIT_UNTIL_KEY, "0"))
        except ValueError:
            until = self.clock() + FIRST_WAIT_S
        return max(until - self.clock(), 0.0)

    def try_passphrase(self, passphrase: str) -> Answer:
        """Check a try. While a wait is running the try is not even looked at."""
        wait = self.wait_left()
        if wait > 0:
            return Answer(False, wait, self.failures)
        stored = self.settings.value(HASH_KEY, "")
        if stored and self._matches(stored, passphrase):
            self._record(0, 0.0)
            return Answer(True, 0.0, 0)
        failures = self.failures + 1
        wait = wait_after(failures)
        self._record(failures, self.clock() + wait if wait else 0.0)
        return Answer(False, wait, failures)

    def _matches(self, stored: str, passphrase: str) -> bool:
        try:
            return bool(self._hasher.verify(stored, passphrase))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def _record(self, failures: int, wait_until: float) -> None:
        self.settings.set_value(FAILURES_KEY, failures)
        self.settings.set_value(WAIT_UNTIL_KEY, wait_until)
        self.settings.sync()
