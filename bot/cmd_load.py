"""`vnru-bot load`: Build or refresh the fact store from the seed files.

Only new or changed files are read by spaCy; unchanged ones are skipped by their sha256, removed
ones are dropped. Every file that cannot be loaded gets one line on stderr naming it and saying
why, and the rest still loads.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

EPILOG = """\
exit status:
  0  every seed file is loaded
  1  some files were skipped (each is named on stderr with the reason); the rest is loaded
  2  the load could not run (no seeds folder, unusable store file, another load running)

Seed files are UTF-8 text files ending in .txt, at most 1 MiB each; see README.md ("Seed files").
"""


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "load",
        help="build or refresh the fact store from the seed files",
        description=textwrap.fill(" ".join(__doc__.split("`: ", 1)[1].split()), 79),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_paths(p)
    p.add_argument("-q", "--quiet", action="store_true",
                   help="print only the skipped files (no progress, no summary)")
    p.set_defaults(func=run)


def add_paths(p: argparse.ArgumentParser) -> None:
    p.add_argument("--seeds", type=Path, metavar="DIR",
                   help="seed articles folder (default $VNRU_SEEDS, else the folder the store was loaded from,"
                        " else seeds/)")
    p.add_argument("--db", type=Path, metavar="PATH", help="fact store file (default $VNRU_DB or data/vnru.db)")


def run(args: argparse.Namespace) -> int:
    from bot.refresh import given_seeds
    from knowledge import seeds_folder
    from knowledge.loader import LoaderError, load
    from knowledge.paths import default_paths
    from knowledge.store import StoreError

    default_seeds, default_db = default_paths()
    db = args.db or default_db
    choice = seeds_folder.choose(db, given_seeds(args), default_seeds, switch=True)
    if choice.absent and choice.recorded == choice.folder:
        print(f"vnru-bot: error: the seeds folder {choice.folder} that {db} was loaded from {choice.absent}; "
              "nothing was changed. Give --seeds DIR to load from another folder.", file=sys.stderr)
        return 2
    bar = ProgressBar(sys.stderr) if not args.quiet and sys.stderr.isatty() else None
    try:
        report = load(choice.folder, db, progress=bar)
    except (LoaderError, StoreError) as exc:
        if bar:
            bar.clear()
        print(f"vnru-bot: error: {exc}", file=sys.stderr)
        return 2
    finally:
        if bar:
            bar.clear()
    if choice.switching:
        gone = len(report.removed)
        print(f"vnru-bot: {db} switched from the seeds in {choice.recorded} to {seeds_folder.absolute(choice.folder)}:"
              f" {gone} source{'' if gone == 1 else 's'} left the store", file=sys.stderr)
    print_report(report, quiet=args.quiet)
    return 1 if report.skipped else 0


def print_report(report, quiet: bool = False, out=None, err=None) -> None:
    out, err = out or sys.stdout, err or sys.stderr
    for name, reason in report.skipped:
        print(f"vnru-bot: skipped {name}: {reason}", file=err)
    if quiet:
        return
    if report.ignored:
        shown = ", ".join(report.ignored[:5]) + (" …" if len(report.ignored) > 5 else "")
        print(f"vnru-bot: ignored {len(report.ignored)} file(s) that are not .txt seed files: {shown}", file=err)
    for old, new in report.renamed:
        print(f"vnru-bot: {old} renamed to {new}; its facts are kept", file=err)
    print(report.summary(), file=out)
    for line in undated_block(report.undated):
        print(line, file=err)


def undated_block(undated: list, shown: int = 10) -> list[str]:
    """The articles without a publication year, each with what it has and the fix."""
    if not undated:
        return []
    n = len(undated)
    one = n == 1
    lines = [f"vnru-bot: {n} article{' gives' if one else 's give'} no publication year, so {'its' if one else 'their'}"
             f" weekdays (“on Tuesday”) stay unresolved and dated questions miss {'it' if one else 'them'}"
             " (a year is never guessed):"]
    lines += [f"  {u.file}: {u.found}; {u.fix}" for u in undated[:shown]]
    if n > shown:
        lines.append(f"  … and {n - shown} more (`vnru-bot facts` shows their dates as “unknown” or “year not given”)")
    lines.append("  Front matter is the first lines of the file: `---`, then the `date:` line, then `---`.")
    return lines


class ProgressBar:
    """One self-rewriting line on a terminal: `Extracting [#####     ] 12/40 0012_x.txt`."""

    def __init__(self, stream, width: int = 24):
        self.stream, self.width, self.shown = stream, width, False

    def __call__(self, done: int, total: int, name: str) -> None:
        if done == 0:
            line = f"Loading the language model to read {total} new or changed file(s)…"
        else:
            filled = self.width * done // max(total, 1)
            line = f"Extracting [{'#' * filled}{' ' * (self.width - filled)}] {done}/{total} {name}"
        self.stream.write("\r\x1b[K" + line[:200])
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False
