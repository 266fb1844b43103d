"""Search benchmark: our search beside a bare SQLite FTS5 fed the same terms, one corpus, one run.

    python benchmarks/search_bench.py --segments 10000      # quick
    python benchmarks/search_bench.py --segments 100000     # the issue's size

Generates an archive of transcript segments (about 200 characters of mixed text each, 50 per
interview, see ``search_corpus.py``), then reports for both, measured in turn (so a busy machine
slows both alike; the ratios are what to compare): rebuild segments/s (median of ``--runs``),
index size, query latency p50/p95/worst over the varied query set (ours: totals, top 20 ranked,
facet counts and snippets, as the app asks; the reference: the top 20 only), the first result in
a fresh process, the latency of making one new 50-segment interview searchable, and recall and
precision on labelled queries whose truth is computed from the generated text by plain string
matching. Also the cost of each part of the analyzer.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import opencc  # noqa: E402
from search_corpus import CITIES, KIN, PLACES, Generator  # noqa: E402
from search_reference import Fts5Reference  # noqa: E402

from archive_app.core import interviews, people, places  # noqa: E402
from archive_app.core.archive import Archive  # noqa: E402
from archive_app.core.clock import new_id, now_iso  # noqa: E402
from archive_app.core.search import analysis  # noqa: E402
from archive_app.core.search.service import SearchService  # noqa: E402

_T2S = opencc.OpenCC("t2s")


# -- the archive ---------------------------------------------------------------------------------


def build_archive(
    root: Path, segments: int, seed: int
) -> tuple[Archive, dict[str, dict[str, object]], dict[str, str]]:
    """A new archive of ``segments`` generated segments. Returns (archive, interview facts by id,
    segment text by id)."""
    archive = Archive.create(root)
    generator = Generator(seed)
    facts: dict[str, dict[str, object]] = {}
    texts: dict[str, str] = {}
    stamp = now_iso()
    with archive.transaction() as db:
        place_ids: dict[tuple[str, ...], str] = {}
        for chain in PLACES:
            parent = None
            for depth, name in enumerate(chain):
                key = chain[: depth + 1]
                if key not in place_ids:
                    place_ids[key] = places.add_place(db, name, parent_id=parent)
                parent = place_ids[key]
        narrators: dict[str, str] = {}
        current: str | None = None
        transcript: str | None = None
        rows: list[tuple[object, ...]] = []
        for spec, segment in generator.segments(segments):
            if segment.position == 0:
                if spec.narrator not in narrators:
                    narrators[spec.narrator] = people.add_person(db, spec.narrator)
                current = interviews.add_interview(
                    db, spec.title, date=f"{spec.year}-06-01", place_id=place_ids[spec.place],
                    summary=f"{spec.narrator}讲{spec.place[2]}的生活", status="transcribed",
                )  # fmt: skip
                interviews.link_person(db, current, narrators[spec.narrator], "narrator")
                transcript = new_id()
                db.execute(
                    "INSERT INTO transcript (id, interview_id, created_at, updated_at) VALUES (?, ?, ?, ?)",
                    [transcript, current, stamp, stamp],
                )
                facts[current] = {"place": spec.place, "year": spec.year}
            segment_id = new_id()
            texts[segment_id] = segment.text
            rows.append((segment_id, transcript, segment.position, segment.start_s, segment.start_s + 14.0,
                         segment.speaker, segment.text, stamp, stamp))  # fmt: skip
            if len(rows) >= 5000:
                _insert_segments(db, rows)
        _insert_segments(db, rows)
    return archive, facts, texts


def _insert_segments(db: object, rows: list[tuple[object, ...]]) -> None:
    db.conn.executemany(  # type: ignore[attr-defined]
        "INSERT INTO segment (id, transcript_id, position, start_s, end_s, speaker, text, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    rows.clear()


# -- queries ------------------------------------------------------------------------------------

SINGLE = ("奶", "钱", "家", "猪", "哭", "考", "饭", "路", "病", "书")
WORDS = ("户口", "打工", "春节", "学校", "火车", "工资", "外婆", "作业", "手机", "高考", "房子", "腊肉",
         "微信", "老师", "医院", "糍粑", "债", "奖状", "家长会", "割猪草")  # fmt: skip
PHRASES = ("留守儿童", "火车票很难买", "二等居民", "户口所在地", "公立学校", "读书才有出路", "舍不得休息",
           "视频通话", "奶奶的缝纫机", "躲在门后面")  # fmt: skip
TRADITIONAL = ("戶口", "留守兒童", "學校", "火車票", "過年", "醫院", "僑批", "電話", "讀書", "腰疼")
PINYIN = ("hukou", "dagong", "liushou ertong", "chunjie", "xi'an", "gaokao", "qiaopi", "jinshanbo",
          "huochepiao", "waipo", "shouji", "laorou", "yiyuan", "zuoye", "shenzhen")  # fmt: skip
ENGLISH = ("left-behind", "factory", "Spring Festival", "grandmother", "hukou system", "train",
           "village school", "returned migrant", "money home", "teachers")  # fmt: skip
BOOLEAN = ("户口 OR 学籍", "打工 -深圳", "户口 AND 高考", "奶奶 NOT 爷爷", "(春节 OR 过年) 火车",
           "留守儿童 -老师", "侨批 OR 金山伯", "工厂 打工 -东莞")  # fmt: skip


def query_set(rng: random.Random) -> list[str]:
    """At least 200 varied queries in the forms users type."""
    found: list[str] = []
    found += SINGLE + WORDS + PHRASES + TRADITIONAL + PINYIN + ENGLISH + BOOLEAN
    found += [f'"{p}"' for p in PHRASES[:5]]
    found += [f"{k}{w}" for k in ("奶奶", "爸爸", "妈妈") for w in ("打工", "做饭", "回来")]
    for chain in PLACES:
        found.append(f"place:{chain[2]} {rng.choice(WORDS)}")
        found.append(f"place:{chain[0]} kind:segment {rng.choice(PHRASES)}")
    for year in range(2012, 2025):
        found.append(f"year:{year} {rng.choice(WORDS)}")
    for city in CITIES:
        found.append(f"{city} {rng.choice(WORDS)}")
        found.append(f"在{city}")
    for kin in KIN:
        found.append(f"{kin} {rng.choice(SINGLE)}")
        found.append(f'"{kin}在电话里"')
    while len(found) < 210:
        found.append(f"{rng.choice(WORDS)} {rng.choice(WORDS + TRADITIONAL)}")
    return list(dict.fromkeys(found))


# -- labelled queries: truth from the text itself ------------------------------------------------


def matchable(text: str) -> str:
    return re.sub(r"\s+", "", _T2S.convert(unicodedata.normalize("NFKC", text))).lower()


def _contains(*needles: str) -> Callable[[str, dict[str, object]], bool]:
    return lambda text, _facts: all(n in text for n in needles)


def _any(*needles: str) -> Callable[[str, dict[str, object]], bool]:
    return lambda text, _facts: any(n in text for n in needles)


LABELLED: list[tuple[str, Callable[[str, dict[str, object]], bool]]] = [
    ("户口本", _contains("户口本")),
    ("戶口本", _contains("户口本")),
    ("hukouben", _contains("户口本")),
    ("留守儿童", _contains("留守儿童")),
    ("留守兒童", _contains("留守儿童")),
    ("liushou ertong", _contains("留守", "儿童")),
    ("侨批", _contains("侨批")),
    ("僑批", _contains("侨批")),
    ("qiaopi", _contains("侨批")),
    ("jinshanbo", _contains("金山伯")),
    ("xi'an", _contains("西安")),
    ('"奶奶的缝纫机"', _contains("奶奶的缝纫机")),
    ("缝纫机 -奶奶", lambda t, f: "缝纫机" in t and "奶奶" not in t),
    ("侨批 OR 金山伯", _any("侨批", "金山伯")),
    ("left-behind", _any("left-behind", "留守")),
    ('"returned migrant"', _contains("returnedmigrant")),
    ("奶", _contains("奶")),
    ("place:台山市 侨批", lambda t, f: "侨批" in t and "台山市" in f["place"]),  # type: ignore[operator]
    ("year:2019 户口本", lambda t, f: "户口本" in t and f["year"] == 2019),
]


# -- measuring ----------------------------------------------------------------------------------


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def analyzer_costs(texts: list[str]) -> dict[str, float]:
    """Microseconds per segment for each analyzer configuration (pinyin measured separately)."""
    from archive_app.core.search import pinyin

    sample = texts[:3000]
    costs: dict[str, float] = {}
    configs = {
        "bigrams+run-final chars, words as written (kept)": analysis.Options(),
        "without t2s/NFKC folding": analysis.Options(simplify=False),
        "with stems instead of words": analysis.Options(stemming=True),
        "with every single char": analysis.Options(all_unigrams=True),
    }
    for name, options in configs.items():
        start = time.perf_counter()
        for text in sample:
            analysis.analyse(text, options)
        costs[name] = (time.perf_counter() - start) / len(sample) * 1e6
    start = time.perf_counter()
    for text in sample:
        for char in text:
            pinyin.readings(char)
    costs["pinyin readings of every char (a pinyin field's input)"] = (
        (time.perf_counter() - start) / len(sample) * 1e6
    )
    return costs


def summary(times_ms: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(statistics.median(times_ms), 1),
        "p95_ms": round(percentile(times_ms, 0.95), 1),
        "worst_ms": round(max(times_ms), 1),
    }


def interleaved_queries(
    ours: Callable[[str], object],
    reference: Callable[[str], object],
    queries: list[str],
    rounds: int,
) -> tuple[dict[str, object], dict[str, object]]:
    """Each query's median time over ``rounds``, both engines asked in turn (which one goes
    first alternates), then p50/p95/worst over the queries."""
    for q in ("奶奶", "liushou", "left-behind", "place:台山市 户口", '"留守儿童"'):
        ours(q)  # warm up as a session does with its first searches
        reference(q)
    samples: dict[str, list[list[float]]] = {
        "ours": [[] for _ in queries],
        "fts5": [[] for _ in queries],
    }
    for round_number in range(rounds):
        for number, q in enumerate(queries):
            order = [("ours", ours), ("fts5", reference)]
            if (number + round_number) % 2:
                order.reverse()
            for name, run in order:
                start = time.perf_counter()
                run(q)
                samples[name][number].append((time.perf_counter() - start) * 1000)
    found: list[dict[str, object]] = []
    for name in ("ours", "fts5"):
        medians = [statistics.median(t) for t in samples[name]]
        row: dict[str, object] = {"queries": len(queries), "rounds": rounds, **summary(medians)}
        row["slowest"] = queries[medians.index(max(medians))]
        found.append(row)
    return found[0], found[1]


def _rss_mb() -> float:
    from benchmarks.memory import tree_rss_bytes

    return round(tree_rss_bytes() / 2**20, 1)


def memory_phase(root: Path, seed: int) -> dict[str, float]:
    """Resident memory of a fresh process searching the archive at ``root``: opened, after its
    first query, and after 50 varied queries (run in its own process by :func:`main`)."""
    archive = Archive.open(root, read_only=True)
    service = SearchService(archive)
    opened = _rss_mb()
    queries = query_set(random.Random(seed))[:50]
    service.search(queries[0], limit=20)
    after_first = _rss_mb()
    for q in queries[1:]:
        service.search(q, limit=20)
    return {
        "opened_mb": opened,
        "after_first_query_mb": after_first,
        "after_50_queries_mb": _rss_mb(),
    }


def first_query_phase(root: Path, engine_name: str, query: str) -> dict[str, float]:
    """A fresh process (modules imported) opening the archive or the reference file and
    answering one query: seconds to the first result."""
    start = time.perf_counter()
    cpu = time.process_time()
    if engine_name == "ours":
        archive = Archive.open(root, read_only=True)
        service = SearchService(archive)
        found = service.search(query, limit=20)
        assert not found.from_fallback
        count = len(found.hits)
    else:
        count = len(Fts5Reference.reopen(root).search(query, limit=20))
    return {
        "seconds": time.perf_counter() - start,
        "cpu_seconds": time.process_time() - cpu,
        "hits": count,
    }


def _child(*args: str) -> dict[str, float]:
    import subprocess

    done = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=True
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def first_queries(archive_root: Path, fts_path: Path, runs: int) -> dict[str, dict[str, float]]:
    """Median seconds to the first result in a fresh process, per query, both engines in turn."""
    found: dict[str, dict[str, float]] = {}
    for query in ("留守儿童", "liushou", "left-behind 户口"):
        times: dict[str, list[float]] = {"ours": [], "fts5": []}
        cpu: dict[str, list[float]] = {"ours": [], "fts5": []}
        for run_number in range(runs):
            order = [("ours", archive_root), ("fts5", fts_path)]
            if run_number % 2:
                order.reverse()
            for name, path in order:
                answer = _child("--first-query-of", str(path), "--engine", name, "--query", query)
                times[name].append(answer["seconds"] * 1000)
                cpu[name].append(answer["cpu_seconds"] * 1000)
        found[query] = {
            "ours_ms": round(statistics.median(times["ours"]), 1),
            "fts5_ms": round(statistics.median(times["fts5"]), 1),
            "ours_cpu_ms": round(statistics.median(cpu["ours"]), 1),
            "fts5_cpu_ms": round(statistics.median(cpu["fts5"]), 1),
        }
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memory-of", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--first-query-of", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--engine", default="ours", help=argparse.SUPPRESS)
    parser.add_argument("--query", default="", help=argparse.SUPPRESS)
    parser.add_argument("--segments", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=3, help="rebuilds, updates, fresh processes")
    parser.add_argument("--rounds", type=int, default=3, help="times each query is asked")
    parser.add_argument("--keep", action="store_true", help="keep the generated archive")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.memory_of is not None:
        print(json.dumps(memory_phase(args.memory_of, args.seed)))
        return 0
    if args.first_query_of is not None:
        print(json.dumps(first_query_phase(args.first_query_of, args.engine, args.query)))
        return 0

    work = Path(tempfile.mkdtemp(prefix="search-bench-"))
    report: dict[str, object] = {"segments": args.segments, "cpus": os.cpu_count()}
    try:
        start = time.perf_counter()
        archive, facts, texts = build_archive(work / "archive", args.segments, args.seed)
        report["generate_s"] = round(time.perf_counter() - start, 1)
        service = SearchService(archive)
        segment_facts = _segment_facts(archive)
        rows = [(sid, texts[sid], *segment_facts[sid]) for sid in texts]

        # rebuilds, the two engines in turn
        ours_rates: list[float] = []
        fts_rates: list[float] = []
        fts = None
        for run_number in range(args.runs):
            start = time.perf_counter()
            documents = service.rebuild()
            ours_rates.append(args.segments / (time.perf_counter() - start))
            if fts is not None:
                fts.conn.close()
            for leftover in work.glob("fts*.sqlite*"):
                leftover.unlink()
            fts = Fts5Reference(work / "fts.sqlite")
            start = time.perf_counter()
            for at in range(0, len(rows), 5000):
                fts.add(rows[at : at + 5000])
            fts_rates.append(args.segments / (time.perf_counter() - start))
            print(
                f"rebuild {run_number + 1}: ours {ours_rates[-1]:.0f}/s, FTS5 {fts_rates[-1]:.0f}/s",
                file=sys.stderr,
            )
        assert fts is not None
        ours: dict[str, object] = {
            "build_segments_per_s": round(statistics.median(ours_rates)),
            "build_runs": [round(r) for r in ours_rates],
            "documents": documents,
            "index_mb": round(folder_size(archive.index_dir / "current") / 1e6, 1),
        }
        reference: dict[str, object] = {
            "build_segments_per_s": round(statistics.median(fts_rates)),
            "build_runs": [round(r) for r in fts_rates],
            "index_mb": round(sum(f.stat().st_size for f in work.glob("fts.sqlite*")) / 1e6, 1),
        }

        # queries, interleaved
        queries = query_set(random.Random(args.seed))
        ours_q, fts_q = interleaved_queries(
            lambda q: service.search(q, limit=20), lambda q: fts.search(q, limit=20), queries,
            args.rounds,
        )  # fmt: skip
        ours.update(ours_q)
        reference.update(fts_q)

        # the first result in a fresh process
        service.close()
        fts.conn.close()
        report["first_result_fresh_process"] = first_queries(
            archive.root, work / "fts.sqlite", max(3, args.runs)
        )
        fts = Fts5Reference.reopen(work / "fts.sqlite")
        ours["memory"] = _child("--memory-of", str(archive.root), "--seed", str(args.seed))

        # recall and precision (before the updates below add text the generator did not record)
        service = SearchService(archive)
        ours["labelled"] = _labelled(service, texts, segment_facts, facts, archive)

        # one new interview of 50 segments, several times, in turn
        ours_updates: list[float] = []
        fts_updates: list[float] = []
        for run_number in range(args.runs):
            ours_updates.append(_update_latency(archive, service, run_number))
            start = time.perf_counter()
            fts.add(
                [(new_id(), f"新访谈第{n}段 金鸡纳霜{run_number}", "2024", "") for n in range(50)]
            )
            assert fts.search(f"金鸡纳霜{run_number}")
            fts_updates.append(time.perf_counter() - start)
        ours["update_50_segments_ms"] = round(statistics.median(ours_updates) * 1000, 1)
        reference["update_50_segments_ms"] = round(statistics.median(fts_updates) * 1000, 1)

        report["analyzer_us_per_segment"] = {
            k: round(v) for k, v in analyzer_costs(list(texts.values())).items()
        }
        report["ours"] = ours
        report["fts5_reference"] = reference
        service.close()
        archive.close()
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _print_table(report)
    return 0


def _segment_facts(archive: Archive) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    lineage: dict[str, str] = {}
    for place_id in [r[0] for r in archive.conn.execute("SELECT id FROM place")]:
        lineage[place_id] = places.full_name(archive.db, place_id)
    for sid, date, place_id in archive.conn.execute(
        "SELECT segment.id, interview.date, interview.place_id FROM segment JOIN transcript ON "
        "transcript.id = segment.transcript_id JOIN interview ON interview.id = transcript.interview_id"
    ):
        found[sid] = ((date or "")[:4], lineage.get(place_id, ""))
    return found


def _update_latency(archive: Archive, service: SearchService, number: int) -> float:
    """Seconds from a committed new 50-segment interview to finding a word only it holds."""
    generator = Generator(99 + number)
    marker = f"金鸡纳霜{number}"
    with archive.transaction() as db:
        interview = interviews.add_interview(db, "新来的访谈", date="2024-01-01")
        transcript = new_id()
        stamp = now_iso()
        db.execute(
            "INSERT INTO transcript (id, interview_id, created_at, updated_at) VALUES (?, ?, ?, ?)",
            [transcript, interview, stamp, stamp],
        )
        rows = [
            (new_id(), transcript, n, n * 10.0, n * 10.0 + 9, "奶奶",
             generator.segment_text()[0] + (marker if n == 25 else ""), stamp, stamp)
            for n in range(50)
        ]  # fmt: skip
        _insert_segments(db, rows)
    start = time.perf_counter()
    service.catch_up()
    found = service.search(marker)
    seconds = time.perf_counter() - start
    assert found.total == 1, found.total
    return seconds


def _labelled(
    service: SearchService,
    texts: dict[str, str],
    segment_facts: dict[str, tuple[str, str]],
    facts: dict[str, dict[str, object]],
    archive: Archive,
) -> dict[str, dict[str, float]]:
    matchable_texts = {sid: matchable(text) for sid, text in texts.items()}
    interview_of = dict(archive.conn.execute(
        "SELECT segment.id, transcript.interview_id FROM segment JOIN transcript ON transcript.id = segment.transcript_id"
    ).fetchall())  # fmt: skip
    results: dict[str, dict[str, float]] = {}
    for query, truth in LABELLED:
        expected = {
            sid for sid, text in matchable_texts.items()
            if truth(text, facts.get(interview_of[sid], {"place": (), "year": 0}))
        }  # fmt: skip
        answer = service.search(query, kinds=["segment"], limit=len(texts))
        got = {h.id for h in answer.hits}
        true_positive = len(got & expected)
        results[query] = {
            "expected": len(expected),
            "found": len(got),
            "recall": round(true_positive / len(expected), 3) if expected else 1.0,
            "precision": round(true_positive / len(got), 3)
            if got
            else (1.0 if not expected else 0.0),
        }
    return results


def _ratio(ours: object, reference: object) -> str:
    if isinstance(ours, int | float) and isinstance(reference, int | float) and reference:
        return f"{ours / reference:.2f}x"
    return ""


def _print_table(report: dict[str, object]) -> None:
    ours = report["ours"]
    reference = report["fts5_reference"]
    assert isinstance(ours, dict) and isinstance(reference, dict)
    print(f"corpus: {report['segments']} segments, generated in {report['generate_s']} s")
    print(f"{'':34}{'ours':>12}{'FTS5 reference':>16}{'ours/ref':>10}")
    for key, label in (
        ("build_segments_per_s", "rebuild, segments/s (median)"),
        ("index_mb", "index size, MB"),
        ("p50_ms", "query p50, ms"),
        ("p95_ms", "query p95, ms"),
        ("worst_ms", "query worst, ms"),
        ("update_50_segments_ms", "new 50-segment interview, ms"),
    ):
        a, b = ours.get(key), reference.get(key)
        print(f"{label:34}{a!s:>12}{b!s:>16}{_ratio(a, b):>10}")
    print(f"rebuild runs: ours {ours['build_runs']}, FTS5 {reference['build_runs']}")
    print(
        f"queries: {ours['queries']} x {ours['rounds']} rounds, interleaved; slowest (ours): "
        f"{ours['slowest']}; (FTS5): {reference['slowest']}"
    )
    print("first result in a fresh process (median), ms wall / ms CPU of the process:")
    for query, row in report["first_result_fresh_process"].items():  # type: ignore[union-attr]
        print(f"  {query:24} ours {row['ours_ms']:>7} / {row['ours_cpu_ms']:>6}  "
              f"FTS5 {row['fts5_ms']:>7} / {row['fts5_cpu_ms']:>6}  "
              f"{_ratio(row['ours_ms'], row['fts5_ms'])}")  # fmt: skip
    memory = ours.get("memory") or {}
    print(
        "memory of a fresh searching process, MB: opened {opened_mb}, after first query "
        "{after_first_query_mb}, after 50 queries {after_50_queries_mb}".format(**memory)
    )
    print("labelled queries (segments):")
    for query, row in ours["labelled"].items():
        print(
            f"  {query:24} expected {row['expected']:>6} found {row['found']:>6} recall {row['recall']:.3f} precision {row['precision']:.3f}"
        )
    print("analyzer cost, µs per segment:")
    for name, value in report["analyzer_us_per_segment"].items():  # type: ignore[union-attr]
        print(f"  {name:58} {value:>6}")


if __name__ == "__main__":
    raise SystemExit(main())
