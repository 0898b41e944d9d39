"""The store's files on disk while a load runs: the path a first build writes to, removing a
store with its journal files, and the lock that lets one loader at a time update a store."""

from __future__ import annotations

import os
import time
from pathlib import Path


class LoaderError(Exception):
    """The load cannot run at all (no seeds folder, store unusable, another load holds the lock)."""


def _tmp_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".building")


def _remove_db_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.remove(f"{path}{suffix}")
        except FileNotFoundError:
            pass


class _Lock:
    """One loader per store at a time (another waits, then gives up with a clear message)."""

    def __init__(self, db_path: Path, timeout: float):
        self.db_path = db_path
        self.path = db_path.with_name(db_path.name + ".lock")
        self.timeout = timeout
        self.fh = None

    def __enter__(self):
        try:
            import fcntl
        except ImportError:  # Windows: SQLite's own locking still keeps each article whole
            return self
        try:
            self.fh = open(self.path, "a")
        except OSError as exc:
            raise LoaderError(f"{self.db_path}: cannot write next to the store ({exc.strerror or exc})") from exc
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return self
            except BlockingIOError:
                if time.monotonic() > deadline:
                    self.fh.close()
                    raise LoaderError(f"another load is updating {self.db_path}; try again later") from None
                time.sleep(0.1)

    def __exit__(self, *exc):
        if self.fh is not None:
            self.fh.close()  # closing releases the lock

