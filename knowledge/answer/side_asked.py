"""Which side a question restricts its answer to, and does a quoted sentence name only the other side?

"Which Vietnamese company …", "Which Russian region …", "Who led the Russian delegation?", "Who
spoke for the Vietnamese side?", "Кто из вьетнамских министров …" ask for one country's person,
body or place. News on the two countries names both sides in one breath, so the closest sentence
may well name only the other side's ("Russian power equipment maker Power Machines" for a
Vietnamese company, Putin for a Vietnamese official): it does not answer. Each entity the sentence
names beyond the question is given a side by what the source writes — a Vietnamese name form for a
person (Vietnamese letters or family name; any other form counts as Russian), the country in a
body's name or written just before it ("Russia's Kaluga oblast", "the Russian firm X"), the
country of a known city. An entity of unknown side never blocks: the sentence fails only when
every entity it names is of the other side (evidence.missing then looks further down or declines).
"""

from __future__ import annotations

import re
import sqlite3

from knowledge import lazy_re
from knowledge.names import PLACE_COUNTRY, canonical_country, canonical_place, fold, is_vietnamese_name

# the nationality and country words a question qualifies its noun with
NATION = {"vietnamese": "Vietnam", "vietnam": "Vietnam", "russian": "Russia", "russia": "Russia",
           "soviet": "Russia"}
_SIDE = {"side", "sides", "delegation", "delegations", "team", "contingent", "counterpart", "counterparts"}
# words that only qualify the noun asked ("which *senior* Russian official")
_QUALIFY = {"the", "other", "senior", "top", "former", "two", "three", "leading", "major", "big", "state"}
_LEAD = {"led", "leads", "lead", "headed", "heads", "head", "chaired", "chairs", "represented", "represents",
         "representative", "was", "is", "were", "are"}
_PLACE_NOUNS = {"region", "regions", "province", "provinces", "city", "cities", "port", "ports", "oblast",
                "republic", "town", "towns", "locality", "localities", "krai", "territory"}
# words that end the noun phrase an entity is written in, looking back from it
_BREAK = {"and", "with", "by", "to", "from", "for", "of", "between", "at", "in", "on", "met", "said", "told",
          "received", "signed", "as", "while", "that", "who", "which"}
_RANK = {"deputy", "vice", "first", "senior", "chief", "general", "defence", "defense", "foreign", "trade", "prime",
         "head", "state"}
_WORD = lazy_re.compile(r"[\w'’-]+|[,;:()“”\"]")
# in the sources' names and phrases also the short and transliterated forms ("Viet", "Rossii")
_NATION_WORDS = NATION | {"viet": "Vietnam", "rossii": "Russia", "rossiya": "Russia"}


def asked_nation(tokens: list[str]) -> tuple[str, bool] | None:
    """(the country, whether a place is asked) for a question restricting its answer to one side,
    from its English-like tokens; None for any other question."""
    t = [w for w in tokens if w not in ("?", ",", ".")]
    if len(t) < 3:
        return None
    if t[0] in ("which", "what"):
        for k, w in enumerate(t[1:4], start=1):
            if w in NATION and w not in ("vietnam", "russia") and k + 1 < len(t):
                if t[k + 1] in ("side", "sides"):
                    return None  # "what does the Vietnamese side plan to open": a thing is asked, not a side's entity
                return NATION[w], t[k + 1] in _PLACE_NOUNS
            if w not in _QUALIFY:
                return None
        return None
    if t[0] != "who":
        return None
    if t[1] in ("among", "of", "from") and t[2] in NATION:
        return NATION[t[2]], False  # "кто из вьетнамских министров"
    for i in range(1, len(t) - 1):
        if t[i] in NATION and t[i + 1] in _SIDE:
            before = [w for w in t[max(1, i - 2):i] if w != "the"]
            if i <= 3 and (t[1] in _LEAD or t[1] == "representative") or before[-1:] in (["for"], ["on"]):
                return NATION[t[i]], False  # "who led the Russian side", "who signed for the Vietnamese side"
    return None


def _body_side(name: str, words: list[str], kind: str | None) -> str | None:
    """A body's or place's side: the country in its name, the country of a known city, or a country
    written just before its mention in the same noun phrase ("Russia's Kaluga oblast")."""
    own = fold(name).replace("-", " ").split()
    named = {_NATION_WORDS[w] for w in own if w in _NATION_WORDS}
    if len(named) == 1:
        return named.pop()
    if kind == "place":
        country = PLACE_COUNTRY.get(canonical_place(name) or name)
        if country in ("Vietnam", "Russia"):
            return country
    return _written_side(own, words)


def _written_side(own: list[str], words: list[str]) -> str | None:
    """The country written just before a name's first mention in the same noun phrase ("Russia's
    Kaluga oblast", "the Russian firm X", "HCM City-based"), or None."""
    if not own:
        return None
    for i in range(len(words) - len(own) + 1):
        if words[i:i + len(own)] != own:
            continue
        before = words[max(0, i - 5):i]
        for k in range(len(before) - 1, -1, -1):
            w = re.sub(r"['’]s$", "", before[k])
            if w in _BREAK or not w.isalnum():
                break
            side = _NATION_WORDS.get(w) or canonical_country(w)
            if side and k and before[k - 1] in ("to", "in"):
                return None  # "Ambassador to Vietnam Gennady Bezdetko": the country served in
            if side:
                return side if side in ("Vietnam", "Russia") else "other"
            city = PLACE_COUNTRY.get(canonical_place(w) or w)
            if city in ("Vietnam", "Russia"):
                return city
        return None
    return None


