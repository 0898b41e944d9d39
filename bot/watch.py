"""Keep the bot's fact store in step with seeds/: build aside, swap atomically, re-open.

The store is (re)built in a child process (`python -m bot.watch build SEEDS DB`): loading
articles needs spaCy, which the answering bot never does, so the bot stays small and a crash in
the loader cannot take the bot down. The child copies the live store to a temp file in the same
directory, loads seeds/ into the copy, checks the copy opens as an engine, and `os.replace`s it
over the live file; the bot then opens the new file and closes the old engine. On any failure
the live file is untouched and the bot keeps serving the old store.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import os
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Awaitable, Callable

log = logging.getLogger(__name__)


@dataclass
class ReloadResult:
    ok: bool
    summary: str  # one line for people: what changed, or why it failed
    problems: list[str] = field(default_factory=list)  # skipped files with reasons
    seconds: float = 0.0


# ---------------------------------------------------------------- child side (loader, spaCy)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if hasattr(value, "__dict__"):
        return {k: _plain(v) for k, v in vars(value).items() if not k.startswith("_")}
    return str(value)


def _problems(report: dict) -> list[str]:
    out = []
    for key in ("problems", "skipped", "errors"):
        for p in report.get(key) or []:
            if isinstance(p, dict):
                name = p.get("file") or p.get("name") or p.get("path") or "?"
                why = p.get("reason") or p.get("message") or p.get("error") or ""
                out.append(f"{Path(str(name)).name}: {why}".strip(": "))
            elif isinstance(p, (list, tuple)) and len(p) == 2:
                out.append(f"{Path(str(p[0])).name}: {p[1]}")
            else:
                out.append(str(p))
    return out


def _summary(report: dict) -> str:
    counts = []
    for key in ("files", "sources", "added", "updated", "changed", "removed", "deleted", "unchanged",
                "sentences", "events", "statements", "actors"):
        value = report.get(key)
        if isinstance(value, list):
            value = len(value)
        if isinstance(value, int) and not isinstance(value, bool):
            counts.append(f"{key} {value}")
    return ", ".join(counts) or "store refreshed"


def _copy_db(src: Path, dst: Path) -> None:
    """A consistent copy (includes WAL content), via SQLite's backup API."""
    source = sqlite3.connect(f"file:{src.resolve()}?mode=ro", uri=True)
    target = sqlite3.connect(str(dst))
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()


def build_store(seeds: Path, db: Path) -> dict:
    """Load seeds/ into a copy of `db` and swap it in; returns a JSON-able report."""
    from knowledge.answer import Engine
    from knowledge.loader import LoaderError, is_stale, load
    from knowledge.seeds_folder import choose

    absent = choose(db, seeds, seeds).absent  # raises when the store records another folder
    if absent:  # never drop facts because the folder is gone (moved, unmounted)
        raise LoaderError(f"no seeds folder to reload from: {seeds} {absent}; the store is kept as it is")
    if db.exists() and not is_stale(seeds, db):
        return {"summary": "nothing changed in seeds/", "changed": False, "skipped": []}
    db.parent.mkdir(parents=True, exist_ok=True)
    tmp = db.with_name(f".{db.name}.{os.getpid()}.building")
    try:
        if db.exists():
            _copy_db(db, tmp)
        report = load(seeds, tmp)
        plain = _plain(report)
        if not isinstance(plain, dict):
            plain = {"report": plain}
        summary = getattr(report, "summary", None)
        plain["summary"] = summary() if callable(summary) else _summary(plain)
        # One self-contained file (no -wal beside it) before it takes the live name.
        conn = sqlite3.connect(str(tmp))
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.close()
        engine = Engine.open(tmp, seeds)
        try:
            engine.sources()
        finally:
            engine.close()
        os.replace(tmp, db)
        return plain
    finally:
        for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)


