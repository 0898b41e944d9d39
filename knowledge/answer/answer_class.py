"""The class of thing a "which <noun>" question asks for, and whether a sentence names one.

"Which Russian agency co-organised the film week?", "Which carrier flew the plane?", "Which
vessels made up the task force?", "Cơ quan nào …", "Какое ведомство …" (the lexicon reads the
last two as "which agency"): the answer is an organisation, an airline, a ship, not a person,
and a sentence with the question's words but none of that class does not answer. The class noun
itself is often absent from the answer ("the cargo was flown in by Russia's Ministry for
Emergency Situations" answers "which body"), so it is never an unknown word to decline on, and a
search word only where some article writes it.

A sentence carries the class when it ties an actor of a fitting kind that the question does not
name (the loader's organisations and countries), or writes a name of the class: a capitalised
name with an organisation's noun ("Ministry of …", "… University", "… Airlines"), an acronym, a
ship's type before its name ("the destroyer Admiral Vinogradov"), an outlet ("the daily
Kommersant"). A name the question already has is not the answer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge import lazy_re
from knowledge.answer.promote import promote
from knowledge.names import DEMONYMS, canonical_country, canonical_place, fold, strip_diacritics

# the head noun of "which <noun>" -> the class of its answer (singular and plural forms)
_CLASS_NOUNS = {
    "org": "body bodies agency agencies organisation organisations organization organizations institution institutions "
           "association associations committee committees commission commissions authority authorities department "
           "departments group groups fund funds foundation foundations council councils club clubs "
           "partner partners organiser organisers organizer organizers sponsor sponsors union unions",
    "ministry": "ministry ministries",
    "company": "company companies firm firms corporation corporations enterprise enterprises operator operators "
               "producer producers developer developers contractor contractors",
    "bank": "bank banks lender lenders",
    "party": "party parties",
    "media": "media outlet outlets newspaper newspapers paper papers daily broadcaster broadcasters publication "
             "publications magazine magazines",
    "airline": "airline airlines carrier carriers",
    "university": "university universities academy academies institute institutes college colleges school schools",
    "country": "country countries nation nations",
    "vessel": "ship ships vessel vessels warship warships frigate frigates destroyer destroyers submarine submarines "
              "boat boats",
}
_ORG_CLASSES = {"org", "ministry", "company", "bank", "party"}
CLASS_OF = {w: cls for cls, words in _CLASS_NOUNS.items() for w in words.split()}
# a word before the head that makes an organisation an outlet ("news agency", "media group")
_MEDIA_MODS = {"news", "media", "press", "television", "tv", "radio"}
# words between "which" and its noun that only qualify it
_QUALIFY = {"russian", "vietnamese", "vietnam", "russia", "other", "foreign", "state", "two", "three", "main", "major",
            "new", "local", "federal", "national", "provincial", "government", "private", "public", "chinese",
            "international", "joint", "big", "biggest", "largest", "leading", "s"}
_WHICH = {"which", "what"}
# the answer types a class noun refines ("which agency" reads as a person, "which ministries supported" as a statement)
CLASS_TYPES = ("person", "other", "place", "statement")
# a noun after the class noun that the question asks for instead: a person, a meeting, a document of the body
OF_ANOTHER = set("""official officials chief chiefs head heads leader leaders director directors minister ministers
delegation delegations representative representatives president chairman chairwoman spokesman spokesperson envoy
ambassador staff employees workers members member experts scientists professors students lecturers congress session
sessions meeting meetings document documents memorandum agreement agreements deal deals project projects headquarters
plant factory event events ceremony forum seamen crew sailors alliance""".split())

_ORG_WORDS = (r"Ministry|Department|Agency|Committee|Commission|Council|Corporation|Corp|Company|Group|Bank|Association"
              r"|Union|Institute|University|Academy|Centre|Center|Fund|Foundation|Service|Authority|Office|Bureau"
              r"|Inspectorate|Administration|Chamber|Society|Organisation|Organization|Party|Assembly|Duma|Airlines"
              r"|Airways|Enterprise|Holding|JSC|Co|Ltd|LLC|Club|Federation|Board|Directorate|Command|Fleet|Navy"
              r"|Court|Procuracy|Police|Guard|Front|League|Congress|Senate|Parliament|Museum|Library|Hospital|Theatre")
_CAP = r"[A-Z][\w.'’-]*"
_NAME = rf"{_CAP}(?:\s+(?:of|for|and|on|the|de)\s+{_CAP}|\s+{_CAP})*"
CLASS_RX = {
    "org": lazy_re.compile(rf"\b(?:{_NAME}\s+)?(?:{_ORG_WORDS})\b(?:\s+(?:of|for|on)\s+(?:the\s+)?{_NAME})?"
                      r"|\b[A-Z][A-Z0-9&-]{2,}\b|\b[A-Z]\w*(?:Bank|bank)\b"),
    "media": lazy_re.compile(rf"\b(?:TASS|RIA|Novosti|Sputnik|Interfax|Kommersant|Izvestia|Pravda|Vedomosti|Xinhua|Reuters"
                        rf"|AFP|VNA|VOV|VTV|VnExpress|Nhan Dan|Tuoi Tre|Thanh Nien|Rossiyskaya Gazeta)\b"
                        rf"|\b{_NAME}\s+(?:News|Times|Post|Daily|Gazette|Herald|Journal|Television|TV|Radio|Agency"
                        rf"|Broadcasting|Channel|Press)\b"
                        rf"|\b(?:daily|newspaper|outlets?|broadcaster|paper|weekly|news agency|agency|channel|magazine"
                        rf"|including)\s+{_NAME}"),
    "airline": lazy_re.compile(rf"\b{_NAME}\s+(?:Airlines|Airways|Air|Avia|Aviation)\b|\b(?:Aeroflot|Vietjet|VietJet|Azur"
                          rf"|Pegas|Nordwind|Bamboo|S7)\b|\b(?:airline|carrier)\s+{_NAME}"),
    "university": lazy_re.compile(rf"\b(?:{_NAME}\s+)?(?:University|Academy|Institute|College|School|Conservatory)\b"
                             rf"(?:\s+of\s+(?:the\s+)?{_NAME})?"),
    "vessel": lazy_re.compile(rf"\b(?:destroyer|frigate|corvette|cruiser|submarine|tanker|tug|ship|vessel|warship|icebreaker"
                         rf"|boat|flagship|schooner|barque|sailboat|trawler|carrier)s?\s+(?:the\s+)?[\"“']?{_NAME}"),
}
# what an organisation's name must (or, for a company, must not) have to be of the subclass asked
_SUBCLASS_NAME = {"ministry": lazy_re.compile(r"\bministr|\bemercom\b", re.I), "bank": lazy_re.compile(r"bank\b", re.I),
                  "party": lazy_re.compile(r"\bparty\b", re.I)}
_NOT_COMPANY = lazy_re.compile(r"\b(Government|Ministry|Embassy|Party|Assembly|Committee|Commission|Council|Union"
                          r"|Association|Duma|Parliament|Navy|Fleet|Army|University|Academy|Institute|Nations"
                          r"|Consulate|Office|Agency)\b")
# words that name no body of their own: "the Russian Government", "the Vietnamese side"
_GENERIC = {"government", "governments", "embassy", "state", "people", "side", "authorities", "federation", "republic",
            "socialist", "the", "of", "and", "for", "general", "central", "national", "federal", "new"}
# an organisation-like name that is a place or a country, not a body ("Russian Federation", "Hanoi")
_NOT_BODY = lazy_re.compile(r"^(?:the\s+)?(?:Russian Federation|Soviet Union|European Union)$")


def asked_class(tokens: list[str]) -> tuple[str | None, int | None]:
    """(the class a "which/what <noun>" question asks for, the noun's token index); (None, None)
    when it asks for none of these (a person, a city, a date are other answer types), or the noun
    only qualifies another ("which company's chief", "which party congress")."""
    for i, t in enumerate(tokens[:-1]):
        if t not in _WHICH:
            continue
        for k in range(i + 1, min(i + 6, len(tokens))):
            w = tokens[k]
            if w in CLASS_OF:
                if k + 1 < len(tokens) and tokens[k + 1] in OF_ANOTHER:
                    return None, None
                cls = CLASS_OF[w]
                if cls in _ORG_CLASSES and _MEDIA_MODS & set(tokens[i + 1:k]):
                    cls = "media"
                return cls, k
            if not (w in _QUALIFY or w in _MEDIA_MODS or w in DEMONYMS):
                return None, None
        return None, None
    return None, None


# classes whose answers seldom write the noun asked ("which body": "the Ministry of …"; "which
# carrier": "Vietjet Air"; "which vessels": "the destroyer …"); a university, a bank, a party, a
# ministry is named with its noun, so an article without the noun names none
_UNWRITTEN = {"org", "company", "media", "airline", "vessel", "country"}


def unwritten(noun: str) -> bool:
    """Is the class noun one whose answers seldom write it, so no word to decline on?"""
    return CLASS_OF.get(noun) in _UNWRITTEN


def known_noun(plan, store):
    """The plan without its class noun among the search words when no article writes the noun
    ("which body": the answer is "the Ministry of …", and "body" is no unknown word to decline on)."""
    noun = plan.class_noun
    if noun is None or noun not in plan.terms or not unwritten(noun) or store.in_vocab(noun):
        return plan
    return replace(plan, terms=[t for t in plan.terms if t != noun])


def _asked_words(question_tokens: list[str]) -> set[str]:
    return {w for t in question_tokens for w in re.findall(r"\w+", fold(t))}


def named_new(name: str, asked: set[str], cls: str) -> bool:
    """Is a matched name one the question does not already have, and of its class? A name every
    capitalised word of which the question has is the asked one; a country, a city or a
    government is no body of its own; a ministry asked wants a ministry, a company no ministry."""
    name = name.strip(" \"“”'")
    if cls != "country" and (_NOT_BODY.match(name) or canonical_country(name) or canonical_place(name)):
        return False
    if cls in _SUBCLASS_NAME and not _SUBCLASS_NAME[cls].search(name) or cls == "company" and _NOT_COMPANY.search(name):
        return False
    words = [fold(w) for w in re.findall(r"[A-Z]\w*", name)]  # "Vietnam-Russia University": two words, both asked
    words = [w for w in words if w not in CLASS_OF and w not in _GENERIC and w not in DEMONYMS
             and not canonical_country(w)]
    return bool(words) and not all(w in asked for w in words)


def _with_next(form: str, text: str) -> str:
    """An organisation's name as the sentence writes it, with the word after it ("United Russia"
    party): the noun that says what it is may stand outside the stored name."""
    m = re.search(re.escape(form.strip()) + r"(\s+\w+)?", strip_diacritics(text))
    return m.group(0) if m else form.strip()


def names_class(cls: str, text: str, ties, kinds: dict[int, str], asked_ids: set[int],
                question_tokens: list[str], plural: bool = False, forms_of=lambda _a: ()) -> bool:
    """Does the sentence name a thing of the class other than those the question names?
    `forms_of`: an actor's proper-name forms (an organisation the loader stored is found by them)."""
    if cls == "country":
        others = {a for a in ties if kinds.get(a) == "country" and a not in asked_ids}
        return len(others) >= (2 if plural else 1)
    asked = _asked_words(question_tokens)
    if cls in _ORG_CLASSES and any(kinds.get(a) == "org" and a not in asked_ids and any(
            named_new(_with_next(f, text), asked, cls) for f in forms_of(a)) for a in ties):
        return True
    rx = CLASS_RX.get(cls if cls not in _ORG_CLASSES else "org")
    return rx is not None and any(named_new(m.group(0), asked, cls) for m in rx.finditer(text))




