"""The sentences' own word statistics the ranker reads, and BM25 over one question's candidates.

BM25 is computed here rather than by FTS5 so that only the few hundred candidates are ever scored;
each sentence's stems and length are worked out once and kept (the same sentences come back
question after question).
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.answer.retrieve import Candidate, stem
from knowledge.names import fold


@lru_cache(maxsize=1 << 14)
def sentence_stems(text: str) -> tuple[frozenset[str], str, str, int]:
    """(the set of a sentence's stems, ' stem stem …', 'word word … ', its length in words for
    BM25), worked out once per sentence. The two lines turn "some stem starts with x" and "some
    word ends with x" into one substring test each (stems and words are [a-z0-9]+, so a space
    marks where one starts or ends)."""
    words = re.findall(r"[a-z0-9]+", fold(text))
    stems = [stem(w) for w in words]
    return frozenset(stems), " " + " ".join(stems), " ".join(words) + " ", max(len(text.split()), 1)


def local_bm25(cands: list[Candidate], terms: list[str], hits_of: dict[int, list[float]], weights: list[float],
               k1: float = 1.2, b: float = 0.75) -> None:
    """BM25 of the question's words over the candidates (words matched by stem, paraphrase or typo),
    computed here rather than by FTS5 so that only the few hundred candidates are ever scored."""
    if not cands or not terms:
        return
    lens = {c.sentence_id: sentence_stems(c.text)[3] for c in cands}
    avg = sum(lens.values()) / len(lens)
    k1_1 = k1 + 1
    norms: dict[int, float] = {}  # per length in words (few lengths, many sentences)
    for c in cands:
        hits = hits_of[c.sentence_id]
        if not any(hits):  # (most candidates carry none of the words: 0.0, as the sum of nothing)
            c.bm25 = 0.0
            continue
        n = lens[c.sentence_id]
        if (norm := norms.get(n)) is None:
            norm = norms[n] = k1 * (1 - b + b * n / avg)
        c.bm25 = sum([w * h * k1_1 / (h + norm) for w, h in zip(weights, hits) if h], 0.0)
