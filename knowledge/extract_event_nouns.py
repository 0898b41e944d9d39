"""Which noun names an event people attend, and of what kind, for extract_attended: 'a
ceremony', 'held a workshop', 'An exhibition ... opened', 'hosted a Việt Nam Culture Day', 'at the
10th Xyz Dialogue' — and the determiners that tell an event told first from one referred back to."""

from __future__ import annotations

from knowledge.extract_irrealis import hypothetical

# the nouns that name such an event -> the kind stored
NOUN_KIND = {"ceremony": "ceremony", "forum": "forum", "conference": "forum", "workshop": "forum",
             "seminar": "forum", "symposium": "forum", "dialogue": "forum", "banquet": "reception",
             "reception": "reception",
             # a gala is a staged evening for an occasion, no meeting of a host with guests
             "gala": "ceremony", "round-table": "forum", "roundtable": "forum",
             # a get-together or gathering: see _gathering_kind
             "get-together": "ceremony", "gathering": "ceremony", "congress": "session", "plenum": "session",
             # 'at a celebration hosted by the embassy', 'a festival was held at the park'
             "celebration": "reception", "festival": "ceremony",
             # 'The Centre held a press briefing on October 31': a forum of who spoke at it
             "briefing": "forum",
             # 'staged a cultural exchange on Thursday' (never 'an exchange of views': _kind_of_noun)
             "exchange": "ceremony",
             # 'Leaders of A and B held a teleconference on Wednesday': a meeting of who spoke at it
             "teleconference": "meeting", "videoconference": "meeting", "video-conference": "meeting",
             # staged events people attend or take part in: 'at an exhibition of diplomats' artworks',
             # 'a concert held in honour of the guest', 'organised a webinar on January 29'
             "exhibition": "ceremony", "concert": "ceremony", "webinar": "forum"}
# what opens: 'An exhibition of ... opened at ...', 'The Film Week opened ...'
OPENS = {"exhibition", "expo", "fair", "festival", "week", "days", "forum", "conference", "exhibit", "show"}


def det(t, words=("the", "this", "that")) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in words for c in t.children)


def fresh(t) -> bool:
    """'a ceremony', 'its 35th workshop', 'a state banquet': an event told for the first time."""
    return not det(t)


def noun(t) -> str:
    """The event noun t heads, hyphenated words joined: 'round-table', 'get-together'."""
    low = t.lower_
    for first, last in (("round", "table"), ("get", "together")):
        if low == last and any(c.lower_ == first and c.i == t.i - 2 and t.doc[t.i - 1].text == "-" for c in t.children):
            return f"{first}-{last}"
    if low == "table" and t.i > 0 and t.doc[t.i - 1].lower_ == "round" and t.doc[t.i - 1].head == t:
        return "round-table"  # 'a round table on grain exports'
    return low


# the last word of a named occasion a body holds or hosts: 'hosted a Việt Nam Culture Day',
# 'to hold the Russian Film Week' (capitalised: the name of one event, not 'a working day')
_NAMED_OCCASIONS = {"day", "days", "week", "weeks", "festival", "fest", "gala"}


# a get-together or gathering: an occasion's ceremony, or a meeting of those there (_gathering_kind)
GATHERINGS = ("gathering", "get-together")
# what a get-together held for an occasion does to it: 'held to mark the 30th anniversary'
_MARKS = {"mark", "celebrate", "commemorate", "observe", "welcome", "honour", "honor", "greet", "toast"}
# phrases that hang an occasion on it: 'on the occasion of', 'in honour of', 'in celebration of'
_OCCASION_NOUNS = {"occasion", "honour", "honor", "celebration", "commemoration", "observance", "anniversary"}


