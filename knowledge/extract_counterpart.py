"""A counterpart holds the office of the one he is the counterpart of.

"Russian Industry Minister A was holding talks with his Vietnamese counterpart" names the
Vietnamese industry minister, never the Vietnamese deputy prime minister the article is about:
when both people's titles give a minister's portfolio and the portfolios share no word, the
role phrase is not resolved to that person (an unresolved counterpart is better than a wrong one).
"""

from __future__ import annotations

from knowledge.names import country_of_demonym

# title words that say nothing of which ministry a minister heads
_NOT_PORTFOLIO = {"minister", "deputy", "vice", "first", "acting", "of", "the", "and", "for", "s", "mr", "ms",
                  "mrs", "dr", "former", "then", "new", "state", "federal", "national", "government"}
# words two titles may use for one portfolio
_SAME = {"defense": "defence", "economy": "economic", "finance": "financial", "affairs": "foreign",
         "diplomacy": "foreign", "premier": "prime", "pm": "prime"}


def portfolio(title_words: set[str]) -> set[str]:
    """The words of a minister's title that name his ministry; empty if he is not a minister."""
    if "minister" not in title_words and "premier" not in title_words:
        return set()
    return {_SAME.get(w, w) for w in title_words
            if w not in _NOT_PORTFOLIO and not country_of_demonym(w) and w.isalpha()}


def office_fits(one, other) -> bool:
    """May `other` be the counterpart of `one`? False only when both are ministers of known,
    different portfolios."""
    mine, theirs = portfolio(one.title_words()), portfolio(other.title_words())
    return not mine or not theirs or bool(mine & theirs)


def clause_subject(tok):
    """The subject of the clause a counterpart phrase sits in, up through the words it hangs on
    ('A was holding talks with her counterpart' -> A, also inside 'B said A was …'); None when
    there is none near."""
    head = tok.head
    for _ in range(4):
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or head.dep_ in ("ROOT", "ccomp", "relcl") or head.head is head:
            return subj  # never past the clause a report or a relative clause opens
        head = head.head
    return None
