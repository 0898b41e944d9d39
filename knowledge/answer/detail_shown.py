"""A "which <noun>" / "on what date" question's reply must show a new thing of the kind asked.

"In which Moscow park was the festival held?" is not answered by "The festival closed in the Russian
capital on August 3", "Which school did X and Y attend together?" not by "X recalled that he and Y
attended the same school", "On what exact date did X receive Y?" not by "X has received Y": the quotes
are about the thing asked, but none names a place, a body or a day beyond those the question names.

The kind asked is read from the question's wh-phrase: "which / what / in which / at which" and up to
three words qualifying the head noun ("which Vietnamese publishing house", "in which Moscow park"), the
head noun's class a place (a city, a province, a park …) or an organisation (answer_class's body
nouns and the houses news names with a name of their own: a school, a theatre, an orchestra, a
publisher, a studio) or a person asked by a profession ("which pianist": role_filled.PERSON_NOUNS); or "on
what (exact) date / day". The evidence is the loader's entity labels on each quoted
sentence (GPE / LOC / FAC for a place, ORG for a body: knowledge/sentence_parse.py), the actors it tied
to the sentence, and for a date a day of a month or a weekday written in the reply. A mention counts
only when it is new: not every word of it is in the question, and for a place no bare country (a city
asked is not answered by "Russia"). Tokens are the question's English-like words, so a Vietnamese or
Russian question ("ở tỉnh nào", "в каком городе") is read the same way. A body or a person must also fill
the role asked (role_filled.py): "Which studio produced the film?" is not answered by the festival that
gave it a prize. A port asked is shown by a town named only in a sentence that writes the act asked
("departed from Haiphong"), or by a name written with the noun; other heads of a thing with a name of its
own (a rig, a factory, a building, a brand) are read by instance_named.py. A city or town asked is also shown
by the city of the dateline a quote opens with (datelines.quote_city): "KAZAN, June 10 — … in this Russian city".
"""

from __future__ import annotations

import re
import sqlite3

from knowledge import lazy_re
from knowledge.answer import class_instance, instance_named, kind_shown, place_fit
from knowledge.answer.answer_class import CLASS_RX, OF_ANOTHER, ministry_written, named_new
from knowledge.answer.asked_detail import noun_is_head
from knowledge.answer.datelines import quote_city
from knowledge.answer.evidence import fresh_name, name_beside, stored_parse
from knowledge.answer.name_written import question_words
from knowledge.answer.role_filled import (PERSON_NOUNS, act_needed, act_written, asked_act, beside_family, kind_described,
                                           person_filled)
from knowledge.answer.time_shown import shown_texts
from knowledge.facts import Answer
from knowledge.names import DEMONYMS, canonical_country, canonical_place, fold