# nouns of a class whose members a sentence names by a name of their own ("which bank": "Vietcombank", "VTB";
# "which airline": "Vietjet Air"), unlike an agency or a ship, often a common noun ("the security agencies")
_NAMED_NOUNS = {"bank", "banks", "lender", "lenders", "airline", "airlines", "carrier", "carriers", "university",
                "universities", "ministry", "ministries"}


def names_none(plan, cand, kinds: dict[int, str], asked_ids: set[int], forms_of) -> bool:
    """A "which bank / airline / university / ministry" question whose sentence names no thing of
    that class and no organisation at all the question lacks: it cannot answer, however well its
    words match ("the two governments are due to finish negotiating a hydropower loan")."""
    if plan.class_noun not in _NAMED_NOUNS:
        return False
    words = plan.terms + plan.slot_words
    if plan.class_noun in ("ministry", "ministries") and ministry_written(cand.text, _asked_words(words)):
        return False
    return not names_class("org", cand.text, cand.ties, kinds, asked_ids, words, forms_of=forms_of)


# what a ministry is of, as news writes it before the noun ("the foreign ministry", "Russia's emergencies ministry")
_MINISTRY_FIELDS = set("""foreign defence defense emergencies emergency finance health education culture trade industry
energy agriculture transport justice interior labour labor construction economy economic science sports sport tourism
communications information security environment""".split())
_MINISTER_OF = lazy_re.compile(r"\bMinist(?:er|ry)\s+(?:of|for)\s+(?:the\s+)?"
                          r"([A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+|for\s+)?[A-Z][\w'’-]*)*)")
