"""Engine latency, start-up time and memory; prints a table (a benchmark, not a test).

    uv run python bench/bench_engine.py [--facts 100000] [--questions 400] [--scan 25]

1. Seed store: the two seeds loaded by the real loader; every question of tests/data/questions.py.
2. Synthetic store of >= --facts facts (events + statements), written directly as Articles with
   knowledge.store.save_article (extraction at that scale takes too long; the engine only reads
   the store), cached under $TMPDIR between runs. Questions are drawn from its actors, with typos,
   roles, Vietnamese/Russian forms and unanswerable ones, plus a quarter as many reader-style
   questions (content words of its sentences, no names) that only retrieval can answer. Also the
   engine's resident memory to open it and its growth over the timed passes (what it keeps of the
   store between questions).
3. Beside the engine, in the same run: a brute-force rapidfuzz scan (WRatio over every sentence
   of the store) for the same questions — what the engine's indexes save.
4. `vnru-bot ask` on the seed store as a user runs it: wall time to the first answer and the
   child's peak RSS.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge.facts import Actor, Article, Event, Participant, Sentence, Source, Statement  # noqa: E402

VN_SUR = "Nguyễn Trần Lê Phạm Hoàng Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Phan Trương Đinh Lâm Mai Trịnh".split()
VN_MID = "Văn Thị Minh Hồng Xuân Thanh Đức Quốc Hữu Công Bá Kim Ngọc Phú Anh".split()
VN_GIV = ("Trung Hải Sơn Long Nam Phúc Dũng Hùng Tuấn Thắng Quang Hòa Bình Khánh Lộc Vinh Tâm Tài Hiếu Nghĩa "
          "Cường Thịnh Huy Phong Toàn Đạt Kiên Lực Mạnh Trí").split()
RU_FIRST = ("Sergey Dmitry Mikhail Igor Yury Alexei Nikolai Andrei Viktor Pavel Oleg Boris Ivan Roman Denis "
            "Anton Maxim Kirill Gleb Vadim").split()
RU_LAST = ("Ivanov Petrov Smirnov Volkov Sokolov Popov Lebedev Kozlov Novikov Morozov Egorov Pavlov Orlov "
           "Makarov Zaitsev Solovyov Vinogradov Belov Medvedkin Bogdanov Frolov Gusev Titov Kuznetsov Komarov").split()
VN_TITLES = ["Deputy Prime Minister", "Minister of Industry and Trade", "Deputy Foreign Minister",
             "Chairman of the People's Committee", "Minister of Education", "Vice President"]
RU_TITLES = ["Russian Deputy Prime Minister", "Russian Minister of Energy", "Russian Deputy Foreign Minister",
             "Governor", "Russian Minister of Education", "Russian Ambassador"]
PLACES = ["Hà Nội", "Moscow", "Hồ Chí Minh City", "Saint Petersburg", "Đà Nẵng", "Vladivostok", "Kazan",
          "Hải Phòng", "Sochi", "Novosibirsk", "Cần Thơ", "Nha Trang"]
KINDS = ["talks", "meeting", "reception", "phone call", "visit"]
TOPIC_LINES = [
    ("trade", "bilateral trade should reach new records next year"),
    ("energy", "cooperation in energy and nuclear power is a priority"),
    ("oil and gas", "the oil and gas joint ventures must be expanded"),
    ("education", "more scholarships for students are being prepared"),
    ("defence", "military and defence ties remain a pillar of cooperation"),
    ("tourism", "direct flights and tourism exchanges will increase"),
    ("investment", "investors from both countries need better conditions"),
    ("asean", "ASEAN plays a central role in the region"),
    ("ukraine", "dialogue is needed to end the conflict in Ukraine"),
    ("agriculture", "exports of rice, seafood and fruit are growing"),
    ("health", "cooperation in health care and vaccines helped both peoples"),
    ("culture", "cultural exchanges bring the two peoples closer"),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def people(rng: random.Random, n_vn: int, n_ru: int):
    vn, ru = set(), set()
    while len(vn) < n_vn:
        vn.add(f"{rng.choice(VN_SUR)} {rng.choice(VN_MID)} {rng.choice(VN_GIV)}")
    while len(ru) < n_ru:
        ru.add(f"{rng.choice(RU_FIRST)} {rng.choice(RU_LAST)}")
    vn_l, ru_l = sorted(vn), sorted(ru)
    return ([(n, rng.choice(VN_TITLES)) for n in vn_l], [(n, rng.choice(RU_TITLES)) for n in ru_l])


def synthetic_article(rng: random.Random, i: int, vn, ru, statements_per: int = 8) -> Article:
    import datetime as dt

    (a, at), (b, bt) = rng.choice(vn), rng.choice(ru)
    place = rng.choice(PLACES)
    pub = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    day = pub - dt.timedelta(days=rng.randrange(4))
    kind = rng.choice(KINDS)
    a_short, b_short = a.split()[-1], b.split()[-1]
    sents = []
    if kind == "visit":
        sents.append(f"{bt} {b} paid a visit to {place} on {WEEKDAYS[day.weekday()]}, where he was received by {at} {a}.")
        parts = [Participant(b, "visitor"), Participant(a, "host")]
    elif kind == "phone call":
        sents.append(f"{at} {a} held a phone call with {bt} {b} on {WEEKDAYS[day.weekday()]}.")
        parts = [Participant(a, "caller"), Participant(b, "callee")]
        place = None
    else:
        verb = {"talks": "held talks with", "meeting": "met", "reception": "received"}[kind]
        sents.append(f"{at} {a} {verb} {bt} {b} in {place} on {WEEKDAYS[day.weekday()]}.")
        parts = [Participant(a, "participant"), Participant(b, "participant")]
    stmts = []
    for k in range(statements_per):
        topic, line = rng.choice(TOPIC_LINES)
        who, short = (a, a_short) if k % 2 == 0 else (b, b_short)
        sents.append(f"Mr. {short} said {line}.")
        stmts.append(Statement(speaker=who, verb="say", content=line, sentence=len(sents) - 1, topics=[topic]))
    text, offs = "", []
    for s in sents:
        offs.append((len(text), len(text) + len(s)))
        text += s + "\n\n"
    sentences = [Sentence(position=j, start=o[0], end=o[1], text=s, paragraph=j) for j, (s, o) in enumerate(zip(sents, offs))]
    actors = [Actor(a, "person", {a_short, f"Mr. {a_short}"}, {at}), Actor(b, "person", {b_short, f"Mr. {b_short}"}, {bt})]
    if place:
        actors.append(Actor(place, "place", set()))
    ev = Event(kind=kind, participants=parts, sentence=0, place=place, date=day.isoformat(),
               date_phrase=f"on {WEEKDAYS[day.weekday()]}", date_how="weekday<=pub")
    src = Source(file=f"syn_{i:06d}.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), outlet="Synthetic Wire",
                 date=pub.isoformat(), title=None)
    return Article(source=src, text=text, sentences=sentences, actors=actors, events=[ev], statements=stmts)


def _schema(path: Path) -> int | None:
    import sqlite3

    from knowledge import store

    conn = sqlite3.connect(path)
    try:
        return store.schema_version(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def build_synthetic(path: Path, facts: int, seed: int = 7):
    from knowledge import store

    rng = random.Random(seed)
    vn, ru = people(rng, 300, 200)
    n_articles = -(-facts // 9)  # 1 event + 8 statements each
    if path.exists() and _schema(path) == store.SCHEMA_VERSION:
        return vn, ru
    if path.exists():
        path.unlink()  # built by an older schema: the engine refuses it, so build it again
    tmp = path.with_suffix(".building")
    if tmp.exists():
        tmp.unlink()
    conn = store.connect(tmp)
    t0 = time.perf_counter()
    for start in range(0, n_articles, 500):
        with conn:
            for i in range(start, min(start + 500, n_articles)):
                store.save_article(conn, synthetic_article(rng, i, vn, ru))
        print(f"  synthetic store: {min(start + 500, n_articles)}/{n_articles} articles "
              f"({time.perf_counter() - t0:.0f} s)", file=sys.stderr, end="\r")
    print(file=sys.stderr)
    store.close(conn)
    os.replace(tmp, path)
    return vn, ru


def typo(rng: random.Random, s: str) -> str:
    i = rng.randrange(1, max(2, len(s) - 1))
    return s[:i] + s[i + 1:] if rng.random() < 0.5 else s[:i] + s[i] + s[i:]


def synthetic_questions(rng: random.Random, vn, ru, n: int) -> list[str]:
    from knowledge.names import strip_diacritics

    out = []
    for _ in range(n):
        (a, _at), (b, _bt) = rng.choice(vn), rng.choice(ru)
        b_last = b.split()[-1]
        form = rng.randrange(10)
        out.append([
            f"Who did {b} meet?",
            f"When did {strip_diacritics(a)} meet {b_last}?",
            f"What did {b} say about trade?",
            f"Where did {a} meet {b}?",
            f"Who did {typo(rng, b_last)} meet in {rng.choice(PLACES)}?",
            f"What did {strip_diacritics(a).lower()} say about energy?",
            f"{b} gặp ai ở Hà Nội?",
            f"Когда {b_last} встречался с {a.split()[-1]}?",
            f"When did Joe Biden meet {b}?",
            "What is the weather in Paris?",
        ][form])
    return out


def reader_questions(rng: random.Random, sentences: list[str], n: int) -> list[str]:
    """Questions as readers ask them about content, naming nobody: two or three of a sentence's
    lower-case content words in a question frame ('Why was …', 'How many …')."""
    frames = ["What was said about {a} and {b}?", "Why {a} {b}?", "How many {a} {b}?", "What {a} {b} {c}?",
              "When was the {a} {b}?"]
    out = []
    while len(out) < n:
        words = [w.strip(".,;:\"'()") for w in rng.choice(sentences).split()]
        words = [w for w in words if len(w) > 4 and w.isalpha() and w.islower()]
        if len(words) >= 3:
            a, b, c = rng.sample(words, 3)
            out.append(rng.choice(frames).format(a=a, b=b, c=c))
    return out


def timed(engine, questions, repeat: int = 1, cpu: list[float] | None = None) -> list[float]:
    """Wall milliseconds per question; `cpu`, when given, gets this thread's CPU milliseconds too."""
    out = []
    for _ in range(repeat):
        for q in questions:
            t, c = time.perf_counter(), time.thread_time()
            engine.ask(q)
            out.append((time.perf_counter() - t) * 1000)
            if cpu is not None:
                cpu.append((time.thread_time() - c) * 1000)
    return out