def _child_main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] != "build":
        print("usage: python -m bot.watch build SEEDS_DIR DB_PATH", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    try:
        report = build_store(Path(argv[1]), Path(argv[2]))
    except Exception as exc:  # reported to the parent as one line, which decides what to do
        print(json.dumps({"ok": False, "error": f"{type(exc).__name__}: {exc}"}), flush=True)
        return 1
    print(json.dumps({"ok": True, "report": report}, default=str), flush=True)
    return 0


# ---------------------------------------------------------------- bot side


class Knowledge:
    """The live engine plus the means to rebuild its store; one per bot process."""

    def __init__(self, db: Path, seeds: Path, open_engine: Callable[[Path], Any] | None = None) -> None:
        self.db, self.seeds = Path(db), Path(seeds)
        self._open = open_engine or (lambda path: _open_engine(path, self.seeds))
        self.engine: Any = None
        self._lock: asyncio.Lock | None = None  # made on first use, in the running loop
        self.last: ReloadResult | None = None

    def open(self) -> None:
        self.engine = self._open(self.db)

    def close(self) -> None:
        if self.engine is not None:
            self.engine.close()
            self.engine = None

    async def refresh(self) -> ReloadResult:
        """Rebuild the store aside and swap it in; on failure keep serving the old one."""
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            started = time.monotonic()
            result = await self._build()
            if result.ok:
                try:
                    new = self._open(self.db)
                except Exception as exc:
                    result = ReloadResult(False, f"the new store does not open: {exc}", result.problems)
                else:
                    old, self.engine = self.engine, new
                    if old is not None:
                        old.close()
            result.seconds = time.monotonic() - started
            self.last = result
            (log.info if result.ok else log.error)("Store reload: %s", result.summary)
            for problem in result.problems:
                log.warning("Seed file skipped: %s", problem)
            return result

    async def _build(self) -> ReloadResult:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.watch", "build", str(self.seeds), str(self.db),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            env={**os.environ, "TELEGRAM_BOT_TOKEN": ""},  # the loader never needs it
        )
        out, err = await proc.communicate()
        line = out.decode(errors="replace").strip().splitlines()[-1:] or [""]
        try:
            reply = json.loads(line[0])
        except json.JSONDecodeError:
            tail = err.decode(errors="replace").strip().splitlines()[-1:] or [f"exit status {proc.returncode}"]
            return ReloadResult(False, f"the loader crashed: {tail[0]}")
        if not reply.get("ok"):
            return ReloadResult(False, reply.get("error") or "the loader failed")
        report = reply.get("report") or {}
        return ReloadResult(True, report.get("summary") or _summary(report), _problems(report))


def _open_engine(db: Path, seeds: Path):
    from knowledge.answer import Engine

    return Engine.open(db, seeds)  # seeds/: "Source" cuts whole paragraphs from the files


def seeds_signature(seeds: Path) -> tuple:
    """Names, sizes and modification times of the files in seeds/ (hidden files ignored)."""
    try:
        entries = list(os.scandir(seeds))
    except FileNotFoundError:
        return ()
    sig = []
    for entry in entries:
        if entry.name.startswith(".") or not entry.is_file():
            continue
        st = entry.stat()
        sig.append((entry.name, st.st_size, st.st_mtime_ns))
    return tuple(sorted(sig))


async def watch_seeds(
    knowledge: Knowledge, interval: float, on_reload: Callable[[ReloadResult], Awaitable[None]]
) -> None:
    """Poll seeds/ every `interval` s; reload once a change has held still for one interval."""
    last = seeds_signature(knowledge.seeds)
    pending = None
    while True:
        await asyncio.sleep(interval)
        sig = await asyncio.to_thread(seeds_signature, knowledge.seeds)
        if sig == last:
            pending = None
            continue
        if sig != pending:  # still being written? look again next time
            pending = sig
            continue
        log.info("seeds/ changed; reloading the store")
        result = await knowledge.refresh()
        last, pending = sig, None
        try:
            await on_reload(result)
        except Exception:
            log.exception("Could not report the reload")


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1:]))