_FIELD_MINISTRY = lazy_re.compile(r"\b([a-z]+)\s+ministry\b", re.I)


def ministry_written(text: str, asked: set[str]) -> bool:
    """Does the sentence name a ministry the question does not, by what it is of: a minister's or a
    ministry's title ("Deputy Minister of Planning and Investment": that ministry) or its field before the
    noun ("the emergencies ministry")? spaCy and the title reader often leave such a ministry unnamed; a
    country's or a place's name after "Minister of" is no ministry ("the Prime Minister of Vietnam")."""
    for m in _MINISTER_OF.finditer(text):
        words = [w for w in re.findall(r"[A-Z]\w*", m.group(1)) if not canonical_country(w) and not canonical_place(w)]
        if any(fold(w) not in asked and fold(w) not in _GENERIC and fold(w) not in DEMONYMS for w in words):
            return True
    fields = (fold(m.group(1)) for m in _FIELD_MINISTRY.finditer(text))
    return any(f in _MINISTRY_FIELDS and f not in asked for f in fields)


def prefer_class(ranked: list, plan) -> list:
    """The ranking with a sentence that names a thing of the class asked first, when the best one
    names none and such a sentence stands among the next few, not far behind and naming every
    entity asked by name: "which carrier flew the plane" is answered by "Ural Airlines operated
    the flight", not by the sentence that repeats the question's words. A who / when / how-long
    question without a class: prefer_shown."""
    if not ranked or ranked[0].typed:
        return ranked
    if plan.answer_class:
        return promote(ranked, lambda r: r.typed and not any(
            got == 0 and hard for got, hard in zip(r.slots, plan.hard))) or ranked
    return prefer_shown(ranked, plan)


