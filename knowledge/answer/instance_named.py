"""A "which <noun>" question about a thing news names by a name of its own needs a quote naming one.

"Which drilling rig will the firm use?" is not answered by "drilling of the well was due to start in
2015", "Which textile factory did the delegation visit?" not by "the companies toured factories in
Ivanovo", "Which Hanoi building hosted the signing?" not by a sentence that names only the two signers:
the quotes are about the thing asked, and another name elsewhere in them is no instance of it.

detail_shown.py covers places, bodies, persons and days; this covers the facilities, plants and
brands outside its noun lists. The quote must name an instance the question does not already give:
a capitalised name written with the noun or a word of its family ("the Tam Dao rig", "Vinatex's Hung
Yen factory"), in apposition ("Tam Dao 05, a jack-up rig"), or an entity of the right label in the
same clause as the noun. A quote that writes neither the noun nor its family counts only an entity
of that label in a sentence that writes the act asked ("the ceremony was held at the Daewoo Hotel").
"""

from __future__ import annotations

import re
import sqlite3

from knowledge.answer.evidence import stored_parse
from knowledge.answer.name_written import apposed, fresh_name, name_beside, named_near, question_words
from knowledge.answer.role_filled import act_written, asked_act
from knowledge.names import DEMONYMS, canonical_country, canonical_place, fold

# the noun asked → the words news writes an instance with ("the Hung Yen plant" for a factory)
FAMILY = {"rig": {"platform", "rig"}, "factory": {"factory", "plant", "mill", "facility"},
          "plant": {"plant", "factory", "station", "facility"}, "mill": {"mill", "plant", "factory"},
          "building": {"building", "hall", "house", "centre", "center", "hotel", "palace", "tower", "complex", "hostel",
                       "dormitory"},
          "brand": {"brand", "model", "maker", "label"},
          "hospital": {"hospital", "clinic", "centre", "center"}, "museum": {"museum", "gallery"},
          "pagoda": {"pagoda", "temple"}, "temple": {"temple", "pagoda", "shrine"},
          "church": {"church", "cathedral"}, "cathedral": {"cathedral", "church"},
          "monastery": {"monastery", "convent"}}
_PLURAL = {"rigs": "rig", "factories": "factory", "plants": "plant", "mills": "mill", "buildings": "building",
           "brands": "brand", "hospitals": "hospital", "museums": "museum", "pagodas": "pagoda", "temples": "temple",
           "churches": "church", "cathedrals": "cathedral", "monasteries": "monastery"}
# the entity labels an instance of the noun bears in the loader's parse
_LABELS = {"brand": {"PRODUCT"}}  # a school or a firm in the sentence is no brand of a thing
_DEFAULT_LABELS = {"ORG", "FAC", "PRODUCT"}
# words before the head noun that only qualify it ("which *drilling* rig", "which *textile* factory")
_QUALIFY = {"russian", "vietnamese", "soviet", "other", "foreign", "main", "major", "new", "local", "big", "biggest",
            "largest", "drilling", "oil", "gas", "textile", "power", "nuclear", "weapon", "weapons", "gun", "car",
            "garment", "steel", "cement", "exact", "specific", "particular", "same", "offshore", "processing",
            "historic", "famous", "old", "ancient", "military", "general", "central", "provincial", "city", "state"}


def asked(tokens: list[str], raw: str) -> str | None:
    """The noun asked (singular) for "which / what [qualifiers] <noun>", qualifiers a word of rank or
    kind, a people's or a known place's name; None else. A noun that qualifies another ("which factory
    workers") asks something else."""
    for i, t in enumerate(tokens[:-1]):
        if t not in ("which", "what"):
            continue
        for k in range(i + 1, min(i + 5, len(tokens))):
            w = tokens[k]
            noun = _PLURAL.get(w, w)
            if noun in FAMILY:
                after = tokens[k + 1] if k + 1 < len(tokens) else ""
                qualifies = after in FAMILY or after in _PLURAL or after in ("workers", "staff", "director")
                return None if qualifies else noun
            if not (w in _QUALIFY or w in DEMONYMS or canonical_place(w) or canonical_country(w)):
                return None
        return None
    return None


def _clauses(text: str) -> list[str]:
    """The sentence cut at commas, semicolons and dashes: a rough clause."""
    return [c for c in re.split(r"[,;:()]| [—–-] ", text) if c.strip()]


def _fresh_entity(ent, asked_words: set[str]) -> bool:
    """An entity the question lacks, not a people's or a country's name."""
    name = re.sub(r"^(?:the|a|an) ", "", ent.text, flags=re.I)
    return fresh_name(name, asked_words) and fold(name) not in DEMONYMS and not canonical_country(name)


def shown(conn: sqlite3.Connection, sid: int, text: str, noun: str, asked_words: set[str],
          act: set[str] | None) -> bool:
    """Does the quoted sentence name an instance of the noun asked the question lacks?"""
    family = FAMILY[noun]
    if any(name_beside(text, w, asked_words) for w in family) or apposed(text, family, asked_words):
        return True
    if named_near(text, family, asked_words):
        return True
    labels = _LABELS.get(noun, _DEFAULT_LABELS)
    ents = [e for e in stored_parse(conn, sid).ents if e.label_ in labels and _fresh_entity(e, asked_words)]
    if not ents:
        return False
    stems = tuple(w.rstrip("y") for w in family)
    with_noun = [c for c in _clauses(text) if any(re.search(rf"\b{re.escape(s)}", c, re.I) for s in stems)]
    if with_noun:
        return any(e.text in c for e in ents for c in with_noun)
    return act_written(text, act)


def unshown(conn: sqlite3.Connection, tokens: list[str], raw: str, citations) -> bool:
    """Does a reply to "which <rig / factory / building / brand …>" name none in any quote?"""
    noun = asked(tokens, raw)
    cites = [c for c in citations if c.sentence_id is not None]
    if noun is None or not cites:
        return False
    asked_words = question_words(raw, tokens)
    word = next((t for t in tokens if _PLURAL.get(t, t) == noun), noun)
    act = asked_act(tokens, raw, word)
    return not any(shown(conn, c.sentence_id, c.quote, noun, asked_words, act) for c in cites)
