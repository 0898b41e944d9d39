"""Entity bounds the small model gets wrong around Vietnamese names, for nlp.fix_entity_types: a
name it cut short after a title ('Ambassador Dang' of 'Ambassador Dang Minh Khoi') and a place
glued to the name after it ('received in Dubna Le Hong Khiem' as one person)."""

from __future__ import annotations

from functools import lru_cache

from knowledge import lazy_re, names
from knowledge.nlp_entity_types import _PLACE_AFTER, _lone_syllable_entity


def place_before_name(doc, ent) -> int | None:
    """A PERSON entity right after 'in' / 'at' that is one capitalised word, then a Vietnamese name
    of two to four short syllables ('received in Dubna Le Hong Khiem'): where the name starts, else
    None."""
    words = list(ent)
    if ent.label_ != "PERSON" or ent.start == 0 or doc[ent.start - 1].lower_ not in ("in", "at") \
            or not 3 <= len(words) <= 5 or names.fold(words[0].text) in names.VIETNAMESE_SURNAMES \
            or names.fold(words[1].text) not in names.VIETNAMESE_SURNAMES \
            or not all(t.is_title and t.is_alpha for t in words) or not all(len(t) <= 7 for t in words[1:]):
        return None
    return ent.start + 1


def cut_vietnamese_name(doc, ent) -> int | None:
    """A PERSON entity of one or two syllables after a title, a Vietnamese family name first, that
    stops short of the name's next short capitalised syllables (untagged, or the last one typed as
    something else): the model cut the name ('Ambassador Dang' of 'Ambassador Dang Minh Khoi').
    The end of the whole name (at most four syllables), or None."""
    from knowledge.extract_actors import HONORIFICS, ROLE_HEADS

    if ent.label_ != "PERSON" or len(ent) > 2 or ent.start == 0 \
            or doc[ent.start - 1].lower_.rstrip(".") not in ROLE_HEADS | HONORIFICS \
            or names.fold(doc[ent.start].text) not in names.VIETNAMESE_SURNAMES \
            or not all(t.is_title and t.is_alpha and len(t) <= 7 for t in ent):
        return None

    def syllable(t) -> bool:
        return t.is_title and t.is_alpha and len(t) <= 7 and t.lower_ not in _PLACE_AFTER \
            and not (names.canonical_place(t.text) or names.canonical_country(t.text))

    end = ent.end
    while end < len(doc) and end - ent.start < 4 and not doc[end].ent_type_ and syllable(doc[end]):
        end += 1
    if end - ent.start < 4 and _lone_syllable_entity(doc, end):
        end += 1
    after = doc[end] if end < len(doc) else None
    if end == ent.end or after is not None and (after.is_title and after.is_alpha or after.lower_ in _PLACE_AFTER):
        return None
    return end


