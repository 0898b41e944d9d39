"""A yes/no question naming the nation of a party its event involves is not borne out by a quote naming others.

"Did the Lima club beat a Chilean side in the final?" answered by "The Lima club beat Santos of Brazil
3-1 in the final": the quote writes the event and its words, and wins, but its party is of another
nation. The question must name the party indefinitely by its nation ("a Chilean side", "an Argentine
firm"): that is the premise, not a name the article may write otherwise. The best quote must name the
nations of the people or bodies it speaks of and none of them, nor the country, be the one asked.
"""

from __future__ import annotations

from knowledge import lazy_re
from knowledge.answer.count_people import nation_written
from knowledge.answer.time_shown import shown_texts
from knowledge.facts import Answer
from knowledge.names import DEMONYMS, canonical_country, fold

# a party named by its nation: "a Russian team", "an Argentine firm"; in the quote also "Santos of Brazil"
_PARTIES = "team|side|club|squad|crew|company|firm|rival|player|partner"
_PARTY = lazy_re.compile(r"\ban?\s+([a-z]+)\s+(?:" + _PARTIES + r"|opponent)s?\b")
_OTHER_NATION = lazy_re.compile(r"\b([a-z]+)\s+(?:" + _PARTIES + r")s?\b|\bof\s+([a-z]+(?:\s+[a-z]+)?)\b")


def _asked_party_nation(raw: str) -> str | None:
    m = _PARTY.search(fold(raw))
    return DEMONYMS.get(m.group(1)) if m else None


def _named_nations(text: str) -> set[str]:
    """The nations the quote names its parties by: "the Chilean side", "Santos of Brazil"."""
    out: set[str] = set()
    for m in _OTHER_NATION.finditer(fold(text)):
        if m.group(1) and (n := DEMONYMS.get(m.group(1))):
            out.add(n)
        elif m.group(2) and (c := canonical_country(m.group(2)) or canonical_country(m.group(2).split()[0])):
            out.add(c)
    return out


def other_party(yesno: bool, raw: str, ans: Answer) -> bool:
    """Does the best quote of a reply to "did X <act> a <nation> <party>" name its parties' nations, none the one asked?"""
    if not yesno or (nation := _asked_party_nation(raw)) is None or len(texts := shown_texts(ans)) < 2:
        return False
    best = texts[1]
    named = _named_nations(best)
    return bool(named) and nation not in named and not nation_written(nation, best)
