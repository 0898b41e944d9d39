"""The nation a "how many / how much" question counts, which the answering figure must be of.

"How many Russian tourists visited Nha Trang", "How many Vietnamese companies exhibited at the
fair", "Сколько российских туристов …", "bao nhiêu du khách Nga …" (the lexicon reads both as
"how many russian tourists"), "how many students from Vietnam": the count is of that nation's
people or firms. A sentence that counts all of them ("383,000 international visitors", "2,700
companies from 73 countries", "nearly 40 scientists from the two academies") and names neither
the nation nor its country gives a figure of something else; the sentence that answers names
them ("30,700 Russian visitors", "250,000 visitors from Russia", "5,000 Vietnamese students") or a
city of theirs they come from ("flights from Khabarovsk …, bringing 180 tourists"), or the sentence before
it does.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.answer.preceding import fill_before
from knowledge.names import COUNTRIES, DEMONYMS, PLACE_COUNTRY, PLACES, canonical_country, fold

# one state under two names a reader uses for each other
_SAME = {"Soviet Union": "Russia"}


def asked_nation(tokens: list[str]) -> str | None:
    """The country whose people or firms a "how many / how much" question counts: a nationality
    right after "how many" ("how many russian tourists"), or "how many <noun> from <country>"."""
    for i in range(len(tokens) - 2):
        if tokens[i] != "how" or tokens[i + 1] not in ("many", "much"):
            continue
        if tokens[i + 2] in DEMONYMS:
            return _SAME.get(DEMONYMS[tokens[i + 2]], DEMONYMS[tokens[i + 2]])
        if i + 4 < len(tokens) and tokens[i + 3] == "from" and (country := canonical_country(tokens[i + 4])):
            return _SAME.get(country, country)
        return None
    return None


@lru_cache(maxsize=64)
def _written(country: str) -> re.Pattern:
    """The words that name a country or its people in a folded sentence."""
    names = {c for c, same in [(country, country), *_SAME.items()] if _SAME.get(c, c) == country}
    words = {fold(v) for c in names for v in [c, *COUNTRIES.get(c, [])]}
    words |= {d for d, c in DEMONYMS.items() if _SAME.get(c, c) == country}
    words = {w[4:] if w.startswith("the ") else w for w in words if w}
    # a city of the country the people come from ("flights from Khabarovsk …, bringing 180 tourists")
    cities = {fold(v) for p, c in PLACE_COUNTRY.items() if _SAME.get(c, c) == country for v in [p, *PLACES.get(p, [])]}
    alts = sorted(map(re.escape, words), key=len, reverse=True)
    if cities:
        alts.append(r"from (?:the city of )?(?:" + "|".join(sorted(map(re.escape, cities), key=len, reverse=True)) + r")\b")
    return re.compile(r"\b(?:" + "|".join(alts) + r")")


def nation_written(country: str, text: str) -> bool:
    """Does the sentence name the country or its people ("Russian", "Russians", "Russia", "Soviet"), or a city of
    it that they come from ("from Khabarovsk")?"""
    return _written(country).search(fold(text)) is not None


# a figure of another nation's people: "some 700 Soviet engineers", "1,200 Chinese tourists"
_FIGURE_OF = re.compile(r"\b\d[\d,.]*(?:\s+(?:million|thousand|hundred))?\s+([a-z-]+)(?:\s+([a-z]+))?\b")


def others_counted(country: str, text: str) -> bool:
    """Does the sentence count only another nation's people ("some 700 Soviet engineers" for "how many
    Vietnamese engineers"), never naming the nation asked in itself? The figure is of someone else."""
    folded = fold(text)
    nations = [_SAME.get(DEMONYMS[w], DEMONYMS[w]) for m in _FIGURE_OF.finditer(folded) for w in m.groups()
               if w in DEMONYMS]
    return bool(nations) and country not in nations and not nation_written(country, text)


def kept(conn, country: str, ranked: list) -> list:
    """The ranked sentences that name the country or its people, in themselves or in the sentence before
    them in their paragraph, which the reply quotes with one leaning on it ("Russian arrivals rose sharply.
    In March alone, 30,700 came"); not one that counts another nation's people."""
    fill_before(conn, [r.cand for r in ranked if not nation_written(country, r.cand.text)])
    return [r for r in ranked if (nation_written(country, r.cand.text) or nation_written(country, r.cand.before))
            and not others_counted(country, r.cand.text)]
