"""A person named only as what a thing is dedicated to or named after ("the monument to X", "the
union named after X", Russian "памятник X-у", "имени X-а"): the question asks about the monument or
the body, and the articles write of it without X beside the answer ("the monument would be
inaugurated in June"), so X is no entity the answer's sentence must stand near."""

from __future__ import annotations

# nouns a person's name follows when the thing is dedicated to them (glosses of Russian too)
_DEDICATED = frozenset("monument monuments statue statues bust busts memorial plaque mausoleum".split())
_LINKS = frozenset(("to", "of"))


def dedicated_to(tokens: list[str], start: int) -> bool:
    """Does the name starting at token `start` follow 'named after' or a monument noun ('monument
    to', 'statue of', or the noun right before it, as a Russian dative or genitive is glossed)?"""
    before = [t.lower() for t in tokens[max(0, start - 2):start]]
    if before[-2:] == ["named", "after"]:
        return True
    if before and before[-1] in _LINKS:
        before = before[:-1]
    return bool(before) and before[-1] in _DEDICATED
