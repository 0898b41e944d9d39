"""A reader's word the articles write otherwise in one sense only ("focus" where they write "centred
on"; paraphrases.NARROW): no reason to decline at once when the article that carries the question's other words writes a paraphrase."""

from __future__ import annotations

import sqlite3

from knowledge.answer.paraphrases import NARROW, paraphrases, stem


def sources_writing(eng, form: str) -> frozenset[int]:
    """The articles with a sentence that writes `form` (a word, or a prefix ending in '*')."""
    cache = eng.__dict__.setdefault("_sources_writing", {})
    if form not in cache:
        phrase = f'"{form[:-1]}"*' if form.endswith("*") else f'"{form}"'
        try:
            rows = eng.conn.execute(
                "SELECT DISTINCT s.source_id FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid"
                " WHERE sentences_fts MATCH ?", [phrase]).fetchall()
        except sqlite3.Error:
            rows = []
        if len(cache) > 5000:
            cache.clear()
        cache[form] = frozenset(r[0] for r in rows)
    return cache[form]


def worded_in_same_article(eng, word: str, others: list[str]) -> bool:
    """Does an article write a news paraphrase of `word` together with most of the question's other
    supported words (`others`, as the question writes them)? A paraphrase written only in articles
    about something else ("told" in another interview) is no support: the word stays unknown."""
    if not others or not any(stem(word) == stem(k) for k in NARROW):
        return False
    # a stem that ends in the "i" of its inflections ("stori": stories) is also written with its "y" ("story")
    forms = [f for p in paraphrases(word) for f in (p, p[:-1] + "y" if p.endswith("i") else None) if f]
    with_para = frozenset().union(*(sources_writing(eng, f + "*") for f in forms))
    if not with_para:
        return False
    need = max(1, -(-2 * len(others) // 3))  # two thirds of the other words, rounded up
    counts: dict[int, int] = {}
    for w in others:
        for src in sources_writing(eng, w) & with_para:
            counts[src] = counts.get(src, 0) + 1
    return any(n >= need for n in counts.values())
