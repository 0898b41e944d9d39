"""Incremental load of a seeds folder into the fact store.

Why it is shaped this way:
- Every file is read and hashed first (cheap); spaCy and the extractor are imported only when
  some file actually changed, so re-checking an unchanged folder takes milliseconds.
- Extraction runs in batches (`nlp.pipe`) but each article is written in its own transaction,
  after its extraction: a crash, Ctrl-C or a bad file never leaves an article half-written, and
  the articles already written stay.
- A brand-new store is built beside its final path and moved into place when complete, so no
  reader ever opens a half-built store; an interrupted first build is resumed, not redone.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from knowledge import seeds_folder, store
from knowledge.facts import Article, SeedFile
from knowledge.paths import default_paths
from knowledge.seedfile import DEFAULT_MAX_BYTES, SeedError, read_seed
from knowledge.store_files import LoaderError, _Lock, _remove_db_files, _tmp_path
from knowledge.undated import Undated, undated

__all__ = ["LoadReport", "LoaderError", "default_paths", "ensure_store", "is_stale", "list_seed_files", "load"]

SEED_SUFFIXES = (".txt",)
Progress = Callable[[int, int, str], None]  # (done, total, file name) while extracting


@dataclass
class LoadReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (old name, new name), facts kept
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    undated: list[Undated] = field(default_factory=list)  # loaded articles without a publication date
    ignored: list[str] = field(default_factory=list)  # files in seeds/ that are not seed files
    facts: dict[str, int] = field(default_factory=dict)  # rows per table after the load
    seconds: float = 0.0
    created: bool = False  # the store did not exist before this load

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.renamed or self.created)

    def summary(self) -> str:
        parts = [f"{len(self.added)} added", f"{len(self.updated)} updated", f"{len(self.removed)} removed"]
        if self.renamed:
            parts.append(f"{len(self.renamed)} renamed")
        parts += [f"{len(self.unchanged)} unchanged", f"{len(self.skipped)} skipped"]
        f = self.facts
        store_part = (
            f"{f.get('sources', 0)} sources, {f.get('sentences', 0)} sentences, {f.get('actors', 0)} actors,"
            f" {f.get('events', 0)} events, {f.get('statements', 0)} statements"
        )
        return f"Load: {', '.join(parts)} in {self.seconds:.2f} s. Store: {store_part}."


def list_seed_files(seeds_dir: str | Path) -> tuple[list[Path], list[str]]:
    """(seed files in name order, names of other visible files that are not seed files).

    Hidden files, editor back-ups and lock files (`.x.swp`, `x.txt~`, `#x.txt#`, `~$x.txt`) and
    folders are left out silently."""
    seeds, ignored = [], []
    with os.scandir(seeds_dir) as it:
        entries = sorted(it, key=lambda e: e.name)
    for entry in entries:
        name = entry.name
        if name.startswith((".", "#", "~")) or name.endswith(("~", "#")):
            continue
        try:
            if entry.is_dir():
                continue
        except OSError:
            pass
        if name.lower().endswith(SEED_SUFFIXES):
            seeds.append(Path(entry.path))
        elif not name.lower().startswith("readme"):
            ignored.append(name)
    return seeds, ignored


def text_sha256(seed: SeedFile) -> str:
    """Hash of the article body with whitespace collapsed: the same article in another file
    (other front matter, CRLF, BOM) has the same text hash."""
    return hashlib.sha256(" ".join(seed.text[seed.body_start :].split()).encode("utf-8")).hexdigest()


def load(
    seeds_dir: str | Path,
    db_path: str | Path,
    *,
    progress: Progress | None = None,
    nlp=None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int | None = None,
    lock_timeout: float = 60.0,
) -> LoadReport:
    """Bring the store at `db_path` in line with the seed files in `seeds_dir`."""
    t0 = time.perf_counter()
    seeds_dir, db_path = Path(seeds_dir), Path(db_path)
    if not seeds_dir.is_dir():
        raise LoaderError(f"{seeds_dir}: no seeds folder here (set --seeds or VNRU_SEEDS)")
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LoaderError(f"{db_path.parent}: cannot create the store's folder ({exc.strerror or exc})") from exc
    report = LoadReport()
    with _Lock(db_path, lock_timeout):
        creating = not db_path.exists()
        target = _tmp_path(db_path) if creating else db_path
        report.created = creating
        try:
            conn = store.connect(target)
        except store.StoreError:
            if not creating:
                raise
            _remove_db_files(target)  # a leftover from an interrupted first build that is unusable
            conn = store.connect(target)
        try:
            _load_into(conn, seeds_dir, report, progress, nlp, max_bytes, batch_size)
            report.facts = store.counts(conn)
        except sqlite3.OperationalError as exc:  # disk full, read-only file, locked too long
            raise LoaderError(f"{db_path}: the store could not be written ({exc}); what was loaded is kept") from exc
        finally:
            store.close(conn)
        if creating:
            os.replace(target, db_path)
            _remove_db_files(target)
    report.seconds = time.perf_counter() - t0
    return report


Good = dict[str, tuple[SeedFile, str, os.stat_result]]  # file -> (seed, text hash, stat)
Skips = dict[str, tuple[str, "os.stat_result | None"]]  # file -> (reason, stat)


@dataclass
class _Plan:
    """What a load will do, decided from hashes alone before the store is touched."""

    touch: list[tuple[str, int, float]] = field(default_factory=list)  # unchanged, new size/mtime
    renames: list[tuple[str, str]] = field(default_factory=list)
    to_extract: list[tuple[SeedFile, str, os.stat_result]] = field(default_factory=list)
    drop: list[str] = field(default_factory=list)  # loaded files now holding a copy of another article
    removed: list[str] = field(default_factory=list)


def _load_into(conn, seeds_dir, report, progress, nlp, max_bytes, batch_size) -> None:
    files, report.ignored = list_seed_files(seeds_dir)
    loaded = store.loaded_files(conn)  # name -> (sha, text_sha, size, mtime)
    good, skips = _read_all(files, loaded, max_bytes)
    plan = _plan(good, loaded, {p.name for p in files}, report, skips)
    _bookkeep(conn, seeds_dir, plan, good)
    report.removed = sorted(plan.removed)
    report.renamed = plan.renames
    _extract_and_store(conn, plan.to_extract, loaded, report, skips, progress, nlp, batch_size)
    _record_undated(conn, good, report)
    _record_skips(conn, skips, report)


def _read_all(files: list[Path], loaded: dict, max_bytes: int) -> tuple[Good, Skips]:
    """1. Read and hash everything (cheap): decide what to do before touching the store."""
    good: Good = {}
    skips: Skips = {}
    for path in files:
        st = None
        try:
            st = path.stat()
            seed = read_seed(path, max_bytes=max_bytes)
        except (SeedError, OSError) as exc:
            reason = exc.reason if isinstance(exc, SeedError) else f"cannot read the file ({exc})"
            if path.name in loaded:
                reason += "; the version loaded earlier is kept"
            skips[path.name] = (reason, st)
            continue
        good[path.name] = (seed, text_sha256(seed), st)
    return good, skips


def _plan(good: Good, loaded: dict, on_disk: set[str], report: LoadReport, skips: Skips) -> _Plan:
    plan = _Plan()
    claimed: dict[str, str] = {}  # sha256 or text hash -> the file that owns that article
    for name, (seed, tsha, st) in good.items():
        prev = loaded.get(name)
        if prev and prev[0] == seed.source.sha256 and not _owned_elsewhere(claimed, name, seed, tsha):
            report.unchanged.append(name)
            claimed.setdefault(seed.source.sha256, name)
            claimed.setdefault(tsha, name)
            if (prev[2], prev[3]) != (st.st_size, st.st_mtime):
                plan.touch.append((name, st.st_size, st.st_mtime))

    # A new name holding exactly what a vanished file held is that file renamed: keep its facts.
    by_sha = {v[0]: k for k, v in loaded.items() if k not in on_disk}
    for name, (seed, tsha, st) in good.items():
        old = by_sha.get(seed.source.sha256)
        if name not in loaded and old and not _owned_elsewhere(claimed, name, seed, tsha):
            del by_sha[seed.source.sha256]
            plan.renames.append((old, name))
            claimed[seed.source.sha256] = claimed[tsha] = name

    settled = set(report.unchanged) | {new for _, new in plan.renames}
    for name, (seed, tsha, st) in good.items():
        if name in settled:
            continue
        sha = seed.source.sha256
        owner = claimed.get(sha) or claimed.get(tsha)
        if owner is not None and owner != name:
            how = "identical file" if good[owner][0].source.sha256 == sha else "same article text"
            skips[name] = (f"same article as {owner} ({how}); remove one of the two files", st)
            if name in loaded:
                plan.drop.append(name)
            continue
        claimed[sha] = claimed[tsha] = name
        plan.to_extract.append((seed, tsha, st))

    renamed_from = {old for old, _ in plan.renames}
    plan.removed = [f for f in loaded if f not in on_disk and f not in renamed_from]
    return plan


def _bookkeep(conn, seeds_dir: Path, plan: _Plan, good: Good) -> None:
    """2. Bookkeeping that needs no extraction, in one transaction. The folder is recorded here,
    with the removals, so that an interrupted switch to another folder resumes from it."""
    with conn:
        store.set_meta(conn, seeds_folder.META_KEY, str(seeds_folder.absolute(seeds_dir)))
        for name in [*plan.removed, *plan.drop]:
            store.delete_source(conn, name)
        for old, new in plan.renames:
            store.rename_source(conn, old, new)
            st = good[new][2]
            conn.execute("UPDATE sources SET size = ?, mtime = ? WHERE file = ?", [st.st_size, st.st_mtime, new])
        for name, size, mtime in plan.touch:
            conn.execute("UPDATE sources SET size = ?, mtime = ? WHERE file = ?", [size, mtime, name])


def _extract_and_store(conn, to_extract, loaded, report, skips, progress, nlp, batch_size) -> None:
    """3. Extract in batches, store file by file."""
    total = len(to_extract)
    if not total:
        return
    if progress:
        progress(0, total, "")  # before the (slow) model load, so front ends can say so
    stats = {seed.name: (tsha, st) for seed, tsha, st in to_extract}
    for done, (seed, article, error) in enumerate(_extract([s for s, _, _ in to_extract], nlp, batch_size), start=1):
        tsha, st = stats[seed.name]
        if error is None:
            try:
                with conn:
                    store.save_article(conn, article, size=st.st_size, mtime=st.st_mtime, text_sha256=tsha)
            except (ValueError, sqlite3.IntegrityError) as exc:
                error = f"the extracted facts could not be stored ({exc})"
        if error is None:
            (report.updated if seed.name in loaded else report.added).append(seed.name)
        else:
            if seed.name in loaded:
                error += "; the version loaded earlier is kept"
            skips[seed.name] = (error, st)
        if progress:
            progress(done, total, seed.name)


def _record_skips(conn, skips: Skips, report: LoadReport) -> None:
    """4. Remember what was skipped (with size and mtime) so `is_stale` stays cheap and exact."""
    report.skipped = sorted((name, reason) for name, (reason, _) in skips.items())
    rows = {n: (st.st_size if st else None, st.st_mtime if st else None, r) for n, (r, st) in skips.items()}
    if rows != store.skipped_files(conn):
        with conn:
            conn.execute("DELETE FROM skipped")
            conn.executemany(
                "INSERT INTO skipped(file, size, mtime, reason) VALUES (?, ?, ?, ?)",
                [(n, *values) for n, values in rows.items()],
            )


def _record_undated(conn, good: dict, report: LoadReport) -> None:
    """Which loaded articles carry no publication date (cheap: every file is read anyway)."""
    loaded = {*report.unchanged, *report.added, *report.updated, *(new for _, new in report.renamed)}
    report.undated = [u for name in sorted(loaded) if (u := undated(good[name][0])) is not None]
    rows = {u.file: (u.found, u.month_day, u.fix) for u in report.undated}
    if rows != store.undated_files(conn):
        with conn:
            store.set_undated_files(conn, rows)


def _owned_elsewhere(claimed: dict[str, str], name: str, seed: SeedFile, tsha: str) -> bool:
    return any(claimed.get(k, name) != name for k in (seed.source.sha256, tsha))


def _extract(seeds: list[SeedFile], nlp, batch_size: int | None) -> Iterator[tuple[SeedFile, Article | None, str | None]]:
    """(seed, article, None) or (seed, None, reason) for every seed, in order.

    Batches through `extract_articles`; when the extractor fails, the failing seed is retried
    alone so that one bad article costs only itself."""
    from knowledge import extract  # heavy (spaCy): only when something changed

    if nlp is None:
        from knowledge.nlp import get_nlp

        nlp = get_nlp()
    kwargs = {"nlp": nlp}
    if batch_size:
        kwargs["batch_size"] = batch_size
    remaining = list(seeds)
    while remaining:
        done = 0
        try:
            for article in extract.extract_articles(remaining, **kwargs):
                seed = remaining[done]
                if article.source.file != seed.name:
                    raise RuntimeError(f"extractor returned {article.source.file} for {seed.name}")
                done += 1
                yield seed, article, None
            return
        except Exception:  # noqa: BLE001 - isolate the article that failed, keep the batch going
            if done >= len(remaining):
                return
            seed = remaining[done]
            try:
                article = _extract_one(extract, seed, nlp)
            except Exception as exc:  # noqa: BLE001
                yield seed, None, f"extraction failed ({type(exc).__name__}: {exc})"
            else:
                yield seed, article, None
            remaining = remaining[done + 1 :]


def _extract_one(extract, seed: SeedFile, nlp) -> Article:
    try:
        return extract.extract_article(seed, nlp=nlp)
    except TypeError:
        return extract.extract_article(seed)


def is_stale(seeds_dir: str | Path, db_path: str | Path) -> bool:
    """True when the store is missing or does not match the seed files (names, sizes, mtimes).

    Cheap: stats the files and reads two small tables; never reads or hashes a file."""
    db_path = Path(db_path)
    if not db_path.exists():
        return True
    try:
        conn = store.connect(db_path, readonly=True)
    except store.StoreError:
        return True
    try:
        loaded = {f: (size, mtime) for f, (_, _, size, mtime) in store.loaded_files(conn).items()}
        skipped = {f: (size, mtime) for f, (size, mtime, _) in store.skipped_files(conn).items()}
    except sqlite3.DatabaseError:
        return True
    finally:
        conn.close()
    try:
        files, _ = list_seed_files(seeds_dir)
    except OSError:
        return bool(loaded)
    names = set()
    for path in files:
        try:
            st = path.stat()
        except OSError:
            return True
        names.add(path.name)
        now = (st.st_size, st.st_mtime)
        if loaded.get(path.name) != now and skipped.get(path.name) != now:
            return True
    return any(name not in names for name in loaded)


def ensure_store(
    seeds_dir: str | Path | None = None, db_path: str | Path | None = None, **kwargs
) -> LoadReport | None:
    """Load when the store is missing or stale (front ends call this before answering)."""
    default_seeds, default_db = default_paths()
    seeds_dir = Path(seeds_dir) if seeds_dir is not None else default_seeds
    db_path = Path(db_path) if db_path is not None else default_db
    if not is_stale(seeds_dir, db_path):
        return None
    return load(seeds_dir, db_path, **kwargs)