# head nouns of a place asked ("in which province", "which port") and of a body news names by a name of its own
PLACE_NOUNS = set("""city cities province provinces region regions district districts town towns village villages port
ports park parks island islands oblast oblasts territory territories locality localities commune communes prefecture
capital venue venues square hall halls airport airports station stations stadium stadiums cemetery cemeteries hotel
hotels""".split())
# the bodies news names by a name of their own ("Vietcombank", "the Hanoi Philharmonic Orchestra"); not a body,
# an agency or a committee, which it writes as often by a common noun ("the intergovernmental commission")
ORG_NOUNS = set("""bank banks lender lenders airline airlines carrier carriers university universities academy
academies institute institutes college colleges school schools faculty faculties ministry ministries company companies
firm firms corporation corporations newspaper newspapers broadcaster broadcasters magazine magazines party
parties orchestra orchestras theatre theatres theater theaters publisher publishers ensemble ensembles troupe troupes
studio studios shipyard shipyards house""".split())
# words before the head noun that only qualify it ("which *Russian* bank", "which *state-owned* company")
_QUALIFY = {"russian", "vietnamese", "soviet", "other", "foreign", "state", "main", "major", "new", "local", "federal",
            "national", "provincial", "private", "public", "international", "joint", "big", "biggest", "largest",
            "leading", "publishing", "central", "northern", "southern", "eastern", "western", "coastal", "same",
            "exact", "precise", "specific", "calendar", "particular", "metro", "railway", "subway", "underground",
            "bus", "concert", "film", "ballet", "opera", "drama", "consulting", "textile", "buddhist", "young",
            # a count before the head noun ("which three companies", "which two cities") asks as many of the kind
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both"}
_WH = {"which", "what"}
# place nouns that as often qualify another ("hotel discount", "airport tax", "station master"): the head
# noun asked only when a verb (a past form: "which hotel received") or a function word follows
_QUALIFYING_PLACES = {"hall", "halls", "airport", "airports", "station", "stations", "stadium", "stadiums", "cemetery",
                      "cemeteries",
                      "hotel", "hotels"}
_ADJ_ENDS = ("al", "ary", "ic", "ian", "ese", "ish")  # an adjective by its ending ("Siberian", "coastal")
_DATE_NOUNS = {"date", "dates", "day"}
_EXACT = {"exact", "precise", "specific", "calendar", "particular"}
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# a day written: "June 5", "5 June", "5th of June", a weekday, "today", a numeric date "5/6/2019"
_DAY = lazy_re.compile(rf"\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?![a-z])"
                  r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|yesterday|tomorrow|tonight)\b"
                  r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b", re.I)
# a day of a month, which "on what calendar / exact date" asks ("Monday" does not tell it)
_CALENDAR_DAY = lazy_re.compile(rf"\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?![a-z])"
                           r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b", re.I)
_EXACT_ASKED = lazy_re.compile(r"\b(?:what|which)\s+(?:exact|precise|specific|calendar|particular)\s+(?:date|day)\b", re.I)


def asked_kind(tokens: list[str], raw: str = "") -> str | None:
    """The kind of thing the question asks for (see `asked`), or None."""
    return asked(tokens, raw)[0]


def asked(tokens: list[str], raw: str = "", known_place=canonical_place) -> tuple[str | None, str]:
    """("place" / "org" / "date", the head noun) for a "which / what <noun>" question whose head noun is
    of that class (qualifiers skipped: a people's name, a known place's name, a word of rank or size); (None, "") else.
    A noun that only qualifies another asks something else ("which city's mayor"; "which day of the
    festival" asks no date)."""
    for i, t in enumerate(tokens[:-1]):
        if t not in _WH:
            continue
        k = i + 1
        while k < len(tokens) and k <= i + 4:
            w = tokens[k]
            after = tokens[k + 1] if k + 1 < len(tokens) else ""
            if after == "of" and w in _DATE_NOUNS or re.search(
                    rf"\b(?:which|what)\s+(?:[\w-]+\s+){{0,3}}{re.escape(w)}['’]s\b", raw, re.I):
                return None, ""  # "which city's mayor"
            if after in OF_ANOTHER:
                return None, ""  # "which party leader", "which airline alliance": the noun qualifies another
            if _in_name(w, raw):
                k += 1  # "which Joint Institute for … anniversary": a word of a name, not the head noun
                continue
            if w in _DATE_NOUNS:  # "on what (exact) date", "on which day"; not "which national day"
                exact = all(x in _EXACT for x in tokens[i + 1:k])
                return ("date", w) if exact and (w != "day" or i > 0 and tokens[i - 1] == "on") else (None, "")
            if w in PLACE_NOUNS:
                if w in _QUALIFYING_PLACES and after.isalpha() and not noun_is_head(after):
                    return None, ""  # "what hotel discount": the place word qualifies the thing asked
                return "place", w
            if w in ORG_NOUNS and (w != "house" or tokens[k - 1] == "publishing"):
                return "org", w
            if w in PERSON_NOUNS:
                return "person", w
            if not (w in _QUALIFY or w in DEMONYMS or w.endswith(_ADJ_ENDS) or known_place(w) or canonical_country(w)):
                return None, ""
            k += 1
        return None, ""
    return None, ""


def _in_name(word: str, raw: str) -> bool:
    """Is the word written in the question only as a capitalised word of a name, never at its start
    ("which *Institute* for Nuclear Research anniversary", the acronym spelt out)?"""
    if not raw or not word.isalpha():
        return False
    forms = re.findall(rf"(?<=\S )\b{re.escape(word)}\b", raw, re.I)
    return bool(forms) and all(f[:1].isupper() for f in forms)


def _noun_in_name(conn: sqlite3.Connection, raw: str, noun: str) -> bool:
    """Does the question write the noun inside the name of a body or place the store knows (an acronym
    spelt out, "the Joint Institute for Nuclear Research"), rather than as the head of what it asks?"""
    text = " " + " ".join(re.findall(r"[a-z0-9]+", fold(raw))) + " "
    for (name,) in conn.execute("SELECT name FROM actors WHERE kind IN ('org', 'place') AND length(name) > ?",
                                [len(noun) + 3]):
        words = " ".join(re.findall(r"[a-z0-9]+", fold(name)))
        if noun in words.split() and f" {words} " in text:
            return True
    return False


# a port asked: a town named counts only in a sentence writing the act ("departed", "docked"), not "off Nha Trang"
_PORTS = {"port", "ports"}
# a settlement asked, which a quote's dateline names ("HANOI, July 26 —"); not a venue, a province or a port
_DATELINE_NOUNS = {"city", "cities", "town", "towns", "capital", "locality", "localities"}
_FACILITIES = {"port", "ports", "park", "parks", "venue", "venues", "square", "island", "islands"} | _QUALIFYING_PLACES
# places news names with their noun ("the Russian city of Tomsk", "Quang Dong commune"), a name spaCy as often
# reads as an organisation or misses
_SETTLEMENTS = {"city", "cities", "town", "towns", "village", "villages", "commune", "communes", "district",
                "districts", "province", "provinces", "oblast", "oblasts", "prefecture", "locality", "localities"}
_NAME = r"[A-Z][\w'’-]+(?: (?:of |de |la )?[A-Z][\w'’-]+)*"


def _named_with(text: str, noun: str, asked: set[str]) -> bool:
    """A name the question lacks written as the facility asked is ("the port of Nansha", "the Ivolga
    recreation park", "Commercial Port of Vladivostok"): spaCy reads ports, parks and squares as
    organisations as often as places."""
    if name_beside(text, noun, asked):
        return True
    head = "[" + noun[0].upper() + noun[0] + "]" + re.escape(noun[1:].rstrip("s")) + "s?"
    of_name = re.finditer(rf"\b{head} of (?:the )?({_NAME})", text)
    name_noun = re.finditer(rf"({_NAME}) (?:[a-z]+ )?{head}\b", text)
    return any(fresh_name(m.group(1), asked) and fold(m.group(1)) not in DEMONYMS and not canonical_country(m.group(1))
               for m in (*of_name, *name_noun))


def named_place(text: str, noun: str, asked: set[str]) -> bool:
    """A facility or a settlement asked, and a name the question lacks written with its noun ("the port of
    Nansha", "the Russian city of Tomsk", "Quang Dong commune")."""
    if noun in _FACILITIES:
        return _named_with(text, noun, asked)
    if noun not in _SETTLEMENTS:
        return False
    head = _any_number(noun)
    names = (m.group(1) for rx in (rf"\b{head} of (?:the )?({_NAME})", rf"({_NAME}) {head}\b") for m in re.finditer(rx, text))
    # "the Siberian town" names none: a region's adjective is no name
    return any(fresh_name(n, asked) and fold(n) not in DEMONYMS and not canonical_country(n)
               and not fold(n).endswith(_ADJ_ENDS) for n in names)


def _any_number(noun: str) -> str:
    """The noun's pattern in either number and either case of its first letter: "city" and "cities" both
    find "the cities of Hue and Da Nang" and "Hue City"."""
    if noun.endswith("ies") or noun.endswith("y"):
        stem, tail = noun[:-3] if noun.endswith("ies") else noun[:-1], "(?:y|ies)"
    else:
        stem, tail = noun.removesuffix("s"), "s?"
    return "[" + stem[0].upper() + stem[0] + "]" + re.escape(stem[1:]) + tail


def _tied(conn: sqlite3.Connection, sid: int, kind: str) -> list[str]:
    """The names of the actors of a kind the loader tied to the sentence."""
    return [name for name, in conn.execute("SELECT a.name FROM sentence_actors sa JOIN actors a ON a.id = sa.actor_id"
                                           " WHERE sa.sentence_id = ? AND a.kind = ?", [sid, kind])]


def _place_shown(conn: sqlite3.Connection, sid: int, text: str, asked: set[str], noun: str,
                 nation: str | None = None) -> bool:
    """A place entity (no bare country) or a tied place the question lacks, of the kind and the country
    asked (place_fit: no city for a hall, no Russian town for a Vietnamese province; a venue's name the
    entity model took for a body's, "the Ariyana Convention Centre"); for a city, also "the capital"."""
    return any((e.label_ in ("GPE", "LOC", "FAC") or e.label_ == "ORG" and place_fit.venue_named(e.text, noun))
               and fresh_name(e.text, asked) and not canonical_country(e.text)
               and place_fit.fits(e.text, noun, nation) for e in stored_parse(conn, sid).ents) or any(
        fresh_name(name, asked) and place_fit.fits(name, noun, nation) for name in _tied(conn, sid, "place")) or (
        named_place(text, noun, asked) or place_fit.venue_written(text, noun, asked)) or (
        noun in ("city", "cities") and "capital" not in asked and re.search(r"\bcapital\b", text) is not None)


def _org_shown(conn: sqlite3.Connection, sid: int, text: str, asked: set[str], noun: str, act: set[str] | None,
               nation: str | None = None, context: str = "") -> bool:
    """A name the question lacks beside the noun asked or its family ("the Hà Nội Mới newspaper"); or, in a
    sentence that writes the act asked (role_filled), an organisation entity, a name of a body's form
    (answer_class.CLASS_RX) or a tied organisation the question lacks. A body of another country than the
    one asked ("which Vietnamese university": "the Russian Presidential Academy") counts for none: its
    name is taken out of the text first (place_fit.body_fits)."""
    ents = [e.text for e in stored_parse(conn, sid).ents if e.label_ == "ORG"]
    forms = [(cls, m.group(0)) for cls, rx in CLASS_RX.items() if cls != "vessel" for m in rx.finditer(text)]
    tied = _tied(conn, sid, "org")
    if nation is not None:
        foreign = {n for n in {*ents, *(f for _c, f in forms), *tied}
                   if not place_fit.body_fits(text, n, nation, context)}
        for name in sorted(foreign, key=len, reverse=True):
            text = text.replace(name, "it")
        ents, tied = [n for n in ents if n not in foreign], [n for n in tied if n not in foreign]
        forms = [(c, f) for c, f in forms if f not in foreign]
    if noun in ("ministry", "ministries") and ministry_written(text, asked):
        return True  # "Deputy Minister of Planning and Investment", "the emergencies ministry"
    if beside_family(text, noun, asked):
        return True
    return act_written(text, act) and (kind_described(text, noun, asked) or any(
        named_new(e, asked, "org") for e in ents) or any(named_new(f, asked, c) for c, f in forms) or any(
        named_new(name, asked, "org") for name in tied))


def day_written(raw: str) -> re.Pattern:
    """What shows the day an "on what date / day" question asks: a calendar date for an exact one."""
    return _CALENDAR_DAY if _EXACT_ASKED.search(raw) else _DAY


def unshown(conn: sqlite3.Connection, tokens: list[str], raw: str, ans: Answer) -> bool:
    """Does the reply to a question asking a place, a body or a day (asked_kind) show none that the
    question does not already name, in any quote (or, for a day, its head line)?"""
    kind, noun = asked(tokens, raw)
    if kind in ("place", "org") and _noun_in_name(conn, raw, noun):
        kind = None  # "which joint institute for nuclear research anniversary": the noun is a name's word
    texts = shown_texts(ans)
    if not texts:
        return False
    if class_instance.unshown(tokens, raw, ans.citations):
        return True  # an airline, a vaccine, a dish … asked and none named
    if kind is None:
        return kind_shown.unshown(conn, tokens, raw, ans.citations) or instance_named.unshown(
            conn, tokens, raw, ans.citations)  # a work, an amount or a rank asked; a rig, a factory, a brand
    if kind == "date":  # a calendar date asked ("on what exact date") is not told by a weekday alone
        return not any(day_written(raw).search(t) for t in texts)
    words = question_words(raw, tokens)
    cites = [c for c in ans.citations if c.sentence_id is not None]
    if not cites:
        return False
    if kind == "place":
        nation = place_fit.asked_nation(tokens, noun)
        if noun in _DATELINE_NOUNS and any((city := quote_city(c.quote)) and fresh_name(city, words)
                                           and place_fit.fits(city, noun, nation) for c in cites):
            return False  # "in which city was X played" and "KAZAN, June 10 — X was played in this city"
        act = asked_act(tokens, raw, noun) if noun in _PORTS else None
        return not any(_place_shown(conn, c.sentence_id, c.quote, words, noun, nation) and act_written(c.quote, act)
                       or named_place(c.quote, noun, words) for c in cites)
    act = asked_act(tokens, raw, noun)
    if kind == "person":
        return not any(person_filled(stored_parse(conn, c.sentence_id), c.quote, noun, words, act) for c in cites)
    act = act_needed(noun, act, tokens)
    nation = place_fit.asked_nation(tokens, noun)
    context = " ".join(c.quote for c in cites)  # an acronym's name may stand in another quote
    return not any(_org_shown(conn, c.sentence_id, c.quote, words, noun, act, nation, context) for c in cites)
