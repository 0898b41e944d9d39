"""The /timeline picture: how long it takes to draw and how big the PNG is.

    uv run python bench/bench_timeline.py

Prints a table for timelines of growing size (synthetic pairs of people, one event a month).
"Cold" is the first chart of a fresh process (it includes importing matplotlib), "warm" the best
of three more. The bot draws in a worker thread and caches the chart per store version, so the
cold figure is paid once per process and the warm one once per reload. Goals: under 1 MB and
within Telegram's photo limits (width + height <= 10,000 px, sides at most 20:1) at every size.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

from knowledge.facts import Citation, TimelineItem  # noqa: E402

SIZES = (5, 30, 200, 500)


def items(n: int) -> list[TimelineItem]:
    cite = Citation("x.txt", None, None, None, "quote")
    kinds = ("talks", "state visit", "phone call")
    return [TimelineItem(kinds[i % 3], [f"Nguyễn Văn {i % 45}", f"Сергей {i % 11}"], "Hà Nội" if i % 4 else None,
                         f"{2010 + i // 12 % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}", None, None, cite)
            for i in range(n)]


def cold() -> float:
    code = ("import time, sys; sys.path.insert(0, %r); t = time.perf_counter();"
            "from bench.bench_timeline import items; from bot.timeline_chart import render;"
            "render(items(30)); print(time.perf_counter() - t)") % str(ROOT)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout.strip())


def main() -> None:
    from bot.timeline_chart import render

    print(f"cold: first chart of a process (30 events, with the matplotlib import): {cold():.2f} s")
    print(f"{'events':>7} {'rows':>5} {'drawn':>6} {'px':>11} {'PNG KiB':>8} {'warm s':>7}  limits")
    for n in SIZES:
        its = items(n)
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter()
            chart = render(its)
            best = min(best, time.perf_counter() - t)
        w, h = chart.width, chart.height
        ok = len(chart.png) < 1 << 20 and w + h <= 10_000 and max(w, h) / min(w, h) <= 20
        print(f"{n:>7} {len(chart.rows):>5} {chart.events:>6} {f'{w}x{h}':>11} {len(chart.png) / 1024:>8.0f}"
              f" {best:>7.2f}  {'ok' if ok else 'OVER'}")


if __name__ == "__main__":
    main()
