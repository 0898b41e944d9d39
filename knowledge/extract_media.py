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
# who reports for an outlet: 'a VNA correspondent', 'reporters of the newspaper X'
_REPORTERS = {"reporter", "correspondent", "journalist"}
# what an outlet does with an interview: 'published / carried / ran an interview with X'
_PUBLISH = {"publish", "carry", "run", "air", "broadcast"}
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


def _outlet_reporter(t) -> bool:
    """'a Vietnam News Agency correspondent', 'reporters of the VNA', 'a reporter of the Xyz
    newspaper': someone who reports for an outlet the words name (not 'reporters' alone, not
    'told reporters', a press encounter)."""
    if t.lemma_.lower() not in _REPORTERS:
        return False
    return any(c.dep_ == "compound" and _outlet(c) for c in t.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and _outlet(o) for o in c.children)
        for c in t.children)


def _spoken_to(v, named) -> bool:
    """v is 'speak/talk to <someone `named` accepts>'."""
    return v.lemma_.lower() in ("speak", "talk") and any(c.dep_ == "prep" and c.lower_ == "to" and any(
        o.dep_ == "pobj" and named(o) for o in c.children) for c in v.children)


def _to_outlet(v) -> bool:
    """'told the news agency Sputnik', 'spoke to TASS', 'talking to The Hanoi Times'."""
    if v.lemma_.lower() == "tell":
        return any(c.dep_ in ("dobj", "dative") and _outlet(c) for c in v.children)
    return _spoken_to(v, _outlet)


def _around_meeting(sent) -> bool:
    """'after the meeting', 'during the talks', 'on the sidelines of the meeting': the sentence sets
    the words by a meeting, which is then what they tell (the reporters were there)."""
    def meeting(p) -> bool:
        return any(o.dep_ == "pobj" and o.lemma_.lower() in ("meeting", "talk", "talks") for o in p.children)
    return any(t.lower_ in ("after", "during") and meeting(t) or t.lower_ == "sidelines" and any(
        c.lower_ == "of" and meeting(c) for c in t.children) for t in sent)


def _to_reporter(ctx, sc, v) -> bool:
    """'X spoke to a VNA correspondent', 'while speaking to reporters of the VNA': an interview only
    where it is what the words tell — not a fronted 'Speaking to a VNA correspondent, X said' (a
    remark on something else), not by a meeting, not of someone the article has at another event."""
    if not _spoken_to(v, _outlet_reporter) or _around_meeting(sc.span):
        return False
    if v.tag_ == "VBG" and v.dep_ == "advcl" and v.i < v.head.i:
        return False
    people = _speaker(ctx, v)
    return bool(people) and not any(p.actor == people[0].name for e in ctx.events for p in e.participants)


def _spoke_to_outlet(v) -> bool:
    """'X spoke to TASS before the trip': the interview is what the clause tells (its main verb,
    past), not where a quote comes from ('X told Interfax', 'said X, speaking to TASS')."""
    return v.dep_ == "ROOT" and v.tag_ == "VBD" and v.lemma_.lower() in ("speak", "talk")


def _published_with(ctx, v) -> list:
    """'The newspaper X published an interview with Y': Y, the person interviewed (one person)."""
    if v.lemma_.lower() not in _PUBLISH:
        return []
    people = [a for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() == "interview"
              for p in c.children if p.dep_ == "prep" and p.lower_ == "with"
              for o in p.children if o.dep_ == "pobj" and (a := ctx.resolve(o)) is not None and a.kind == "person"]
    return people if len(people) == 1 else []


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
        told = _to_outlet(v) or _to_reporter(ctx, sc, v)
        published = _published_with(ctx, v)
        if not (_in_interview(v) or published or told and (lead or v.tag_ == "VBG" and v.dep_ == "advcl"
                                                          or _spoke_to_outlet(v))):
            continue
        people = published or _speaker(ctx, v)
        if not people or people[0].name in busy or not _in_interview(v) and not published and _at_event(v) or any(
                e.kind == "interview" and e.participants[0].actor == people[0].name for e in ctx.events + out):
            continue
        out.append(Event(kind="interview", participants=[Participant(people[0].name, "participant")],
                         sentence=sc.sent.position, confidence=0.7))
    return out
