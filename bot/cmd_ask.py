"""`vnru-bot ask`: answer one question (or one per stdin line) from the fact store, with quotes.

The store is built or refreshed from the seed files first when it is missing or stale, so a
fresh clone just works; notes about that go to stderr, never to stdout. With --json, stdout
carries exactly one JSON object per question (`answered`, `text`, `citations`, `suggestions`).
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap

from bot.cmd_load import add_paths

EPILOG = """\
examples:
  vnru-bot ask "Who did Putin meet in Hanoi?"
  vnru-bot ask --json "When did Trong meet Lavrov?"
  printf 'Who met Lavrov?\\nKhi nào Putin thăm Việt Nam?\\n' | vnru-bot ask --json   # JSON Lines

exit status:
  0  answered, or declined because the sources don't cover the question
  2  the store could not be built or read
"""


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "ask",
        help="answer a question from the articles, with cited quotes",
        description=textwrap.fill(" ".join(__doc__.split("`: ", 1)[1].split()), 79),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("question", nargs="*", help="the question (any language: English, Vietnamese, Russian); "
                                               "omit it to read one question per line from stdin")
    add_paths(p)
    p.add_argument("--json", action="store_true", help="print one JSON object per question (JSON Lines)")
    p.set_defaults(func=run)


def open_engine(args: argparse.Namespace, err=None):
    """Refresh the store when missing or stale, then open the engine; (engine, None) or (None, message)."""
    from bot.refresh import StoreUnavailable, prepare
    from knowledge.store import StoreError

    try:
        seeds, db = prepare(args, err)
        from knowledge.answer import Engine

        return Engine.open(db, seeds), None
    except (StoreUnavailable, StoreError, OSError) as exc:
        return None, str(exc)


def with_engine(args: argparse.Namespace, use) -> int:
    """Open the engine (refreshing the store first), return `use(engine)`, close it; 2 without a store."""
    engine, problem = open_engine(args)
    if engine is None:
        print(f"vnru-bot: error: {problem}", file=sys.stderr)
        return 2
    try:
        return use(engine)
    finally:
        engine.close()


def run(args: argparse.Namespace) -> int:
    return with_engine(args, lambda engine: answer_all(engine, args))


def answer_all(engine, args: argparse.Namespace) -> int:
    question = " ".join(args.question).strip()
    if question:
        emit(engine.ask(question), args.json)
        return 0
    if sys.stdin.isatty() and not args.json:
        print("vnru-bot: give a question, pipe questions on stdin, or try `vnru-bot chat`", file=sys.stderr)
        return 2
    first = True
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        if not args.json and not first:
            print()
        emit(engine.ask(line), args.json)  # each question on its own: no context carried over
        first = False
    return 0


def emit(answer, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(answer.to_json(), ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(answer.text + "\n")
    sys.stdout.flush()