def passes(engine, questions, n: int = 3) -> tuple[list[float], float, float, list[float], tuple[float, float]]:
    """`n` timed passes over the questions: all latencies, and p50 / p99 as the median of the
    passes' own figures, so one pass disturbed by another process does not decide them; last, the
    same p50 / p99 in CPU time (what waiting for the CPU behind other processes does not add)."""
    runs, cpus = [], []
    for _ in range(n):
        cpus.append([])
        runs.append(timed(engine, questions, cpu=cpus[-1]))
    return ([x for r in runs for x in r], statistics.median(pct(r, 50) for r in runs),
            statistics.median(pct(r, 99) for r in runs), [pct(r, 99) for r in runs],
            (statistics.median(pct(r, 50) for r in cpus), statistics.median(pct(r, 99) for r in cpus)))


def calibrate(rounds: int = 5) -> float:
    """Milliseconds for a fixed pure-Python loop (best of `rounds`): run before and after the
    measurements, a large change says the machine was busy meanwhile."""
    best = float("inf")
    for _ in range(rounds):
        t = time.perf_counter()
        acc = 0
        for i in range(200_000):
            acc += i * i % 7
        best = min(best, (time.perf_counter() - t) * 1000)
    return best


def brute_force(sentences: list[str], questions: list[str], cpu: list[float] | None = None) -> list[float]:
    from rapidfuzz import fuzz, process
    from rapidfuzz.utils import default_process

    from knowledge.names import fold

    choices = [fold(s) for s in sentences]
    out = []
    for q in questions:
        t, c = time.perf_counter(), time.thread_time()
        process.extract(default_process(fold(q)), choices, scorer=fuzz.WRatio, processor=None, limit=3)
        out.append((time.perf_counter() - t) * 1000)
        if cpu is not None:
            cpu.append((time.thread_time() - c) * 1000)
    return out


