"""A trivial stand-in for knowledge.extract, for tests of the loader's mechanics (not extraction).

One sentence per non-blank body line; the first two capitalised words of each sentence make an
actor; a line containing " met " makes a meeting between the first two actors of the article;
a line containing " said " makes a statement by the first actor. Deterministic and instant.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from knowledge.facts import Actor, Article, Event, Participant, SeedFile, Sentence, Statement

_WORD = re.compile(r"[^\W\d_]+")


def _names(text: str) -> list[str]:
    """Runs of two or three capitalised words ("Ivan Petrov", "Lê Văn Hùng")."""
    names, run = [], []
    for m in list(_WORD.finditer(text)) + [None]:
        if m and m.group()[0].isupper() and (not run or text[run[-1].end() : m.start()] == " ") and len(run) < 3:
            run.append(m)
            continue
        if len(run) >= 2:
            names.append(" ".join(w.group() for w in run))
        run = [m] if m and m.group()[0].isupper() else []
    return names


def extract_article(seed: SeedFile, nlp=None) -> Article:
    sentences: list[Sentence] = []
    pos = seed.body_start
    for line in seed.text[seed.body_start :].split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped)
            sentences.append(Sentence(len(sentences), start, start + len(stripped), stripped, len(sentences)))
        pos += len(line) + 1
    names: list[str] = []
    for s in sentences:
        for name in _names(s.text):
            if name not in names:
                names.append(name)
    actors = [Actor(name=n, kind="person", aliases={n.split()[-1]}) for n in names]
    events, statements = [], []
    for s in sentences:
        if " met " in s.text and len(names) >= 2:
            events.append(Event("meeting", [Participant(names[0], "participant"), Participant(names[1], "participant")],
                                s.position, place="Hà Nội", date=seed.source.date, date_phrase="on Monday"))
        if " said " in s.text and names:
            statements.append(Statement(names[0], "say", s.text, s.position, topics=["partnership"]))
    return Article(seed.source, seed.text, sentences, actors, events, statements)


def extract_articles(seeds: Iterable[SeedFile], nlp=None, batch_size: int = 16) -> Iterator[Article]:
    for seed in seeds:
        yield extract_article(seed, nlp)


def fake_extract(seeds, nlp=None, batch_size=None):
    """Drop-in for knowledge.loader._extract."""
    for seed in seeds:
        yield seed, extract_article(seed), None
