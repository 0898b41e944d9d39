"""The few look-ups the ranker makes of a store, for sentences written in a test."""

from __future__ import annotations


class RankerStore:
    """Every word is rare, no sentence carries a fact, the given actors are in every article."""

    def __init__(self, in_articles: set[int], names: dict[int, tuple[str, ...]] | None = None):
        self._in = in_articles
        self._names = names or {}

    def doc_count(self, term: str, prefix: bool = False) -> int:
        return 2

    def sentence_facts(self, ids):
        return {}

    def central(self, source_id):
        return set()

    def in_article(self, source_id):
        return self._in

    def name_forms(self, actor_id):
        return self._names.get(actor_id, ())

    def body_names(self, actor_id):
        return tuple(n.strip().lower() for n in self._names.get(actor_id, ()))

    def sentences(self, sources):
        return []  # no article's other sentences: a pronoun points back to no one (referred_back.py)
