"""Does a name in a quote fill the role a "which <noun>" question asks, not merely stand in the quote?

"Which Russian studio produced the film?" is not answered by a sentence naming the festival that gave
the film a prize, "Which Vietnamese pianist played the solo?" not by one naming the orchestra's city
and a theatre: the quotes name a body or a person, but not one that is the thing asked. A name fills
the role when it is written with the noun asked or its word family ("the Kirov Theatre", "pianist
Anna X", "the Sao Mai Publishing House"), or when it is of the kind the noun implies (an organisation
for a company, a person for a pianist) and the sentence writes the act the question asks about (its
first content word after the wh-phrase: "produced", "graduate", "perform"), stems compared.
"""

from __future__ import annotations

import re

from knowledge.answer.evidence import fresh_name, name_beside
from knowledge.answer.retrieve import stem
from knowledge.names import DEMONYMS, canonical_country, fold

# people asked by a profession news writes beside their name ("pianist X", "X, a singer"); not an office
# ("which official / minister"), answered as often by a body or a country
PERSON_NOUNS = set("""pianist pianists singer singers violinist violinists cellist cellists conductor conductors
composer composers painter painters poet poets writer writers novelist novelists scientist scientists physicist
physicists reporter reporters journalist journalists photographer photographers monk monks dancer dancers ballerina
ballerinas choreographer choreographers actor actors actress actresses cosmonaut cosmonauts astronaut astronauts
translator translators athlete athletes""".split())
# a noun's word family, for a name written with it ("which publisher" ~ "the Thế Giới Publishing House")
_FAMILY = {"house": {"publishing", "publisher", "press"}, "publisher": {"publishing", "house", "press"},
           "publishers": {"publishing", "house", "press"}, "theatre": {"theater"}, "theater": {"theatre"},
           "theatres": {"theater", "theatre"}, "theaters": {"theatre", "theater"}}
# a performing group asked is named by its kind ("the Ural Folk Choir" for "which ensemble")
_PERFORMERS = {"ensemble", "troupe", "choir", "chorus", "orchestra", "band", "quartet", "philharmonic", "circus"}
_FAMILY.update({form: _PERFORMERS - {noun} for noun in ("ensemble", "troupe", "orchestra")
                for form in (noun, noun + "s")})
# word ends that name a body of the noun asked inside one word ("Mosfilm" a studio, "Vietcombank" a bank)
_COMPOUND = {"studio": {"film"}, "studios": {"film"}}
# words between the wh-phrase and the act that are not it
_SKIP = set("""was were is are has have had will would could can should be been being the a an its their his her this
that these those first ever also later then exactly actually both each which what and or not""".split())
_DO = {"did", "does", "do"}
_PREPOSITIONS = {"at", "in", "on", "into", "from", "with", "for", "to", "of", "during", "by", "about", "as", "after",
                 "before", "under", "between", "among", "through"}
# past forms a suffix stem does not join to their verb ("took part" ~ "taking part")
_IRREGULAR = {"took": "take", "taken": "take", "spoke": "speak", "spoken": "speak", "made": "make", "held": "hold",
              "won": "win", "gave": "give", "given": "give", "led": "lead", "wrote": "write", "written": "write",
              "sang": "sing", "sung": "sing", "bought": "buy", "brought": "bring", "chose": "choose",
              "chosen": "choose", "taught": "teach", "began": "begin", "begun": "begin", "drew": "draw",
              "drawn": "draw", "flew": "fly", "flown": "fly", "met": "meet", "sold": "sell", "built": "build",
              "told": "tell", "got": "get", "went": "go", "gone": "go", "saw": "see", "seen": "see",
              "came": "come", "became": "become", "kept": "keep", "paid": "pay", "ran": "run", "shown": "show",
              "sent": "send", "grew": "grow", "grown": "grow", "won't": "win"}
# the bodies whose role is read by the act asked: houses news rarely names without the act ("the studio
# produced", "the shipyard built"); the older body nouns (company, institute, bank ...) are answered as often
# in a paraphrase of the act ("quit" for "pulled out", "will build" for "partnering"), so a name of their
# kind stands without it
ACT_NOUNS = {"studio", "studios", "shipyard", "shipyards"}
_NAME_NOUN = r"[A-Z][\w'’-]+(?: (?:of |de )?[A-Z][\w'’-]+)*"


def verb_stem(word: str) -> str:
    """The stem a verb form and its irregular past share ("met" and "meets": meet)."""
    return stem(_IRREGULAR.get(word, word))


def _name_word(word: str, raw: str) -> bool:
    """Is the word written in the question only with a capital, as a word of a name?"""
    forms = re.findall(rf"\b{re.escape(word)}\b", raw, re.I)
    return not forms or all(f[:1].isupper() for f in forms)