def _gathering_kind(t) -> str:
    """A get-together or gathering held for an occasion ('held to mark the 30th anniversary', 'to
    welcome the New Year', 'on the occasion of') is that occasion's ceremony; one told for itself
    ('recalled their flight at a gathering in X', 'told a gathering on Sunday', 'held a get-together
    with the community') is a meeting of the people there."""
    for w in t.sent:
        if w.lemma_.lower() in _MARKS and w.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in w.children):
            return "ceremony"  # a purpose told by 'to' + verb: 'to mark', 'to celebrate'
        if w.lower_ in _OCCASION_NOUNS and w.dep_ == "pobj" and w.head.lower_ in ("on", "in", "for", "of"):
            return "ceremony"
    return "meeting"


def kind_of_noun(t, opened: bool) -> str | None:
    low = noun(t)
    k = _gathering_kind(t) if low in GATHERINGS else NOUN_KIND.get(low)
    if k is None and not opened and low in _NAMED_OCCASIONS and t.text[:1].isupper() and any(
            c.dep_ == "compound" and c.text[:1].isupper() for c in t.children) and not hypothetical(t):
        k = "ceremony"  # (not 'proposed organising a Culture Week in 2009': still to come)
    if low == "exchange" and (any(c.dep_ == "prep" and c.lower_ in ("of", "with", "between", "among") for c in t.children) or not any(
            c.dep_ in ("amod", "compound") for c in t.children)):
        return None  # 'an exchange of views', 'exchanges with students': no event held
    if opened and low in OPENS:
        # a forum that opens is a forum; an exhibition that opens is told by its opening
        return "opening" if k is None or low == "exhibition" else k
    mods = {c.lower_ for c in t.children if c.dep_ in ("amod", "compound", "nmod")}
    if k == "ceremony" and "opening" in mods:
        return "opening ceremony"
    if k == "ceremony" and "signing" in mods:
        return "signing"  # 'Speaking at the signing ceremony, X ...': X was at the signing
    return k


_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}


def named_first(t, first: bool) -> bool:
    """'at the 10th Xyz Dialogue', 'hosted the award ceremony of the Olympiad' with nothing told
    before it: an event the article names by its own words, told here for the first time."""
    return first and any(c.dep_ in ("amod", "compound", "nummod", "prep") and (
        c.pos_ == "PROPN" or c.tag_ in ("JJ", "CD") and (c.lower_[:1].isdigit() or c.lower_ in _ORDINALS)
        or c.pos_ == "NOUN" or c.lower_ == "of") for c in t.children)


def nominal(t) -> bool:
    """A noun, or an event noun the tagger took for an adjective ('for a roundtable on ...')."""
    return t.pos_ in ("NOUN", "PROPN") or t.pos_ == "ADJ" and t.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") \
        and noun(t) in NOUN_KIND


# words for an event told before, besides its own noun: 'The ninth edition of the programme'
_BACK = {"edition", "occasion", "celebration", "commemoration"}


# what a sentence says of an event told before that tells who came or where it was: 'Representatives
# of X attended the event', 'The event took place at Z', 'The celebration brought together W' ('X
# co-hosted the event with Y' tells who held it, not who was there: the first one quoted after it
# may speak of the hosts from afar, and a stored row of theirs outranks answers about other events)
_CAME_TO = {"attend", "join"}
_GATHERED = {"bring", "draw", "attract", "gather", "take"}


def refers_back(span, told: str, words: set) -> bool:
    """The sentence tells who came to an event told before (its noun `told`, or a word for any
    event, with 'the/this') or where it took place, naming no one: the event is still what the
    text tells of ('Representatives of X attended the event', 'The event took place at Y')."""
    for t in span:
        if not (nominal(t) and det(t, ("the", "this", "that", "its")) and (t.lower_ in words | _BACK or noun(t) == told)):
            continue
        h = t.head
        if h.pos_ == "VERB" and (t.dep_ == "dobj" and h.lemma_.lower() in _CAME_TO or t.dep_ == "nsubj" and (
                h.lemma_.lower() in _GATHERED - {"take"} or h.lemma_.lower() == "take" and any(
                    c.dep_ == "dobj" and c.lower_ == "place" for c in h.children))):
            return True
    return False
