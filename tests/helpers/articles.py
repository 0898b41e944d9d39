"""Article helpers for extraction tests: seed files read the way the loader reads them, and
extraction results cached per file (spaCy is the slow part)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from knowledge.facts import Article, SeedFile

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
ARTICLES = ROOT / "tests" / "articles"


def seed_file(path: str | Path) -> SeedFile:
    from knowledge.seedfile import read_seed

    return read_seed(path)


def seed_from_text(text: str, date: str | None = None, name: str = "test.txt", title: str | None = None) -> SeedFile:
    """A SeedFile for a body-only text (no front matter), with the given publication date."""
    import hashlib

    from knowledge.facts import Source

    return SeedFile(name, text, 0, Source(name, hashlib.sha256(text.encode()).hexdigest(), title, None, date))


@lru_cache(maxsize=None)
def extracted(path: str) -> Article:
    """Extraction of a seed (by file name in seeds/) or a test article (tests/articles/)."""
    from knowledge.extract import extract_article

    p = SEEDS / path if (SEEDS / path).exists() else ARTICLES / path
    return extract_article(seed_file(p))


def events(art: Article) -> list[tuple]:
    """(kind, frozenset of (actor, role), place, date, date_end) per event, for table tests."""
    return [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.place, e.date, e.date_end)
            for e in art.events]


def statements(art: Article) -> list[tuple]:
    """(sentence, speaker, verb) per statement."""
    return [(s.sentence, s.speaker, s.verb) for s in art.statements]


def body_events(body: str, pub: str) -> list[tuple]:
    """(kind, set of (actor, role), place, date) per event of an article with this body and page date."""
    from knowledge.extract import extract_article

    art = extract_article(seed_from_text("Title\n\n" + body, date=pub))
    return [(e.kind, {(p.actor, p.role) for p in e.participants}, e.place, e.date) for e in art.events]
