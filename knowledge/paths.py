"""Where the seeds and the fact store live, shared by every front end (CLI, chat, Telegram)."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_SEEDS = "seeds"
DEFAULT_DB = "data/vnru.db"


def default_paths() -> tuple[Path, Path]:
    """(seeds dir, store path): `VNRU_SEEDS` / `VNRU_DB` when set, else seeds/ and data/vnru.db
    relative to the current directory."""
    seeds = os.environ.get("VNRU_SEEDS") or DEFAULT_SEEDS
    db = os.environ.get("VNRU_DB") or DEFAULT_DB
    return Path(seeds).expanduser(), Path(db).expanduser()