def asked_act(tokens: list[str], raw: str, noun: str) -> set[str] | None:
    """The stems of the act the question asks about: the content words after the noun asked up to the
    first preposition, names left out ("which studio *produced* X", "which school did the *painter
    couple graduate* from", "which company *set up* the *summer school* attended by …"). None when the
    question is not written in English words (a Vietnamese or Russian one: its tokens are glosses)."""
    if noun not in tokens or not re.search(rf"\b{re.escape(noun)}\b", raw, re.I):
        return None
    out: set[str] = set()
    for w in tokens[tokens.index(noun) + 1:]:
        if w in _PREPOSITIONS and out:
            break
        if not w.isalpha() or w in _SKIP or w in _DO or w in _PREPOSITIONS or len(w) < 3 or _name_word(w, raw):
            continue
        out.add(verb_stem(w))
    return out or None


def act_needed(noun: str, act: set[str] | None, tokens: list[str] = ()) -> set[str] | None:
    """The act a body asked must be written with: for the nouns whose role the act reads (ACT_NOUNS), and for
    any body a passive question asks with its agent ("which companies were banned by X"): there the sentence
    names bodies of both sides, and one that is not written with the act is as likely the agent as the one asked."""
    return act if noun in ACT_NOUNS or passive_by(tokens, noun) else None


def passive_by(tokens: list[str], noun: str) -> bool:
    """Is the noun asked the subject of a passive with its agent written: "<noun> was/were <verb>ed ... by"?"""
    if noun not in tokens:
        return False
    rest = tokens[tokens.index(noun) + 1:]
    return len(rest) > 2 and rest[0] in ("was", "were", "is", "are") and rest[1].endswith(("ed", "en")) and (
        "by" in rest[2:5])


def act_written(text: str, act: set[str] | None) -> bool:
    """Does the sentence write a word of the act? No act read: nothing to require."""
    return act is None or any(verb_stem(w) in act for w in re.findall(r"[\w'’-]+", text.lower()))


def beside_family(text: str, noun: str, asked: set[str]) -> bool:
    """A name the question lacks written with the noun asked or a word of its family, right beside it or
    with one word between ("the Stella film studio")."""
    family = {noun} | _FAMILY.get(noun, set())
    if any(name_beside(text, n, asked) for n in family):
        return True
    if any(fresh_name(m.group(0), asked) for n in family | _COMPOUND.get(noun, set())
           for m in re.finditer(rf"\b[A-Z][a-z]+{re.escape(n.rstrip('s'))}s?\b", text)):
        return True  # one word ending in the noun: "Mosfilm" for a studio, "Vietcombank" for a bank
    heads = "|".join(f"[{n[0].upper()}{n[0]}]{re.escape(n[1:].rstrip('s'))}" for n in family)
    found = re.finditer(rf"({_NAME_NOUN}) [a-z]+ (?:{heads})s?\b", text)
    names = (re.sub(r"^(?:The|A|An) ", "", m.group(1)) for m in found)
    return any(fresh_name(n, asked) and n not in ("The", "A", "An") and fold(n) not in DEMONYMS
               and not canonical_country(n) for n in names)


def kind_described(text: str, noun: str, asked: set[str]) -> bool:
    """For bodies asked in the plural ("which firms"), a kind the question lacks written before the noun
    ("oil and gas firms"): news answers such a question by a description as often as by names."""
    if not noun.endswith("s"):
        return False
    return any(fold(m.group(1)) not in asked | {"the", "other", "some", "many", "several", "foreign"}
               and fold(m.group(1)) not in DEMONYMS for m in re.finditer(rf"\b([a-z]+) {re.escape(noun)}\b", text))


def _apposed(text: str, noun: str, asked: set[str]) -> bool:
    """A name the question lacks followed by the profession in apposition ("Anna Petrova, a young
    journalist with ...")."""
    rx = rf"((?:[A-Z][\w'’-]+ ){{1,3}}?[A-Z][\w'’-]+), (?:a|an|the) (?:[\w-]+ ){{0,3}}{re.escape(noun.rstrip('s'))}s?\b"
    return any(fresh_name(m.group(1), asked) for m in re.finditer(rx, text))


def _trade_written(text: str, noun: str) -> bool:
    """The profession's own verb written ("translated" for a translator, "painted" for a painter): the
    act news writes of the person when the question words it otherwise ("put into Russian")."""
    root = re.sub(r"(?:or|er|ist)s?$", "", noun)
    return len(root) >= 5 and re.search(rf"\b{re.escape(root)}\w*", text.lower()) is not None


def person_filled(doc, text: str, noun: str, asked: set[str], act: set[str] | None) -> bool:
    """A person the question lacks written with the profession asked ("violinist X"), or any person
    the question lacks in a sentence that writes the act asked."""
    if beside_family(text, noun, asked) or _apposed(text, noun, asked):
        return True
    return (act_written(text, act) or _trade_written(text, noun)) and any(
        e.label_ == "PERSON" and fresh_name(e.text, asked) for e in doc.ents)