_INITIALS_RX = lazy_re.compile(r"^(?:[A-Z]\.){1,3}$")
# initials of states and bodies, and the nouns of bodies after them ('U.S. Navy', 'J.P. Morgan Bank')
_STATE_INITIALS = {"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "U.A.E.", "S.A."}
_BODY_WORDS = {"navy", "army", "embassy", "government", "department", "ministry", "bank", "group", "company",
               "corporation", "fund", "agency", "forces", "force", "university", "institute", "council"}


def initials_name(ent) -> bool:
    """'V.K. Dzirkaln', 'A. Ivanov': initials and a family name are a person, whatever type the
    model gave the span."""
    words = [t for t in ent if not t.is_punct or _INITIALS_RX.match(t.text)]
    return 2 <= len(words) <= 3 and bool(_INITIALS_RX.match(words[0].text)) and words[0].text not in _STATE_INITIALS \
        and all(t.is_title and t.is_alpha and t.lower_ not in _BODY_WORDS for t in words[1:])


def name_before_city(doc, prev, ent) -> bool:
    """'Chairman Vuong Dinh Hue' read as the person 'Vuong Dinh' and the city 'Hue' (Huế): a
    two-syllable Vietnamese name entity (family name first) written right before a one-word place
    entity — no comma, no 'in' between, no place word or capitalised word after it — is cut short:
    the place word is the name's last syllable (the name would lose it, and the event would gain a
    city the sentence never placed it in)."""
    words = list(prev)
    after = doc[ent.end] if ent.end < len(doc) else None
    return prev.label_ == "PERSON" and prev.end == ent.start and len(ent) == 1 and len(words) == 2 \
        and ent.label_ in ("GPE", "LOC") and ent.ent_id_ not in names.COUNTRIES \
        and names.fold(words[0].text) in names.VIETNAMESE_SURNAMES \
        and all(t.is_title and t.is_alpha and len(t) <= 7 for t in [*words, doc[ent.start]]) \
        and not (after is not None and (after.is_title and after.is_alpha or after.lower_ in _PLACE_AFTER))


# the last word of a company named after its country ('Vietnam Airlines', 'Vietnam Railways')
_COMPANY_HEADS = {"airlines", "airline", "airways", "railways", "railway", "post", "television", "telecom",
                  "petroleum", "oil", "gas", "motors", "steel", "shipping", "lines", "express", "pharma",
                  "energy", "logistics", "maritime"}


def company_after_country(doc, ent) -> int | None:
    """'Vietnam Airlines' with 'Vietnam' typed as the country: up to three capitalised words right
    after a country's entity, the last a company's word, make one organisation — the end of it,
    else None. The country is no side of what the company does."""
    if ent.label_ not in ("GPE", "LOC", "ORG") or ent.ent_id_ not in names.COUNTRIES:
        return None
    end = ent.end
    while end < len(doc) and end - ent.end < 3 and doc[end].is_title and doc[end].is_alpha \
            and doc[end].ent_type_ in ("", "ORG") and not doc[end].ent_id_:
        end += 1
        if doc[end - 1].lower_ in _COMPANY_HEADS and not (end < len(doc) and doc[end].is_title and doc[end].is_alpha):
            return end
    return None


def rank_only(ent) -> bool:
    """A PERSON entity that is only a rank's abbreviation ('Sen. Lt. Gen. X': 'Lt' typed as a person)."""
    from knowledge.extract_actors import RANKS

    return ent.label_ == "PERSON" and all(t.lower_.rstrip(".") in RANKS or t.is_punct for t in ent)


def rank_trimmed(doc, ent):
    """A PERSON entity without the words the model took into it that are no name: rank words ('Captain
    1st | Rank Oleg Korolyov'), titles ('Academician | Viktor Matveev'), a title's tail ('Ambassador-at- |
    Large Valery Sorokin'), a verb opening the sentence ('Meeting | Valery Falkov, Russia's minister, …');
    None when it opens with none."""
    from spacy.tokens import Span

    from knowledge.extract_actors import NAME_TITLES, RANKS

    if ent.label_ != "PERSON":
        return None
    start = ent.start
    while start < ent.end - 1 and (doc[start].lower_.rstrip(".") in RANKS or doc[start].lower_ in ("rank", *NAME_TITLES)
                                   or doc[start].lower_ in ("first", "second", "third") and doc[start + 1].lower_ == "rank"
                                   or doc[start].lower_ == "large" and start > 0 and doc[start - 1].text == "-"
                                   or opens_with_gerund(doc, start)):
        start += 1
    return Span(doc, start, ent.end, label="PERSON") if start > ent.start else None


@lru_cache(maxsize=1)
def _english_verbs() -> frozenset[str]:
    """The base forms of English verbs the spaCy model's lemmatizer knows (its lemma index)."""
    from knowledge.nlp import get_nlp

    try:
        return frozenset(get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])
    except (KeyError, ValueError):
        return frozenset()


def opens_with_gerund(doc, i: int) -> bool:
    """Does token i open its sentence (or line) as an English verb's -ing form ("Meeting", "Receiving",
    "Visiting")? The model glues such a word to the name after it."""
    word = doc[i].lower_
    if not word.endswith("ing") or len(word) < 6 or i > 0 and not (doc[i - 1].is_space or doc[i - 1].text in
                                                                     (".", "!", "?", '"', "“", "”", ":")):
        return False
    base = word[:-3]
    verbs = _english_verbs()
    return base in verbs or base + "e" in verbs or len(base) > 2 and base[-1] == base[-2] and base[:-1] in verbs
