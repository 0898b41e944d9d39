"""Flood control's spacing, measured: a burst of /ask commands to one group with the limiter on
and off, in the same run, through the in-process bot and the fake Bot API on loopback.

    uv run python bench/bench_ratelimit.py [--burst 10] [--rate 5] [--rounds 3]

The limiter is a leaky bucket of RATE requests per second per group (typing actions count too):
RATE go through at once, then RATE per second, so a burst of N group requests should span about
(N - RATE) / RATE seconds with it and a small fraction of that without. Prints a table; the test
(tests/test_bot_ratelimit.py) checks completeness and that every request passed the limiter,
never a wall-clock figure.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from helpers.bot_harness import in_process_bot  # noqa: E402
from helpers.fake_bot_api import FakeBotAPI  # noqa: E402

GROUP = -100500


async def burst(limited: bool, n: int, rate: int) -> tuple[int, float]:
    """(group requests, seconds from the first to the last) for n /ask commands to one group."""
    async with FakeBotAPI() as api:
        async with in_process_bot(api, rate_limit=limited, rate_group=rate, rate_group_period=1.0,
                                  rate_overall=1000, pace_chat=0, limit_questions=0):
            calls = await api.burst(GROUP, n, timeout=60)
    return len(calls), calls[-1].at - calls[0].at


async def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--burst", type=int, default=10)
    ap.add_argument("--rate", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    print(f"{'round':>5} {'requests':>8} {'limited s':>10} {'expected s':>10} {'free s':>8} {'ratio':>7}")
    for r in range(1, args.rounds + 1):
        _, free = await burst(False, args.burst, args.rate)
        n, span = await burst(True, args.burst, args.rate)
        expected = (n - args.rate) / args.rate
        print(f"{r:>5} {n:>8} {span:>10.2f} {expected:>10.2f} {free:>8.3f} {span / max(free, 1e-6):>6.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
