"""Benchmark the Telegram bot end to end: the real `vnru-bot run` process on the seed store,
through the fake Bot API (tests/helpers/fake_bot_api.py) on loopback.

    uv run python bench/bench_bot.py [--questions 1000] [--chats 50] [--rate 50] [--seconds 20] [--rounds 5]

- yardstick: a bare python-telegram-bot echo bot (bench/echo_bot.py) takes the same burst from
  the same fake server in the same run, in turns with vnru-bot; the table gives vnru-bot's
  replies/s as a ratio of it (goal: >= 1.0x while doing the real work per question). On a shared
  machine a single round's ratio swings with the load of the moment: the figure is the median
  of the rounds, and CPU time per reply (steadier) is shown beside it;
- saturation: N questions from C chats injected at once, flood control, per-user limits and
  per-chat pacing off -> replies/s and lost replies (none may be lost);
- steady load: R questions/s for S seconds, same settings -> p50/p99 from the update's delivery
  (getUpdates returning it) to the arrival of its sendMessage (goal: p99 < 50 ms);
- flood: one user sends 300 questions at once, then 20 others ask one each; how long the 20
  wait for their answer from the moment they asked (goal: median < 1 s, max < 2 s), with the
  default settings and again with limits and pacing off (fair scheduling alone);
- resident memory of the bot process (VmRSS now, VmHWM peak).
Prints a table; not a test. The fake server shares the machine, so figures include its cost.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import shutil
import signal
import statistics
import sys
import tempfile
import time
from contextlib import asynccontextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from helpers.bot_harness import BotProcess, bot_env  # noqa: E402
from helpers.fake_bot_api import TOKEN, FakeBotAPI  # noqa: E402

QUESTIONS = [
    "Who did Putin meet in Hanoi?",
    "When did Lavrov visit Vietnam?",
    "What did Trong say about Ukraine?",
    "Who did Lavrov meet?",
    "What did Putin say about the partnership?",
    "Where did Trong and Putin hold talks?",
    "Did Putin visit Vietnam?",
    "Who is Medvedev?",
    "What is the weather in Paris?",
    "When was the comprehensive strategic partnership established?",
]
# Throughput runs measure the work per question, so everything that deliberately slows a chat
# down is off (the echo bot has none of it either).
UNLIMITED = {"VNRU_RATE_LIMIT": "off", "VNRU_LIMIT_QUESTIONS": "0", "VNRU_LIMIT_INLINE": "0",
             "VNRU_LIMIT_BUTTONS": "0"}
DEFAULTS = (*UNLIMITED, "ADMIN_IDS")
FLOODER, FLOOD, OTHERS = 4_000_000, 300, 20


def memory(pid: int) -> dict[str, float]:
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0]) / 1024
    return out


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def replies(api: FakeBotAPI, since: int) -> list:
    return [c for c in api.calls[since:] if c.method == "sendMessage" and c.error is None]


def first_reply_times(api: FakeBotAPI, since: int) -> dict[str, float]:
    times: dict[str, float] = {}
    for c in replies(api, since):
        times.setdefault(str(c.params["chat_id"]), c.at)
    return times


async def until(condition, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        await asyncio.sleep(0.02)


async def saturation(api: FakeBotAPI, n: int, chats: int, first_chat: int, timeout: float = 60.0) -> dict:
    since = len(api.calls)
    t0 = time.perf_counter()
    for i in range(n):
        api.text(first_chat + i % chats, QUESTIONS[i % len(QUESTIONS)])
    await until(lambda: len(replies(api, since)) >= n, timeout)
    answers = replies(api, since)
    elapsed = answers[-1].at - t0 if answers else float("nan")
    return {"replies": len(answers), "lost": max(0, n - len(answers)), "seconds": elapsed,
            "per_second": len(answers) / elapsed if answers else 0.0}


async def steady(api: FakeBotAPI, rate: float, seconds: float) -> dict:
    since = len(api.calls)
    sent: dict[str, int] = {}
    t0 = time.perf_counter()
    i = 0
    while (now := time.perf_counter()) - t0 < seconds:
        due = int((now - t0) * rate)
        while i < due:
            chat = 2_000_000 + i  # one chat per question: its first sendMessage is its answer
            sent[str(chat)] = api.text(chat, QUESTIONS[i % len(QUESTIONS)])
            i += 1
        await asyncio.sleep(0.002)
    await asyncio.sleep(2.0)
    first = first_reply_times(api, since)
    latencies = [(first[chat] - api.delivered[uid]) * 1000 for chat, uid in sent.items()
                 if chat in first and uid in api.delivered]
    return {"questions": len(sent), "answered": len(latencies), "p50": percentile(latencies, 50),
            "p99": percentile(latencies, 99), "max": max(latencies), "mean": statistics.fmean(latencies)}


async def flood(api: FakeBotAPI) -> dict:
    """One chat floods, then 20 others ask once; their waits, measured from when they asked."""
    since = len(api.calls)
    for i in range(FLOOD):
        api.text(FLOODER, f"{QUESTIONS[i % len(QUESTIONS)]} ({i + 1})")
    asked: dict[str, float] = {}
    for k in range(OTHERS):
        chat = FLOODER + 1 + k
        asked[str(chat)] = time.perf_counter()
        api.text(chat, QUESTIONS[k % len(QUESTIONS)])
    await until(lambda: asked.keys() <= first_reply_times(api, since).keys(), 120)
    first = first_reply_times(api, since)
    waits = [first[c] - t for c, t in asked.items() if c in first]
    flooder = [c for c in replies(api, since) if str(c.params["chat_id"]) == str(FLOODER)]
    before = sum(1 for c in flooder if c.at < max(first.get(c2, 0) for c2 in asked))
    await api.quiet(2.0)  # let the flooder's backlog drain before the process is stopped
    flooder = [c for c in replies(api, since) if str(c.params["chat_id"]) == str(FLOODER)]
    gaps = [b.at - a.at for a, b in zip(flooder, flooder[1:])]
    return {"answered": len(waits), "median": statistics.median(waits) if waits else float("nan"),
            "max": max(waits) if waits else float("nan"), "flooder_before": before,
            "flooder_replies": len(flooder), "flooder_gap": min(gaps) if gaps else float("nan")}


@asynccontextmanager
async def running(api: FakeBotAPI, env: dict[str, str], workdir: Path, args: list[str] = ()):
    bot = await BotProcess(env, workdir, list(args)).start()
    since = len(api.calls)
    try:
        await api.wait_for("getUpdates", timeout=120, since=since)
        yield bot
    finally:
        await bot.stop(signal.SIGTERM, timeout=60)


async def echo_run(api: FakeBotAPI, tmp: Path, n: int, chats: int) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "VNRU_"))}
    env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_BASE_URL=api.base_url)
    since = len(api.calls)
    proc = await asyncio.create_subprocess_exec(sys.executable, str(ROOT / "bench" / "echo_bot.py"), env=env,
                                                stdin=asyncio.subprocess.DEVNULL, cwd=str(tmp))
    try:
        await api.wait_for("getUpdates", timeout=60, since=since)
        for i in range(20):
            await api.ask(5_000_000 + i, "warm-up", timeout=30)
        cpu = cpu_seconds(proc.pid)
        sat = await saturation(api, n, chats, 5_100_000)
        sat["bot_cpu"] = cpu_seconds(proc.pid) - cpu
        return sat
    finally:
        proc.send_signal(signal.SIGTERM)
        await asyncio.wait_for(proc.wait(), 30)


async def bot_run(api: FakeBotAPI, env: dict[str, str], tmp: Path, args, out: dict, first: bool) -> dict:
    async with running(api, env, tmp) as bot:
        for i in range(20):  # warm-up: first requests open connections
            await api.ask(3_000_000 + i, QUESTIONS[i % len(QUESTIONS)], timeout=30)
        if first:
            out["idle"] = memory(bot.proc.pid)
        bot_cpu, server_cpu = cpu_seconds(bot.proc.pid), own_cpu()
        sat = await saturation(api, args.questions, args.chats, 1_000_000)
        sat["bot_cpu"] = cpu_seconds(bot.proc.pid) - bot_cpu
        sat["server_cpu"] = own_cpu() - server_cpu
        if first:
            out["steady"] = await steady(api, args.rate, args.seconds)
            out["mem"] = memory(bot.proc.pid)
        return sat


async def measure(args) -> dict:
    """Echo bot and vnru-bot take turns (E B E B …) so a change in the machine's load hits both."""
    tmp = Path(tempfile.mkdtemp(prefix="bench_bot_"))
    seeds = tmp / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    out: dict = {"echo": [], "sat": []}
    try:
        async with FakeBotAPI() as api:
            env = bot_env(api, tmp / "data" / "vnru.db", seeds, LOG_LEVEL="WARNING", VNRU_WATCH_INTERVAL="0",
                          TELEGRAM_POLL_TIMEOUT="10", **UNLIMITED)
            for r in range(args.rounds):
                out["echo"].append(await echo_run(api, tmp, args.questions, args.chats))
                out["sat"].append(await bot_run(api, env, tmp, args, out, first=r == 0))
            out["flood_free"] = await flood_run(api, env, tmp)
            defaults = {k: v for k, v in env.items() if k not in DEFAULTS}
            out["flood"] = await flood_run(api, defaults, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


async def flood_run(api: FakeBotAPI, env: dict[str, str], tmp: Path) -> dict:
    async with running(api, env, tmp):
        await api.ask(3_100_000, QUESTIONS[0], timeout=30)
        return await flood(api)


def table(args, out: dict) -> list[tuple[str, str, str, str]]:
    std, mem, idle = out["steady"], out["mem"], out["idle"]
    echo = {k: statistics.median(e[k] for e in out["echo"]) for k in ("per_second", "bot_cpu")}
    sat = {k: statistics.median(s[k] for s in out["sat"]) for k in ("per_second", "bot_cpu", "server_cpu", "seconds")}
    sat["lost"] = max(s["lost"] for s in out["sat"])
    # each round's ratio is of two runs next to each other in time; the median of those is the figure
    ratios = sorted(s["per_second"] / e["per_second"] for s, e in zip(out["sat"], out["echo"]))
    ratio = statistics.median(ratios)
    n = args.questions
    ok = lambda good: "ok" if good else "MISSED"  # noqa: E731
    rows = [
        ("saturation", f"{n} questions, {args.chats} chats, at once; limits off; median of {args.rounds}", "", ""),
        ("  replies/s: vnru-bot", f"{sat['per_second']:.0f}", "", ""),
        ("  replies/s: bare PTB echo bot", f"{echo['per_second']:.0f}", "", ""),
        ("  ratio vnru-bot / echo bot (median of rounds)", f"{ratio:.2f}x ({', '.join(f'{r:.2f}' for r in ratios)})",
         ">= 1.0x", ok(ratio >= 1.0)),
        ("  lost replies", f"{sat['lost']} (echo bot: {max(e['lost'] for e in out['echo'])})", "0", ok(sat["lost"] == 0)),
        ("  wall time", f"{sat['seconds']:.2f} s", "", ""),
        ("  CPU per reply: vnru-bot", f"{sat['bot_cpu'] / n * 1000:.2f} ms", "", ""),
        ("  CPU per reply: echo bot", f"{echo['bot_cpu'] / n * 1000:.2f} ms", "", ""),
        ("  CPU per reply, echo bot / vnru-bot", f"{echo['bot_cpu'] / sat['bot_cpu']:.2f}x", "", ""),
        ("  CPU: fake server + injector", f"{sat['server_cpu']:.2f} s", "", ""),
        ("steady load", f"{args.rate:g} q/s for {args.seconds:g} s ({std['questions']} questions)", "", ""),
        ("  answered", f"{std['answered']}", f"{std['questions']}", ok(std["answered"] == std["questions"])),
        ("  p50 delivery->sendMessage", f"{std['p50']:.1f} ms", "", ""),
        ("  p99 delivery->sendMessage", f"{std['p99']:.1f} ms", "< 50 ms", ok(std["p99"] < 50)),
        ("  max", f"{std['max']:.1f} ms", "", ""),
    ]
    for key, label in (("flood", "default settings"), ("flood_free", "limits and pacing off")):
        f = out[key]
        rows += [
            (f"flood, {label}", f"{FLOOD} questions from one user, then {OTHERS} others ask once", "", ""),
            ("  others answered", f"{f['answered']}", f"{OTHERS}", ok(f["answered"] == OTHERS)),
            ("  others' wait: median", f"{f['median']:.2f} s", "< 1 s", ok(f["median"] < 1)),
            ("  others' wait: max", f"{f['max']:.2f} s", "< 2 s", ok(f["max"] < 2)),
            ("  flooder's replies before the last other's",
             f"{f['flooder_before']} (of {f['flooder_replies']} in all)", "", ""),
            ("  shortest gap between two flooder replies", f"{f['flooder_gap'] * 1000:.0f} ms", "", ""),
        ]
    rows += [
        ("memory (bot process)", "", "", ""),
        ("  RSS idle after warm-up", f"{idle['VmRSS']:.0f} MB", "", ""),
        ("  RSS after load", f"{mem['VmRSS']:.0f} MB", "", ""),
        ("  peak RSS (VmHWM)", f"{mem['VmHWM']:.0f} MB", "", ""),
    ]
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--chats", type=int, default=50)
    parser.add_argument("--rate", type=float, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--rounds", type=int, default=5, help="saturation rounds, echo bot and vnru-bot in turn")
    args = parser.parse_args()
    rows = table(args, asyncio.run(measure(args)))
    w = [max(len(r[i]) for r in rows) for i in range(4)]
    print(f"{'measure':<{w[0]}}  {'value':<{w[1]}}  {'goal':<{w[2]}}  result")
    print("-" * (sum(w) + 12))
    for r in rows:
        print(f"{r[0]:<{w[0]}}  {r[1]:<{w[1]}}  {r[2]:<{w[2]}}  {r[3]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
