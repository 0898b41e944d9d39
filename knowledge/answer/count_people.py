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

from knowledge import lazy_re
from knowledge.answer.count_forms import PEOPLE_NOUNS
from knowledge.answer.preceding import fill_before
from knowledge.names import COUNTRIES, DEMONYMS, PLACE_COUNTRY, PLACES, canonical_country, fold

# one state under two names a reader uses for each other
_SAME = {"Soviet Union": "Russia"}


def _nation_of(word: str) -> str | None:
    """The nation a people's name ("russian", "russians", "vietnamese") writes."""
    nation = DEMONYMS.get(word) or (DEMONYMS.get(word[:-1]) if word.endswith("s") else None)
    return _SAME.get(nation, nation) if nation else None


def asked_nation(tokens: list[str]) -> str | None:
    """The country whose people or firms a "how many / how much" question counts: a nationality
    right after "how many" ("how many russian tourists", "how many russians"), or "how many <noun> from
    <country>"."""
    for i in range(len(tokens) - 2):
        if tokens[i] != "how" or tokens[i + 1] not in ("many", "much"):
            continue
        if nation := _nation_of(tokens[i + 2]):  # "how many russian tourists", "how many russians died"
            return nation
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


# a figure of a nation's people: "some 700 Soviet engineers", "1,200 Chinese tourists", "two Vietnamese women",
# "99 students from Laos, Mongolia and Turkey"
_WORD_FIGURE = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands"
_FIGURE = r"(?:\d[\d,.]*(?:\s+(?:million|thousand|hundred))?|(?:" + _WORD_FIGURE + r")(?:\s+of)?)"
_FIGURE_OF = lazy_re.compile(r"\b" + _FIGURE + r"\s+([a-z-]+)(?:\s+([a-z-]+))?\b")
_FIGURE_FROM = lazy_re.compile(r"\b" + _FIGURE + r"(?:\s+[a-z-]+){1,2}?\s+from\s+")
_LIST_WORD = lazy_re.compile(r"[a-z]+|,")


def _countries_listed(words: list[str]) -> list[str]:
    """The countries a list opening the words names ("vietnam , mongolia and turkey , who …"): up to its first
    word that neither names a country (in up to three words) nor joins two."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] in (",", "and"):
            i += 1
            continue
        n = next((n for n in (3, 2, 1) if canonical_country(" ".join(words[i:i + n]))), 0)
        if not n:
            break
        country = canonical_country(" ".join(words[i:i + n]))
        out.append(_SAME.get(country, country))
        i += n
    return out


def _nations_counted(folded: str) -> list[str]:
    """The nations whose people the sentence's figures count: a people's name within two words after a figure
    ("some 700 Soviet engineers"), or the countries they come from ("99 students from Laos, Chile and Peru")."""
    nations = [n for m in _FIGURE_OF.finditer(folded) for w in m.groups() if w and (n := _nation_of(w))]
    for m in _FIGURE_FROM.finditer(folded):
        nations += _countries_listed(_LIST_WORD.findall(folded[m.end():m.end() + 80]))
    return nations


def people_asked(tokens: list[str]) -> bool:
    """Does a "how many" question count people ("how many Russians", "how many Russian tourists"), not things a
    nation has ("how many Russian universities / investment projects")?"""
    for i in range(len(tokens) - 2):
        if tokens[i] == "how" and tokens[i + 1] in ("many", "much"):
            w = tokens[i + 2]
            if _nation_of(w) and w not in DEMONYMS:  # "russians", "the vietnamese" counted as such
                return True
            return i + 3 < len(tokens) and tokens[i + 3] in PEOPLE_NOUNS
    return False


def others_counted(country: str, text: str, people: bool = True) -> bool:
    """Does the sentence count only other nations' people ("some 700 Soviet engineers" for "how many Vietnamese
    engineers", "two Vietnamese women died in Moscow" for "how many Russians died")? When people are asked, the
    figure is of someone else whatever else of the nation asked the sentence names ("the embassy in Russia
    confirmed"); when things are ("how many Russian universities"), a sentence naming the nation may count them
    beside another nation's people ("400 Vietnamese students from 51 universities around Russia")."""
    nations = _nations_counted(fold(text))
    return bool(nations) and country not in nations and (people or not nation_written(country, text))


def kept(conn, country: str, ranked: list, people: bool = True) -> list:
    """The ranked sentences that name the country or its people, in themselves or in the sentence before
    them in their paragraph, which the reply quotes with one leaning on it ("Russian arrivals rose sharply.
    In March alone, 30,700 came"); not one that counts another nation's people."""
    fill_before(conn, [r.cand for r in ranked if not nation_written(country, r.cand.text)])
    return [r for r in ranked if (nation_written(country, r.cand.text) or nation_written(country, r.cand.before))
            and not others_counted(country, r.cand.text, people)]