# answer types a sentence shows as a token of its own (a name not asked, a date, a span): a sentence without one
# repeats the question's words (often the article's lead) but cannot answer it. Not a figure: a sentence writes
# figures of many things ("fell 37% to 410,000 cubic metres" is no count of the exporters asked)
SHOWN_TYPES = {"person", "date", "duration"}
HALF = 0.5  # of the question's words the best sentence has, the one put first must have


def prefer_shown(ranked: list, plan) -> list:
    """'Who took the silver medal?', 'When did the project begin?': the lead sentence has the question's
    words and no name or date, a sentence of its article a little lower, with at least half as many of
    the question's words, writes one; it goes first and weighs as the first (no negative margin for the
    decision to decline on). A 'which minister' question whose role the store resolved is answered by
    the person asked, whom no sentence writes as another: it is left alone."""
    if plan.answer_type not in SHOWN_TYPES or plan.answer_type == "person" and not all(plan.hard):
        return ranked
    best = ranked[0]
    moved = promote(ranked, lambda r: r.typed and r.cand.source_id == best.cand.source_id
                    and r.coverage >= HALF * best.coverage and r.coverage > 0 and not any(
                        got == 0 and hard for got, hard in zip(r.slots, plan.hard)))
    if moved is None:
        return ranked
    moved[0].score = max(moved[0].score, best.score)
    return moved
