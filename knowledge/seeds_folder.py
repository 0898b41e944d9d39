"""Which seeds folder a fact store is refreshed from.

A store records the absolute path of the folder it was loaded from (`meta.seeds_dir`). Commands
that only read (`ask`, `chat`, `facts`, `timeline`, `run`) refresh from that folder, so a store
built with `load --seeds ~/articles` is never quietly rebuilt from the default seeds/ (which
would drop every article from ~/articles). Only `load` moves a store to another folder, and it
says so. A recorded folder that is gone (moved, unmounted) leaves the store as it is: facts are
never dropped because a folder is absent.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from knowledge import store

META_KEY = "seeds_dir"


class SeedsFolderConflict(Exception):
    """A read-only command was given a seeds folder other than the one the store was built from."""

    def __init__(self, db: Path, recorded: Path, given: Path):
        self.db, self.recorded, self.given = db, recorded, given
        super().__init__(
            f"{db} was built from the seeds in {recorded}, not {given}; nothing was changed. "
            f"To rebuild it from {given} (dropping the articles that are only in {recorded}), run "
            f"`vnru-bot load --seeds {given} --db {db}`; to use it as it is, leave out --seeds (and VNRU_SEEDS)."
        )


@dataclass(frozen=True)
class SeedsChoice:
    folder: Path  # where the seed files are read from
    recorded: Path | None  # what the store records (None: no store yet, or one older than this record)
    switching: bool = False  # `load` moves the store from `recorded` to `folder`
    absent: str | None = None  # why `folder` cannot be read now; the store is then served as it is


def absolute(folder: str | Path) -> Path:
    """The folder as it is recorded: absolute, `~` expanded, symlinks resolved."""
    return Path(folder).expanduser().resolve()


def stored_state(db_path: str | Path) -> tuple[Path | None, int]:
    """(recorded seeds folder, number of sources) of the store; (None, 0) when there is none."""
    db_path = Path(db_path)
    if not db_path.exists():
        return None, 0
    try:
        conn = store.connect(db_path, readonly=True)
    except store.StoreError:
        return None, 0
    try:
        value = store.get_meta(conn, META_KEY)
        count = conn.execute("SELECT count(*) FROM sources").fetchone()[0]
    except sqlite3.DatabaseError:
        return None, 0
    finally:
        conn.close()
    return (Path(value) if value else None), count


def choose(db_path: str | Path, given: str | Path | None, default: str | Path, *, switch: bool = False) -> SeedsChoice:
    """The folder to refresh `db_path` from.

    `given` is a folder the user named (--seeds or VNRU_SEEDS), `default` the one used when the
    store records none. A given folder other than the recorded one is a switch when `switch`
    (the `load` command), else SeedsFolderConflict. A read-only refresh treats a recorded
    folder that has no seed files any more, while the store has sources, as absent (an
    unmounted disk often leaves an empty folder behind)."""
    recorded, sources = stored_state(db_path)
    if recorded is None:
        folder = Path(given if given is not None else default)
        return SeedsChoice(folder, None, absent=_absent(folder))
    if given is not None and absolute(given) != recorded:
        if not switch:
            raise SeedsFolderConflict(Path(db_path), recorded, Path(given))
        return SeedsChoice(Path(given), recorded, switching=True, absent=_absent(Path(given)))
    absent = _absent(recorded)
    if absent is None and not switch and sources and not _has_seed_files(recorded):
        absent = "has no seed files left (an unmounted disk?)"
    return SeedsChoice(recorded, recorded, absent=absent)


def _absent(folder: Path) -> str | None:
    if folder.is_dir():
        return None
    return "is not a folder" if folder.exists() else "is missing (moved, renamed or unmounted?)"


def _has_seed_files(folder: Path) -> bool:
    from knowledge.loader import list_seed_files

    try:
        return bool(list_seed_files(folder)[0])
    except OSError:
        return False
