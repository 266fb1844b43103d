"""Story-site benchmark: export of 200 interviews, and searching the site inside Chromium.

    python benchmarks/site_bench.py                  # 200 interviews x 50 segments, 3 runs
    python benchmarks/site_bench.py --interviews 50 --runs 1

Generates an archive as the search benchmark does (about 200 characters of mixed text per
segment, 50 segments per interview, see ``search_corpus.py``), every narrator consenting to the
public. Reports, as medians of the runs:

- the site export without media (release + pages + data + prebuilt index; the archive has no
  recordings, so nothing is copied or encoded), its size, and the search data's share of it
  (aim: under 20 s);
- search latency inside Debian's headless Chromium, timed in the page with performance.now()
  over the search benchmark's queries that the site understands (no filters or operators),
  each run 5 times: p50, p95, worst (aim: p95 under 50 ms); beside it, the app's own search
  (SearchService, audience public) over the same queries on the same archive.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_bench import build_archive, percentile, query_set  # noqa: E402

from archive_app.core.archive import Archive  # noqa: E402
from archive_app.core.consent import store  # noqa: E402
from archive_app.core.search.service import SearchService  # noqa: E402
from archive_app.exchange.release import Selection, prepare_release  # noqa: E402
from archive_app.exchange.site import export_site  # noqa: E402
from tests.exchange import browser  # noqa: E402


def consent_everyone(archive: Archive) -> list[str]:
    with archive.transaction() as db:
        for (person_id,) in db.execute("SELECT id FROM person").fetchall():
            store.add_consent(
                db, person_id, date="2010-01-01", audiences=["family", "research", "public"]
            )
    return [str(r[0]) for r in archive.db.execute("SELECT id FROM interview ORDER BY date, id")]


def site_queries() -> list[str]:
    return [
        q
        for q in query_set(random.Random(3))
        if ":" not in q
        and not any(op in q.split() for op in ("OR", "AND", "NOT"))
        and not q.startswith(("-", "("))
        and " -" not in q
    ]


def browser_search(site: Path, queries: list[str], repeats: int) -> list[float]:
    with browser.chromium(1280, 900) as driver:
        driver.get((site / "index.html").as_uri())
        time.sleep(1.0)
        timings = driver.execute_script(
            "var qs = arguments[0], n = arguments[1], out = [];"
            "for (var r = 0; r < n; r++) { for (var i = 0; i < qs.length; i++) {"
            "  var t = performance.now(); HV_INDEX.search(qs[i]); out.push(performance.now() - t); } }"
            "return out;",
            queries,
            repeats,
        )
    return [float(t) for t in timings]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--interviews", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="site-bench-"))
    try:
        archive, _, _ = build_archive(scratch / "archive", args.interviews * 50, args.seed)
        interview_ids = consent_everyone(archive)
        selection = Selection(interview_ids=tuple(interview_ids))
        prepare_s: list[float] = []
        write_s: list[float] = []
        sizes: list[int] = []
        search_share: list[int] = []
        for run in range(args.runs):
            out = scratch / f"site-{run}"
            start = time.perf_counter()
            release = prepare_release(archive.db, archive.root, selection, "public")
            middle = time.perf_counter()
            report = export_site(release, out, archive.root, media=False)
            prepare_s.append(middle - start)
            write_s.append(time.perf_counter() - middle)
            sizes.append(report.bytes)
            search_share.append((out / "data" / "search.js").stat().st_size)
        queries = site_queries()
        timings = browser_search(scratch / "site-0", queries, 5)
        service = SearchService(archive)
        service.rebuild()
        app_timings: list[float] = []
        for _ in range(5):
            for query in queries:
                start = time.perf_counter()
                service.search(query, limit=20, audience="public")
                app_timings.append((time.perf_counter() - start) * 1000)
        result = {
            "interviews": len(interview_ids),
            "segments": args.interviews * 50,
            "stories_released": len(release.stories),
            "export_seconds_median": round(
                statistics.median(p + w for p, w in zip(prepare_s, write_s, strict=True)), 2
            ),
            "release_seconds_median": round(statistics.median(prepare_s), 2),
            "write_seconds_median": round(statistics.median(write_s), 2),
            "site_bytes": statistics.median(sizes),
            "search_data_bytes": statistics.median(search_share),
            "queries": len(queries),
            "site_search_ms": {
                "p50": round(percentile(timings, 0.5), 2),
                "p95": round(percentile(timings, 0.95), 2),
                "worst": round(max(timings), 2),
            },
            "app_search_ms": {
                "p50": round(percentile(app_timings, 0.5), 2),
                "p95": round(percentile(app_timings, 0.95), 2),
                "worst": round(max(app_timings), 2),
            },
            "aims": {"export_seconds": 20, "site_search_p95_ms": 50},
        }
        print(json.dumps(result, ensure_ascii=False, indent=2))
        archive.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
