"""Is a place or a body a quote names of the kind and the country a "which <noun>" question asks for?

"In which industrial park is the plant located?" is not answered by "the agreement was signed in
Hanoi", nor "In which Moscow concert hall did the orchestra play?" by "after performing for Moscow
audiences": a park, a hall, a stadium, a hotel stands inside a city, so a city, a province or a
country is no answer to it. "From which Russian port had the yacht sailed?" is not answered by "towed
into port at Cam Ranh", nor "Which Vietnamese province …" by a Russian town: a place the
lexicon knows to lie in another country than the one the question's demonym names (or in none: "the
Asia-Pacific region") is no answer either. A place the lexicon does not know is given the benefit of
the doubt, so only contradictions known to knowledge/names.py decline. The same holds for a body asked
with a demonym ("Which Vietnamese university gave him an honorary doctorate?"): one whose name or the
words right before it name only another country ("the Russian Presidential Academy", "the Australian
marketing company Market Check") is no answer (detail_shown reads both).
"""

from __future__ import annotations

import re

from knowledge.names import DEMONYMS, PLACE_COUNTRY, canonical_country, canonical_place, fold

# places inside a settlement, asked by a noun of their own: a settlement is never one of them
FACILITY_NOUNS = set("""park parks square squares hall halls stadium stadiums hotel hotels venue venues station stations
cemetery cemeteries""".split())
# the words a facility's own name ends in, by the noun asked, which the entity model often reads as an
# organisation's or misses ("the Expocentre", "the Nuclear Industry Information Centre", "… National Park")
_VENUE_WORDS = {noun: words.split() for nouns, words in (
    ("hall halls", "hall centre center palace house theatre theater auditorium complex expo arena"),
    ("hotel hotels", "hotel resort palace inn"), ("park parks", "park gardens garden reserve"),
    ("stadium stadiums", "stadium arena complex"), ("square squares", "square plaza"),
    ("station stations", "station terminal"), ("cemetery cemeteries", "cemetery memorial")) for noun in nouns.split()}
# a venue asked is as often a gathering as a building ("at venues such as the Asia-Pacific Parliamentary Forum")
_ANY_BODY = {"venue", "venues"}
# the demonyms of the two sides, whose places the lexicon lists
_SIDES = {"vietnamese": "Vietnam", "russian": "Russia"}


def asked_nation(tokens: list[str], noun: str) -> str | None:
    """The country a demonym just before the place noun asked names ("which *Russian* port",
    "in which *Vietnamese* province"), or None."""
    if noun not in tokens:
        return None
    k = tokens.index(noun)
    before = tokens[max(0, k - 3):k]
    if not {"which", "what"} & set(before):
        return None
    nations = {_SIDES[w] for w in before if w in _SIDES}
    return nations.pop() if len(nations) == 1 else None


def venue_named(name: str, noun: str) -> bool:
    """Is a body's name (as the entity model labels it) that of a facility asked ("the Ariyana
    Convention Centre" for "what venue", "the Metropol Hotel" for "which hotel"; any body for a venue)?"""
    return noun in FACILITY_NOUNS and (noun in _ANY_BODY or any(_of_kind(w, noun) for w in name.split()))


def _of_kind(word: str, noun: str) -> bool:
    """Is a capitalised word one a name of the facility asked ends in ("Centre", "Expocentre" for a hall)?
    Any for a venue."""
    low = fold(word)
    kinds = _VENUE_WORDS.get(noun) or [v for vs in _VENUE_WORDS.values() for v in vs]
    return word[:1].isupper() and any(low.endswith(v) for v in kinds)


def venue_written(text: str, noun: str, asked: set[str]) -> bool:
    """A facility asked and a name of one written that the entity model missed ("opened at the
    Expocentre", "from Phia Oắc - Phia Đén National Park"): a capitalised word of a venue's kind and the
    capitalised words before it, one of them a word the question lacks."""
    if noun not in FACILITY_NOUNS:
        return False
    words = text.split()
    for i, w in enumerate(words):
        core = w.strip(",.;:()\"“”'’")
        if not _of_kind(core, noun):
            continue
        name = [core]
        for prev in reversed(words[max(0, i - 6):i]):
            capital = prev[:1].isupper() or prev in ("-", "–")  # "Phia Oắc - Phia Đén National Park"
            if prev[-1:] in ",;:(\"“" or fold(prev) in ("the", "a", "an") or not capital:
                break
            name.insert(0, prev)
        if any(len(f) >= 3 and f not in asked for f in (fold(x) for x in name if x not in ("-", "–"))):
            return True
    return False


def settlement(name: str) -> bool:
    """A city, a province or a country the lexicon knows: no park, hall or hotel."""
    return bool(canonical_place(name) or canonical_country(name) or fold(name) in DEMONYMS)


def fits(name: str, noun: str, nation: str | None) -> bool:
    """Can the place named answer a question asking a `noun` in `nation`'s country?"""
    if noun in FACILITY_NOUNS and settlement(name):
        return False
    if nation is None:
        return True
    place = canonical_place(name)
    if place is None:
        return True
    return PLACE_COUNTRY.get(place) == nation


# words that end a noun phrase's modifiers when read backwards from a name ("signed with Russia, Vinamilk")
_STOP = {"the", "a", "an", "of", "with", "and", "by", "to", "in", "for", "from", "at", "on", "as", "than", "while"}


def _countries(words: list[str]) -> set[str]:
    """The countries words name: a demonym, a country, a place the lexicon knows ("Moscow State University")."""
    out = set()
    for i, w in enumerate(words):
        low = fold(w).removesuffix("s") if w.endswith(("'s", "’s")) else fold(w)
        low = low.replace("'", "").replace("’", "")
        country = DEMONYMS.get(low) or canonical_country(low)
        for span in (w, " ".join(words[i:i + 2])):
            place = canonical_place(span.rstrip("'’s")) if span[:1].isupper() else None
            country = country or (place and PLACE_COUNTRY.get(place))
        if country:
            out.add(country)
    return out


def body_fits(text: str, name: str, nation: str | None, context: str = "") -> bool:
    """Can a body named in the text be of the nation asked ("which Vietnamese university")? Not when its
    name or the words right before it name another country and not this one ("the Russian Presidential
    Academy", "the Australian marketing company Market Check", "Russia's Power Machines"); an acronym
    is of the country of the name it follows in brackets in the text or in `context` (the reply's
    other quotes)."""
    if nation is None:
        return True
    spelt = re.fullmatch(r"[A-Z][A-Z0-9&-]+", name) and f"{text} {context}".find(f"({name})")
    if spelt and spelt > 0:  # an acronym after its name: "the Russian Presidential Academy … (RANEPA)"
        named = _countries(_lead(f"{text} {context}"[:spelt].split(), 10, {"the", "a", "an"}))
    else:
        at = text.find(name)
        named = _countries([*_lead([] if at < 0 else text[:at].split(), 4, _STOP), *re.findall(r"[\w'’-]+", name)])
    return not named or nation in named


def _lead(words: list[str], most: int, stops: set[str]) -> list[str]:
    """The words right before a point in a sentence, back to a punctuation mark or a stop word."""
    lead: list[str] = []
    for w in reversed(words[-most:]):
        if w[-1:] in ",;:(—–\"“" or fold(w) in stops:
            break
        lead.insert(0, w)
    return lead
