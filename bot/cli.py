"""`vnru-bot` console entry point: one subcommand per module, each registering itself."""

from __future__ import annotations

import argparse
import importlib
import sys

# Each module exposes `register(subparsers)`, which adds its subparser and sets `func(args) -> int`.
COMMANDS = [
    "bot.cmd_load",
    "bot.cmd_facts",
    "bot.cmd_ask",
    "bot.cmd_chat",
    "bot.cmd_timeline",
    "bot.cmd_run",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vnru-bot",
        description="Answers questions about Vietnam-Russia relations from news articles, with cited quotes.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
