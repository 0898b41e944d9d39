"""`vnru-bot facts`: Show what the bot knows, as readable tables, to check the extraction.

Builds or refreshes the fact store first when it is missing or older than the seed files. Lists
the sources, then the events (date and the words that gave it, kind, place, participants with
their roles) and the statements (speaker, reporting verb, topics, what was said), each with the
file and sentence number it comes from. With --json: the events and statements as JSON Lines,
one object each, for checking, exporting or measuring them.
"""

from __future__ import annotations

import argparse
import calendar
import shutil
import sys
import textwrap

from bot.cmd_load import ProgressBar, add_paths


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "facts",
        help="print the sources, events and statements in the fact store",
        description=" ".join(__doc__.split("`: ", 1)[1].split()),
        epilog="exit status: 0 on success, 1 when --who matches nobody, 2 when there is no store to show.",
    )
    p.add_argument("--who", metavar="NAME",
                   help="only facts about this person, organisation or place (any alias, diacritics optional,"
                        " typos forgiven), e.g. --who 'nguyen phu trong'")
    add_paths(p)
    p.add_argument("--width", type=int, metavar="N", help="table width in characters (default: the terminal's)")
    p.add_argument("--json", action="store_true",
                   help="print the events and statements as JSON Lines (one object each) instead of tables")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bot.refresh import StoreUnavailable, prepare
    from knowledge import store

    try:
        _, db = prepare(args, progress=ProgressBar(sys.stderr) if sys.stderr.isatty() else None)
        conn = store.connect(db, readonly=True)
    except (StoreUnavailable, store.StoreError) as exc:
        print(f"vnru-bot: error: {exc}", file=sys.stderr)
        return 2
    width = args.width or shutil.get_terminal_size((120, 24)).columns
    try:
        if args.json:
            return show_json(conn, args.who, sys.stdout)
        return show(conn, args.who, max(60, width), sys.stdout)
    except BrokenPipeError:  # `vnru-bot facts | head`: stop quietly, as other Unix tools do
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        conn.close()


def show(conn, who: str | None, width: int, out) -> int:
    from knowledge import store

    actor_ids = None
    if who:
        matches = store.find_actors(conn, who)
        if not matches:
            near = store.find_actors(conn, who, cutoff=70)
            hint = f" Did you mean: {', '.join(n for _, n, _ in near)}?" if near else ""
            print(f"No actor in the store matches {who!r}.{hint}", file=out)
            return 1
        actor_ids = [aid for aid, _, _ in matches]
        for aid, _, _ in matches:
            info = store.actor_info(conn, aid)
            extra = f"; titles: {', '.join(info['titles'])}" if info["titles"] else ""
            print(f"{info['name']} ({info['kind']}){extra}; also called: {', '.join(info['aliases']) or '-'}",
                  file=out)
        print(file=out)
    else:
        sources = store.list_sources(conn)
        undated = store.undated_files(conn)
        rows = [[s["file"], s["date"] or source_date(undated.get(s["file"])), s["outlet"] or "-", str(s["sentences"]), str(s["events"]),
                 str(s["statements"]), s["title"] or "-"] for s in sources]
        emit(out, f"Sources ({len(rows)})",
             table(["File", "Date", "Outlet", "Sents", "Events", "Stmts", "Title"], rows, flex=6, width=width,
                   caps={0: 32, 2: 24}))

    events = store.list_events(conn, actor_ids)
    rows = [[when(e), e["kind"], e["place"] or "-",
             ", ".join(name if role == "participant" else f"{name} ({role})" for name, role in e["participants"]) or "-",
             cite(e)] for e in events]
    emit(out, f"Events ({len(rows)})",
         table(["Date", "Kind", "Place", "Participants", "Source"], rows, flex=3, width=width,
               caps={0: 34, 1: 18, 2: 18}, max_lines=6))

    statements = store.list_statements(conn, actor_ids)
    rows = [[speaker(s), s["verb"], ", ".join(s["topics"]) or "-", s["content"], cite(s)] for s in statements]
    emit(out, f"Statements ({len(rows)})",
         table(["Speaker", "Verb", "Topics", "Content", "Source"], rows, flex=3, width=width,
               caps={0: 24, 1: 14, 2: 22}))
    return 0


