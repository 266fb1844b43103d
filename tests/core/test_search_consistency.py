"""The index follows the catalogue: after any edits and a catch-up, or a writer killed at any
moment and a restart, search finds exactly what the catalogue holds (no lost, no phantom hits)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive_app.core import interviews
from archive_app.core.archive import Archive
from archive_app.core.search.service import SearchService
from tests.core.search_fixtures import add_segments

WORDS = ("金山伯", "侨批", "户口本", "缝纫机", "火车票")
FILLER = ("那年", "奶奶说", "后来", "村里", "我们")


def sentence(rng: random.Random) -> str:
    parts = [rng.choice(FILLER)] + rng.sample(WORDS, rng.randint(0, 2)) + [rng.choice(FILLER)]
    rng.shuffle(parts)
    return "，".join(parts) + "。"


def assert_index_matches_catalogue(archive: Archive, service: SearchService) -> None:
    for word in WORDS:
        truth = {
            str(r[0])
            for r in archive.conn.execute(
                "SELECT id FROM segment WHERE instr(text, ?) > 0", [word]
            ).fetchall()
        }
        found = service.search(word, kinds=["segment"], limit=10000)
        assert not found.from_fallback
        assert {h.id for h in found.hits} == truth, word
        assert found.total == len(truth)


def test_random_edits_and_catch_ups_keep_the_index_exact(archive: Archive) -> None:
    rng = random.Random(11)
    service = SearchService(archive)
    with archive.transaction() as db:
        interview = interviews.add_interview(db, "随机")
    segments = add_segments(archive, interview, [sentence(rng) for _ in range(30)])
    service.catch_up()
    for _ in range(8):
        with archive.transaction() as db:
            for segment_id in rng.sample(segments, 5):
                db.execute("UPDATE segment SET text = ? WHERE id = ?", [sentence(rng), segment_id])
            for segment_id in rng.sample(segments, 2):
                db.execute("DELETE FROM segment WHERE id = ?", [segment_id])
                segments.remove(segment_id)
        segments += add_segments(archive, interview, [sentence(rng) for _ in range(3)])
        service.catch_up()
        assert_index_matches_catalogue(archive, service)
    service.close()


_WRITER = """
import random, sys
from pathlib import Path
from archive_app.core import interviews
from archive_app.core.archive import Archive
from archive_app.core.search.service import SearchService
from tests.core.test_search_consistency import sentence
from tests.core.search_fixtures import add_segments

rng = random.Random(int(sys.argv[2]))
archive = Archive.open(Path(sys.argv[1]))
service = SearchService(archive)
with archive.transaction() as db:
    interview = interviews.add_interview(db, "写入中")
service.catch_up()
print("ready", flush=True)
while True:
    add_segments(archive, interview, [sentence(rng) for _ in range(rng.randint(1, 20))])
    with archive.transaction() as db:
        rows = db.execute("SELECT id FROM segment ORDER BY random() LIMIT 3").fetchall()
        for (segment_id,) in rows:
            db.execute("UPDATE segment SET text = ? WHERE id = ?", [sentence(rng), segment_id])
        db.execute("DELETE FROM segment WHERE id IN (SELECT id FROM segment ORDER BY random() LIMIT 1)")
    service.catch_up()
    if rng.random() < 0.2:
        service.optimize()  # merging commits are killed too
"""


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_writer_killed_mid_commit_again_and_again_loses_nothing(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    Archive.create(root).close()
    rng = random.Random(5)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for round_number in range(5):
        child = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(root), str(round_number)],
            stdout=subprocess.PIPE,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        with Archive.open(root) as archive:
            service = SearchService(archive)
            service.catch_up()  # after a kill: catches up, or rebuilds an index it cannot open
            assert_index_matches_catalogue(archive, service)
            service.close()
