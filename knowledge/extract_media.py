"""Interviews given to the media: 'X said in an interview with the Vietnam News Agency', 'X gave an
interview to a Russian channel', 'Speaking to Sputnik, X said' — and the lead's 'X told the news
agency Sputnik on Sunday' when the article opens with it and tells nothing else there (further
down, 'X told Interfax' is only where a quote comes from). An interview of X, the one who spoke
(the outlet is no participant); its day and place are left out: a report quoting an interview
seldom says when or where it was given, and 'on Sunday' may be the report's."""

from __future__ import annotations

from knowledge.extract_event_nouns import NOUN_KIND, noun
from knowledge.extract_tree import in_dateline, subject_of
from knowledge.facts import Event, Participant

# the head noun of an outlet: 'the Russian news agency Sputnik', 'the Izvestia newspaper'
_OUTLET_NOUNS = {"agency", "newspaper", "daily", "channel", "television", "radio", "broadcaster", "outlet",
                 "magazine", "weekly", "paper", "portal", "tv"}
# outlets named alone: 'told TASS', 'Speaking to Sputnik'
_OUTLETS = {"tass", "ria", "sputnik", "interfax", "vna", "vov", "vtv", "izvestia", "kommersant", "rbc", "reuters",
            "afp", "xinhua", "novosti", "itar", "itar-tass", "vedomosti", "pravda", "vnexpress"}
_MODALS = {"will", "would", "shall", "could", "may", "might", "should"}
_LEAD = 3  # sentences of the article's beginning that can lead with 'X told <outlet>'


def _outlet(t) -> bool:
    """t names a news outlet: its own word, or a name of one it heads ('the news agency Sputnik',
    'Sputnik News', 'the Vietnam News Agency (VNA)'); not 'a VNA correspondent' (a reporter met)."""
    names_ = [t] + [c for c in t.children if c.dep_ in ("compound", "appos", "flat")] if t.pos_ == "PROPN" else [t]
    return t.lemma_.lower() in _OUTLET_NOUNS or any(w.lower_ in _OUTLETS for w in names_) \
        or t.lower_ == "times" and t.text[:1].isupper()  # 'The Hanoi Times'


def _speaker(ctx, v) -> list:
    """The one person who speaks as the subject of v (a participle inherits its clause's): a
    subject that is a person itself, not a phrase that only holds one ('The visit that Putin pays
    marks a milestone, X told ...' parsed with two subjects; 'the company X (Y)' is no person)."""
    subs, passive = subject_of(ctx, v)
    subs = [s for s in subs if not in_dateline(s)]  # ('MOSCOW, June 18 — ...' parsed as a subject)
    people = [a for s in subs if (a := ctx.resolve(s)) is not None and a.kind == "person"]
    return people if not passive and len(people) == 1 else []


def _still_to_come(v) -> bool:
    """'X will tell ...', 'is to give an interview': not given yet ('made the remarks in an
    interview ahead of the trip' was given: the trip is what lies ahead)."""
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in v.children) or v.dep_ == "xcomp"


def _in_interview(v) -> bool:
    """'said in an interview with X', 'gave an interview to X', 'spoke ... in an interview'."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_.lower() == "interview"
                                                           for o in c.children) for c in v.children) \
        or v.lemma_.lower() in ("give", "grant") and any(c.dep_ == "dobj" and c.lemma_.lower() == "interview"
                                                         for c in v.children)


def _to_outlet(v) -> bool:
    """'told the news agency Sputnik', 'spoke to TASS', 'talking to The Hanoi Times'."""
    lem = v.lemma_.lower()
    if lem == "tell":
        return any(c.dep_ in ("dobj", "dative") and _outlet(c) for c in v.children)
    return lem in ("speak", "talk") and any(c.dep_ == "prep" and c.lower_ == "to" and any(
        o.dep_ == "pobj" and _outlet(o) for o in c.children) for c in v.children)


def _at_event(v) -> bool:
    """'Speaking to TASS at the forum, X said': words given at an event the sentence names, which is
    where they were said (the event, not an interview; 'said in an interview at the forum' still is one)."""
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(
        o.dep_ == "pobj" and any(noun(x) in NOUN_KIND for x in [o, *(y for p in o.children if p.lower_ == "of"
                                                                        for y in p.children if y.dep_ == "pobj")])
        for o in c.children) for c in v.children)


def media_interviews(ctx, sc, new: list) -> list[Event]:
    """This sentence's interviews (none of a person who has one stored, none where the sentence
    tells another event of the speaker's: then the words say where a remark was made)."""
    busy = {p.actor for e in new for p in e.participants}
    lead = sc.sent.position < _LEAD and not ctx.events and not new
    out = []
    for v in sc.span:
        if v.pos_ != "VERB" or _still_to_come(v):
            continue
        told = _to_outlet(v)
        if not (_in_interview(v) or told and (lead or v.tag_ == "VBG" and v.dep_ == "advcl")):
            continue
        people = _speaker(ctx, v)
        if not people or people[0].name in busy or not _in_interview(v) and _at_event(v) or any(
                e.kind == "interview" and e.participants[0].actor == people[0].name for e in ctx.events + out):
            continue
        out.append(Event(kind="interview", participants=[Participant(people[0].name, "participant")],
                         sentence=sc.sent.position, confidence=0.7))
    return out