def show_json(conn, who: str | None, out) -> int:
    """One JSON object per line: events first (in date order), then statements. The keys are
    fixed, so a consumer can rely on them; unknown values are null, never guessed."""
    import json

    from knowledge import store

    actor_ids = None
    if who:
        matches = store.find_actors(conn, who)
        if not matches:
            print(f"vnru-bot: no actor in the store matches {who!r}", file=sys.stderr)
            return 1
        actor_ids = [aid for aid, _, _ in matches]
    for e in store.list_events(conn, actor_ids):
        obj = {"fact": "event", "kind": e["kind"], "date": e["date"], "date_end": e["date_end"],
               "date_phrase": e["date_phrase"], "date_how": e["date_how"], "place": e["place"],
               "participants": [{"name": n, "role": r} for n, r in e["participants"]],
               "occasion": e["occasion"], "confidence": e["confidence"], "source": e["file"],
               "sentence": e["sentence"], "quote": e["quote"]}
        print(json.dumps(obj, ensure_ascii=False), file=out)
    for s in store.list_statements(conn, actor_ids):
        obj = {"fact": "statement", "speaker": s["speaker"], "speaker_phrase": s["speaker_phrase"],
               "verb": s["verb"], "topics": s["topics"], "content": s["content"], "confidence": s["confidence"],
               "source": s["file"], "sentence": s["sentence"], "quote": s["quote"]}
        print(json.dumps(obj, ensure_ascii=False), file=out)
    return 0


def cite(fact: dict) -> str:
    """`file #sentence`, long seed names shortened in the middle (their start is what people type)."""
    file = fact["file"]
    if len(file) > 20:
        file = file[:13] + "…" + file[-4:]
    return f"{file} #{fact['sentence']}"


def source_date(undated: tuple | None) -> str:
    """An undated source: "year not given (15 March)" when its dateline has the day and month."""
    from knowledge.undated import YEAR_NOT_GIVEN

    if undated and undated[1]:
        month, day = map(int, undated[1].split("-"))
        return f"{YEAR_NOT_GIVEN} ({day} {calendar.month_name[month]})"
    return "unknown"


def when(e: dict) -> str:
    from knowledge.undated import YEAR_NOT_GIVEN, month_day

    date = e["date"] or (YEAR_NOT_GIVEN if month_day(e["date_phrase"]) else "unknown")
    if e["date_end"] and e["date_end"] != e["date"]:
        date = f"{date} to {e['date_end']}"
    return f"{date} ({e['date_phrase']})" if e["date_phrase"] else date


def speaker(s: dict) -> str:
    if s["speaker"] is None:
        return f"unknown ({s['speaker_phrase']})" if s["speaker_phrase"] else "unknown"
    return s["speaker"]


def emit(out, title: str, lines: list[str]) -> None:
    print(title, file=out)
    for line in lines:
        print(line, file=out)
    print(file=out)


def table(headers: list[str], rows: list[list[str]], flex: int, width: int, caps: dict[int, int],
          max_lines: int = 3) -> list[str]:
    """Fixed-width columns: capped ones are cut at a word with '…'; the flexible one wraps onto
    up to `max_lines` lines (then '…')."""
    if not rows:
        return ["  (none)"]
    n = len(headers)
    widths = [max(len(headers[i]), *(len(r[i]) for r in rows)) for i in range(n)]
    for i, cap in caps.items():
        widths[i] = min(widths[i], cap)
    fixed = sum(w for i, w in enumerate(widths) if i != flex) + 2 * (n - 1) + 2
    widths[flex] = max(20, min(widths[flex], width - fixed))
    lines = ["  " + "  ".join(fit(h, widths[i]) for i, h in enumerate(headers)).rstrip(),
             "  " + "  ".join("-" * w for w in widths)]
    for r in rows:
        wrapped = wrap(r[flex], widths[flex], max_lines)
        for k, part in enumerate(wrapped):
            cells = [part if i == flex else (fit(c, widths[i]) if k == 0 else "") for i, c in enumerate(r)]
            lines.append("  " + "  ".join(c.ljust(widths[i]) for i, c in enumerate(cells)).rstrip())
    return lines


def fit(text: str, width: int) -> str:
    text = " ".join(text.split())
    if len(text) <= width:
        return text.ljust(width)
    cut = text[: width - 1]
    space = cut.rfind(" ")
    if space > width // 2:
        cut = cut[:space].rstrip(",;:")
    return (cut + "…").ljust(width)


def wrap(text: str, width: int, max_lines: int) -> list[str]:
    lines = textwrap.wrap(" ".join(text.split()), width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = fit(lines[-1] + " " + "x" * width, width).rstrip()  # force the '…' on the last line
    return lines
