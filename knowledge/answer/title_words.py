"""Words an article writes only in its headline. The headline is kept as the article's title, not as
a sentence, so the word search never sees it: a question worded after the headline ("the Tết
meeting", "the Caspian donation") would have its word taken for one no article contains (a premise
declined) and the article's sentences, which leave the headline's subject unsaid ("It comprised …"),
never found by it."""

from __future__ import annotations

import re
import sqlite3

from knowledge.names import fold

MAX_TITLED = 3  # a word in more headlines than this says nothing about which article is asked of


def title_index(conn: sqlite3.Connection) -> dict[str, frozenset[int]]:
    """Folded headline name word -> the articles whose headline has it (one read of the sources table,
    whose rows are one per article, not per sentence). Only words the headline capitalises after its
    first: a name ("Tết") is what a question's premise rests on; a common word only the headline
    writes ("undocumented") is better left to the word repairs and checks than searched for."""
    index: dict[str, set[int]] = {}
    for src, title in conn.execute("SELECT id, title FROM sources WHERE title IS NOT NULL"):
        for word in {fold(w) for w in re.findall(r"\w+", title)[1:] if w[:1].isupper()}:
            index.setdefault(word, set()).add(src)
    return {w: frozenset(s) for w, s in index.items()}


def titled_sources(index: dict[str, frozenset[int]], terms: list[str], df: dict[str, int]) -> set[int] | None:
    """The articles whose headline holds a search term that no sentence holds, when that term is in
    few headlines; None when no term is one of those."""
    out: set[int] = set()
    for t in terms:
        srcs = index.get(t, frozenset()) if df.get(t, 1) == 0 else frozenset()
        if 0 < len(srcs) <= MAX_TITLED:
            out |= srcs
    return out or None
