"""`vnru-bot timeline`: the meetings, visits and calls in date order; --png FILE draws them.

The text is the list /timeline sends in Telegram; the picture is the one it sends with it: one
row per person or pair, a dot per event, labelled with the place. The store is refreshed first
when it is stale, as for `ask`.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
import time
from pathlib import Path

from bot.cmd_load import add_paths


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "timeline",
        help="list the meetings, visits and calls in date order (--png FILE: as a picture)",
        description=textwrap.fill(" ".join(__doc__.split("`: ", 1)[1].split()), 79),
        epilog="exit status: 0 on success, 1 when there is nothing with a full date to draw, "
               "2 when there is no store or the picture cannot be written.",
    )
    p.add_argument("--png", type=Path, metavar="FILE", help="write the timeline picture to FILE instead of the list")
    add_paths(p)
    p.set_defaults(func=run)


def lines(items) -> list[str]:
    """The text timeline, one line per event (also the terminal chat's /timeline)."""
    from knowledge.reply import fmt_when

    if not items:
        return ["My sources mention no meetings or visits yet."]
    out = []
    for item in items:
        where = f" in {item.place}" if item.place else ""
        out.append(f"• {fmt_when(item.date, item.date_end, item.date_phrase) or 'undated'}: "
                   f"{item.kind}, {', '.join(item.participants)}{where} ({item.citation.source})")
    return out


def run(args: argparse.Namespace) -> int:
    from bot.cmd_ask import with_engine

    return with_engine(args, lambda engine: show(engine.timeline(), args.png))


def show(items, png: Path | None) -> int:
    if png is None:
        print("\n".join(lines(items)))
        return 0
    return write_png(items, png)


def write_png(items, path: Path) -> int:
    from bot import timeline_chart

    started = time.perf_counter()
    chart = timeline_chart.render(items)
    if chart is None:
        print("vnru-bot: no meeting, visit or call with a full date to draw; nothing written", file=sys.stderr)
        return 1
    try:
        path.write_bytes(chart.png)
    except OSError as exc:
        print(f"vnru-bot: error: cannot write {path}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    left = f"; {chart.undated} without a full date are in the text list only" if chart.undated else ""
    print(f"vnru-bot: wrote {path} ({chart.width}×{chart.height} px, {len(chart.png) // 1024} KiB, "
          f"{time.perf_counter() - started:.1f} s): {chart.events} events in {len(chart.rows)} rows{left}",
          file=sys.stderr)
    return 0