def other_side_only(conn: sqlite3.Connection, tokens: list[str], sentence_id: int, text: str, asked_ids: set[int],
                    kinds: dict[int, str], doc, qwords: set[str], people_only: bool = False) -> bool:
    """Does a question asking one side's entity meet a sentence whose entities beyond the question, tied
    or named, are all of the other side (and at least one is)? Unknown sides never block, nor does a
    sentence writing the noun asked of the side asked ("the Russian news channel X"). `people_only`:
    a person is asked ("which Vietnamese minister"), and a body named beside is no answer either way."""
    asked = asked_nation(tokens)
    if asked is None:
        return False
    nation, place_asked = asked
    words = sentence_words(text, doc)
    if _writes_asked(tokens, words, nation):
        return False
    sides: list[str | None] = []
    seen: set[str] = set()
    for a, name in conn.execute("SELECT a.id, a.name FROM sentence_actors sa JOIN actors a ON a.id = sa.actor_id"
                                " WHERE sa.sentence_id = ?", [sentence_id]):
        kind = kinds.get(a)
        if a in asked_ids or kind == "country" or kind != "person" and (people_only or set(fold(name).split()) <= qwords):
            continue  # a person tied is one beyond those asked by name, whatever the question's words
        if kind == "place" and not place_asked and _known_place(name):
            continue  # "in Moscow": where, not who, unless a place is asked
        seen.add(fold(name))
        sides.append(_person_side(name, words, people_only) if kind == "person"
                     else _body_side(name, words, kind if _known_place(name) else None))
    for e in doc.ents:
        folded = fold(e.text)
        if folded in seen or set(folded.split()) <= qwords or canonical_country(e.text):
            continue
        if e.label_ == "PERSON":
            sides.append(_person_side(e.text, words, people_only))
        elif not people_only and e.label_ in ("ORG", "GPE", "LOC") \
                and (e.label_ == "ORG" or place_asked or not _known_place(e.text)):
            sides.append(_body_side(e.text, words, "place" if e.label_ != "ORG" else None))
    return bool(sides) and all(s is not None and s != nation for s in sides)


def sentence_words(text: str, doc) -> list[str]:
    """The sentence's folded words, each verb put as "|": a verb ends the noun phrase a country is looked
    for in ("the Vietnamese delegation toured the Irkut Corporation": Irkut is not Vietnamese)."""
    verbs = {fold(t.text) for t in doc if t.pos_ in ("VERB", "AUX")} - {"based"}
    return ["|" if w in verbs else w for w in _WORD.findall(fold(text).replace("-", " "))]


def _known_place(name: str) -> bool:
    """A place the lexicon knows: the tagger may take an unknown name for a place ("Rosoboronexport",
    "RT"), and then it is read as a body of unknown side."""
    return bool(canonical_place(name)) or name in PLACE_COUNTRY


def _writes_asked(tokens: list[str], words: list[str], nation: str) -> bool:
    """Does the sentence write the noun a "which <nation> <noun>" question asks of the side asked, in one
    noun phrase ("Russia's under-20 national football team", "a Vietnamese brand")? It names the
    answer, whatever the tagger made of its name."""
    t = [w for w in tokens if w not in ("?", ",", ".")]
    if t[0] not in ("which", "what"):
        return False
    k = next(i for i, w in enumerate(t) if w in NATION)
    nouns = {w for w in t[k + 1:k + 3] if w not in _BREAK and w not in _LEAD and not w.endswith("ed")}
    nouns |= {w[:-1] for w in nouns if w.endswith("s")} | {w + "s" for w in nouns}
    for i, w in enumerate(words):
        if _NATION_WORDS.get(re.sub(r"['’]s$", "", w)) != nation:
            continue
        for later in words[i + 1:i + 7]:
            if later in _BREAK or not later.isalnum():
                break
            if later in nouns:
                return True
    return False


OTHER = {"Vietnam": "Russia", "Russia": "Vietnam"}


def written_of(doc, i: int) -> str | None:
    """The country a role word at `i` is written of: a nationality or "Russia's" just before it, over
    words of rank or field ("the Russian deputy defence minister", "Vietnam's trade representative")."""
    for k in range(i - 1, max(-1, i - 5), -1):
        low = re.sub(r"['’]s$", "", fold(doc[k].text))
        if low in _NATION_WORDS:
            return _NATION_WORDS[low]
        if doc[k].pos_ not in ("ADJ", "NOUN", "PROPN") or doc[k].text[:1].isupper() and low not in _RANK:
            return None
    return None


def _person_side(name: str, words: list[str], person_asked: bool) -> str | None:
    """A person's side: a Vietnamese name's form (its letters or family name), else a country written
    just before the name ("Vietnamese furniture company X": the tagger may take a firm for a person), else,
    when a person is asked, Russian (the other side of these two-country reports; a third country's person
    blocks no Russian question). When a body is asked, a "person" of no Vietnamese form may be a brand or
    a firm the tagger misread ("Sen Soy"), of unknown side."""
    if is_vietnamese_name(name):
        return "Vietnam"
    return _written_side(fold(name).replace("-", " ").split(), words) or ("Russia" if person_asked else None)
