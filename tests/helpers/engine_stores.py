"""Small stores for engine tests: hand-built Articles, or article texts through the real loader."""

from __future__ import annotations

from pathlib import Path

from knowledge import store
from knowledge.answer import Engine
from knowledge.facts import Answer, Article, Citation


def engine_from_articles(folder: Path, *articles: Article, texts: dict[str, str] | None = None) -> Engine:
    """Write hand-built articles to a store in `folder` (and their files, for verbatim checks)."""
    db = folder / "store.db"
    conn = store.connect(db)
    with conn:
        for article in articles:
            store.save_article(conn, article)
    store.close(conn)
    for name, text in (texts or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    return Engine.open(db, folder)


def engine_from_texts(folder: Path, texts: dict[str, str]) -> Engine:
    """Load seed files through the real loader and extractor (spaCy) and open the engine."""
    from knowledge.loader import load

    seeds = folder / "seeds"
    seeds.mkdir()
    for name, text in texts.items():
        (seeds / name).write_text(text, encoding="utf-8")
    report = load(seeds, folder / "store.db")
    assert not report.skipped, report.skipped
    return Engine.open(folder / "store.db", seeds)


def quoted(answer) -> str:
    """Every verbatim quote of an answer, joined: what the reply cites, apart from its own words."""
    return " ".join(c.quote for c in answer.citations)


def wire_reply(*quotes: str) -> Answer:
    """An answered reply quoting these sentences of one wire story: for checks that read only the quotes."""
    cites = [Citation(source="wire.txt", title=None, outlet="Test Wire", date=None, quote=q, sentence_id=i)
             for i, q in enumerate(quotes)]
    return Answer(answered=True, text="", headline="From Test Wire:", citations=cites)


def first_quote(answer) -> str:
    """The quote the reply leads with: the sentence it answers from."""
    return answer.citations[0].quote if answer.citations else ""


def module_engine(name: str, texts: dict[str, str]):
    """A module-scoped `engine` fixture over these article texts, loaded once per test module:
    `engine = module_engine("firsts", {"tomsk.txt": TOMSK})`."""
    import pytest

    @pytest.fixture(scope="module")
    def engine(tmp_path_factory):
        eng = engine_from_texts(tmp_path_factory.mktemp(name), texts)
        yield eng
        eng.close()

    return engine


def parsed(text: str):
    """The sentence as the loader stores its parse and the answer checks read it (knowledge.sentence_parse)."""
    from knowledge.nlp import get_nlp
    from knowledge.sentence_parse import decode, encode
    return decode(encode(get_nlp()(text)[:], 0, len(text)))