def rss_mb() -> float | None:
    """This process's resident memory (Linux /proc), None where it cannot be read."""
    try:
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) / 1024 for line in f if line.startswith("VmRSS"))
    except (OSError, StopIteration, ValueError):
        return None


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


_PROBE = """
import resource, subprocess, sys, time
t = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, capture_output=True)
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def cli_startup(db: Path, seeds: Path, pycache: Path | None, runs: int = 5) -> tuple[float, float]:
    """Wall time and peak RSS of `vnru-bot ask`, measured by a small probe process (a child forked
    from this big process would count this process's memory as its own until exec).

    With `pycache` the child keeps Python's bytecode cache there, as Python does on a user's machine
    from the second run on (one unmeasured run fills it); without, it reads and writes none, so every
    module is compiled from source (this machine's environment sets PYTHONDONTWRITEBYTECODE)."""
    env = {**os.environ, "VNRU_DB": str(db), "VNRU_SEEDS": str(seeds)}
    if pycache is None:
        env.update(PYTHONDONTWRITEBYTECODE="1", PYTHONPYCACHEPREFIX=tempfile.mkdtemp(prefix="vnru-nopyc-"))
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    exe = shutil.which("vnru-bot") or ""
    cmd = [exe] if exe else [sys.executable, "-m", "bot.cli"]
    probe = [sys.executable, "-c", _PROBE, *cmd, "ask", "Who did Putin meet in Hanoi?"]
    if pycache is not None:
        subprocess.run(probe, env=env, cwd=ROOT, check=True, capture_output=True)
    walls, peaks = [], []
    for _ in range(runs):
        out = subprocess.run(probe, env=env, cwd=ROOT, check=True, capture_output=True, text=True).stdout.split()
        walls.append(float(out[0]))
        peaks.append(int(out[1]) / 1024)
    return statistics.median(walls), max(peaks)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--facts", type=int, default=100_000)
    ap.add_argument("--questions", type=int, default=400)
    ap.add_argument("--scan", type=int, default=25, help="questions for the brute-force scan (it is slow)")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "vnru-bench-engine")
    args = ap.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    cal_before = calibrate()
    from knowledge.answer import Engine
    from knowledge.loader import load
    from tests.data.questions import QUESTIONS

    rows = []
    # 1. seed store (real loader + extractor)
    seeds = args.cache / "seeds"
    if seeds.exists():
        shutil.rmtree(seeds)
    shutil.copytree(ROOT / "seeds", seeds)
    seed_db = args.cache / "seed.db"
    load(seeds, seed_db)
    t = time.perf_counter()
    eng = Engine.open(seed_db, seeds)
    open_seed = (time.perf_counter() - t) * 1000
    qs = [q["q"] for q in QUESTIONS]
    timed(eng, qs)  # warm
    lat, p50, p99, p99s, cpu = passes(eng, qs)
    sents = [r[0] for r in eng.conn.execute("SELECT text FROM sentences")]
    scan_cpu: list[float] = []
    scan = brute_force(sents, qs, scan_cpu)
    n_facts = eng.conn.execute("SELECT (SELECT COUNT(*) FROM events) + (SELECT COUNT(*) FROM statements)").fetchone()[0]
    rows.append(("seed store", n_facts, len(sents), open_seed, p50, p99, p99s, scan))
    cpu_rows = [("seed store", *cpu, pct(scan_cpu, 50))]
    eng.close()
    # 2. synthetic store
    syn_db = args.cache / f"synthetic_{args.facts}.db"
    vn, ru = build_synthetic(syn_db, args.facts)
    t = time.perf_counter()
    rss_closed = rss_mb()
    eng = Engine.open(syn_db)
    open_syn = (time.perf_counter() - t) * 1000
    rss_open = rss_mb()
    sents = [r[0] for r in eng.conn.execute("SELECT text FROM sentences")]
    sq = synthetic_questions(random.Random(11), vn, ru, args.questions)
    sq += reader_questions(random.Random(12), sents, args.questions // 4)
    timed(eng, sq[:50])
    rss_asking = rss_mb()
    lat, p50, p99, p99s, cpu = passes(eng, sq)
    rss_asked = rss_mb()
    answered = sum(eng.ask(q).answered for q in sq[:100])
    scan_cpu = []
    scan = brute_force(sents, sq[: args.scan], scan_cpu)
    n_facts = eng.conn.execute("SELECT (SELECT COUNT(*) FROM events) + (SELECT COUNT(*) FROM statements)").fetchone()[0]
    rows.append(("synthetic store", n_facts, len(sents), open_syn, p50, p99, p99s, scan))
    cpu_rows.append(("synthetic store", *cpu, pct(scan_cpu, 50)))
    eng.close()
    # 3. CLI
    wall, peak = cli_startup(seed_db, seeds, args.cache / "pycache")
    wall_src, peak_src = cli_startup(seed_db, seeds, None)
    cal_after = calibrate()

    print()
    print(f"{'store':<16} {'facts':>8} {'sentences':>9} {'open ms':>8} {'p50 ms':>7} {'p99 ms':>7} "
          f"{'scan p50 ms':>11} {'scan/p50':>9} {'scan/p99':>9}  p99 of each pass")
    for name, facts, n_s, op, p50, p99, p99s, scan in rows:
        print(f"{name:<16} {facts:>8} {n_s:>9} {op:>8.1f} {p50:>7.2f} {p99:>7.2f} "
              f"{pct(scan, 50):>11.1f} {pct(scan, 50) / p50:>8.0f}x {pct(scan, 50) / p99:>8.0f}x  "
              + " ".join(f"{x:.2f}" for x in p99s))
    print("p50 and p99: the median of 3 passes over the questions; the first pass asks most questions for the first"
          " time, while the engine's memory of what it read from the store fills (its p99 is that of a cold start)")
    print("\nthe same in CPU time (this thread's own; a busy machine adds less to it than to wall time):")
    for name, c50, c99, s50 in cpu_rows:
        print(f"{name:<16} p50 {c50:.2f} ms, p99 {c99:.2f} ms, scan p50 {s50:.1f} ms: scan/p50 {s50 / c50:.0f}x, "
              f"scan/p99 {s50 / c99:.0f}x")
    for name, *_r, p99s, _scan in rows:
        again = p99s[1:]  # the passes that ask again, comparable with each other
        if max(again) > 1.3 * min(again):
            print(f"NOTE: {name}: the later passes' p99 differ by {100 * (max(again) / min(again) - 1):.0f}% "
                  "(another process competed for the CPU during some of them)")
    slower = max(cal_before, cal_after) / min(cal_before, cal_after)
    print(f"CPU calibration loop: {cal_before:.1f} ms before, {cal_after:.1f} ms after"
          + (f" — NOTE: {100 * (slower - 1):.0f}% apart, the machine was busy during the run; "
             "compare ratios, or run again" if slower > 1.15 else " (steady)"))
    print(f"\nsynthetic questions answered: {answered}/100 (the rest are meant to be declined or are pairs "
          f"that never met)")
    if None not in (rss_closed, rss_open, rss_asking, rss_asked):
        print(f"engine memory on the synthetic store: +{rss_open - rss_closed:.0f} MB to open it, "
              f"+{rss_asked - rss_asking:.0f} MB more after the timed passes (what it remembers of the store, bounded)")
    print(f"`vnru-bot ask` on the seed store: {wall * 1000:.0f} ms to the first answer (median of 5), "
          f"peak RSS {peak:.0f} MB, with Python's bytecode cache as a user's machine keeps it; "
          f"{wall_src * 1000:.0f} ms, {peak_src:.0f} MB with none (every module compiled from source)")
    print("goals at 100,000 facts: p50 >= 300x and p99 >= 100x faster than the scan's p50 (its own question mix"
          " plus reader-style questions); ask < 1 s and < 150 MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
