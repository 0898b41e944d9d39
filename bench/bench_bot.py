"""Benchmark the Telegram bot end to end: the real `vnru-bot run` process on the seed store,
through the fake Bot API (tests/helpers/fake_bot_api.py) on loopback, rate limiter off.

    uv run python bench/bench_bot.py [--questions 1000] [--chats 50] [--rate 50] [--seconds 20]

- saturation: N questions from C chats injected at once -> replies/s and lost replies
  (goal: >= 300 replies/s, none lost);
- steady load: R questions/s for S seconds -> p50/p99 from the update's delivery (getUpdates
  returning it) to the arrival of its sendMessage (goal: p99 < 50 ms);
- resident memory of the bot process (VmRSS now, VmHWM peak).
Prints a table; not a test. The fake server shares the machine, so figures include its cost.
"""

from __future__ import annotations

import argparse
import os
import resource
import asyncio
import shutil
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from helpers.bot_harness import BotProcess, bot_env  # noqa: E402
from helpers.fake_bot_api import FakeBotAPI  # noqa: E402

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


async def first_reply_times(api: FakeBotAPI, since: int) -> dict[str, float]:
    times: dict[str, float] = {}
    for c in api.calls[since:]:
        if c.method == "sendMessage" and c.error is None:
            times.setdefault(str(c.params["chat_id"]), c.at)
    return times


async def saturation(api: FakeBotAPI, n: int, chats: int, timeout: float = 60.0) -> dict:
    since = len(api.calls)
    t0 = time.perf_counter()
    for i in range(n):
        api.text(1_000_000 + i % chats, QUESTIONS[i % len(QUESTIONS)])
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        replies = sum(1 for c in api.calls[since:] if c.method == "sendMessage" and c.error is None)
        if replies >= n:
            break
        await asyncio.sleep(0.02)
    answers = [c for c in api.calls[since:] if c.method == "sendMessage" and c.error is None]
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
    replies = await first_reply_times(api, since)
    latencies = [(replies[chat] - api.delivered[uid]) * 1000 for chat, uid in sent.items()
                 if chat in replies and uid in api.delivered]
    return {"questions": len(sent), "answered": len(latencies), "p50": percentile(latencies, 50),
            "p99": percentile(latencies, 99), "max": max(latencies), "mean": statistics.fmean(latencies)}


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--chats", type=int, default=50)
    parser.add_argument("--rate", type=float, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench_bot_"))
    seeds = tmp / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    try:
        async with FakeBotAPI() as api:
            env = bot_env(api, tmp / "data" / "vnru.db", seeds, LOG_LEVEL="WARNING", VNRU_RATE_LIMIT="off",
                          VNRU_WATCH_INTERVAL="0", TELEGRAM_POLL_TIMEOUT="10")
            bot = await BotProcess(env, tmp).start()
            try:
                await api.wait_for("getUpdates", timeout=120)
                # warm-up: first requests open connections
                for i in range(20):
                    await api.ask(3_000_000 + i, QUESTIONS[i % len(QUESTIONS)], timeout=30)
                idle = memory(bot.proc.pid)
                bot_cpu, server_cpu = cpu_seconds(bot.proc.pid), own_cpu()
                sat = await saturation(api, args.questions, args.chats)
                sat["bot_cpu"] = cpu_seconds(bot.proc.pid) - bot_cpu
                sat["server_cpu"] = own_cpu() - server_cpu
                std = await steady(api, args.rate, args.seconds)
                mem = memory(bot.proc.pid)
            finally:
                await bot.stop(signal.SIGTERM)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    rows = [
        ("saturation", f"{args.questions} questions, {args.chats} chats, at once", "", ""),
        ("  replies/s", f"{sat['per_second']:.0f}", ">= 300", "ok" if sat["per_second"] >= 300 else "MISSED"),
        ("  lost replies", f"{sat['lost']}", "0", "ok" if sat["lost"] == 0 else "MISSED"),
        ("  wall time", f"{sat['seconds']:.2f} s", "", ""),
        ("  CPU: bot process", f"{sat['bot_cpu']:.2f} s ({sat['bot_cpu'] / sat['replies'] * 1000:.2f} ms/reply)", "", ""),
        ("  CPU: fake server + injector", f"{sat['server_cpu']:.2f} s", "", ""),
        ("steady load", f"{args.rate:g} q/s for {args.seconds:g} s ({std['questions']} questions)", "", ""),
        ("  answered", f"{std['answered']}", f"{std['questions']}", "ok" if std["answered"] == std["questions"] else "MISSED"),
        ("  p50 delivery->sendMessage", f"{std['p50']:.1f} ms", "", ""),
        ("  p99 delivery->sendMessage", f"{std['p99']:.1f} ms", "< 50 ms", "ok" if std["p99"] < 50 else "MISSED"),
        ("  max", f"{std['max']:.1f} ms", "", ""),
        ("memory (bot process)", "", "", ""),
        ("  RSS idle after warm-up", f"{idle['VmRSS']:.0f} MB", "", ""),
        ("  RSS after load", f"{mem['VmRSS']:.0f} MB", "", ""),
        ("  peak RSS (VmHWM)", f"{mem['VmHWM']:.0f} MB", "", ""),
    ]
    w = [max(len(r[i]) for r in rows) for i in range(4)]
    print(f"{'measure':<{w[0]}}  {'value':<{w[1]}}  {'goal':<{w[2]}}  result")
    print("-" * (sum(w) + 12))
    for r in rows:
        print(f"{r[0]:<{w[0]}}  {r[1]:<{w[1]}}  {r[2]:<{w[2]}}  {r[3]}")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
