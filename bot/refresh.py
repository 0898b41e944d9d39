"""Bring the fact store up to date before a command reads from it (ask, chat, facts, timeline).

The folder it is refreshed from follows knowledge.seeds_folder: the one the store records,
unless the user names another with --seeds or VNRU_SEEDS — then the command refuses, since only
`load` moves a store to another folder. Notes go to stderr, never to stdout (`ask --json`
keeps stdout for JSON).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


class StoreUnavailable(Exception):
    """There is no store to read, or it cannot be refreshed as asked; the message says why."""


def given_seeds(args: argparse.Namespace) -> Path | None:
    """The seeds folder the user named (--seeds, else $VNRU_SEEDS), or None."""
    seeds = getattr(args, "seeds", None)
    if seeds:
        return Path(seeds).expanduser()
    env = os.environ.get("VNRU_SEEDS", "").strip()
    return Path(env).expanduser() if env else None


def prepare(args: argparse.Namespace, err=None, progress=None) -> tuple[Path, Path]:
    """Refresh the store when it is missing or stale; returns (seeds folder, store path).

    `progress` is a ProgressBar (or None); it is cleared before anything else is printed."""
    from knowledge import loader, seeds_folder, store
    from knowledge.paths import default_paths

    err = err or sys.stderr
    default_seeds, default_db = default_paths()
    db = Path(getattr(args, "db", None) or default_db)
    try:
        choice = seeds_folder.choose(db, given_seeds(args), default_seeds)
    except seeds_folder.SeedsFolderConflict as exc:
        raise StoreUnavailable(str(exc)) from None
    if choice.absent:
        if not db.exists():
            raise StoreUnavailable(f"no fact store at {db} and no seeds folder at {choice.folder}"
                                   " (give --seeds DIR or set VNRU_SEEDS, then run `vnru-bot load`)")
        print(f"vnru-bot: warning: the seeds folder {choice.folder} {choice.absent}; "
              f"using the store {db} as it is", file=err, flush=True)
        return choice.folder, db
    if not loader.is_stale(choice.folder, db):
        return choice.folder, db
    print(f"vnru-bot: reading the seed files in {choice.folder} into {db} …", file=err, flush=True)
    try:
        report = loader.load(choice.folder, db, progress=progress)
    except (loader.LoaderError, store.StoreError, OSError) as exc:
        raise StoreUnavailable(str(exc)) from exc
    finally:
        if progress:
            progress.clear()
    for name, reason in report.skipped:
        print(f"vnru-bot: skipped {name}: {reason}", file=err)
    print(f"vnru-bot: store refreshed. {report.summary()}", file=err, flush=True)
    return choice.folder, db
