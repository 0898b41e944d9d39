"""A press meeting an article leads with: 'Ambassador X told journalists in Moscow on June 19
that ...', 'X met the press in Hanoi on Monday', 'X briefed reporters ...' as the news itself, before any other event is told — a meeting of X (with the press,
who are no participant). Told later, after talks or a visit, the same words are a side remark
of that event, never an event of their own."""

from __future__ import annotations

from knowledge.extract_occasions import date_events
from knowledge.extract_tree import actors_of, expand, subject_of
from knowledge.extract_irrealis import hypothetical
from knowledge.extract_visits import UNSURE
from knowledge.facts import Event, Participant

PRESS = {"reporter", "journalist", "press", "media", "correspondent"}
_LEAD = 3  # sentences of the article's beginning that can lead with it
# what one does to the press at a press meeting: 'met the press', 'briefed journalists', 'told
# reporters' (sure only where the telling has its own day or place or a party of the press: _told_at)
_TO_PRESS = {"tell", "meet", "brief", "receive"}
# a party of the press: 'told a group of visiting foreign journalists', 'received a team of reporters'
_PARTY = {"group", "team", "delegation", "party"}


def _press(t) -> bool:
    """t is the press, or a party of it ('a group of foreign journalists')."""
    return t.lemma_.lower() in PRESS or _party(t) and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in PRESS for o in c.children)
        for c in t.children)


def _told_at(v, press) -> bool:
    """'X told journalists in Vientiane on May 16', 'told a group of visiting journalists': a
    telling that was an occasion. A bare 'X told reporters' mostly only says where a quote comes
    from (a spokesman's remark, a comment to the press): kept below the stating threshold, still
    there to quote for whom the words were meant."""
    if v.lemma_.lower() != "tell" or _party(press):
        return True
    return any(c.dep_ in ("prep", "npadvmod") and any(x.ent_type_ in ("DATE", "GPE", "LOC", "FAC") for x in c.subtree)
               for c in v.children)


def _party(t) -> bool:
    return t.lemma_.lower() in _PARTY


def press_meeting(ctx, sc, place_of, busy: set) -> list[Event]:
    """The lead's 'X told reporters ...' as a meeting of X — unless X is in an event this sentence
    tells already (`busy`: 'X told reporters after talks with Y' is a remark at the talks).
    `place_of(ctx, sc, t, kind, objects)` gives the place its words name."""
    if sc.sent.position >= _LEAD or ctx.events:
        return []
    for v in sc.span:
        press = [c for c in v.children if c.dep_ in ("dobj", "dative") and _press(c)]
        if v.pos_ != "VERB" or v.lemma_.lower() not in _TO_PRESS or hypothetical(v) or not press:
            continue
        if v.tag_ == "VBG" and v.lemma_.lower() != "tell" and not any(
                c.dep_ == "mark" and c.lower_ in ("while", "when") for c in v.children):
            continue  # 'Meeting the press in Minsk, X said ...': how X spoke ('while meeting' is one)
        subs, passive = subject_of(ctx, v)
        people = [a for a in actors_of(ctx, [x for s in subs for x in expand(s)]) if a.kind == "person"]
        if passive or len(people) != 1 or people[0].name in busy:
            continue
        ev = Event(kind="meeting", participants=[Participant(people[0].name, "participant")],
                   sentence=sc.sent.position, place=place_of(ctx, sc, v, "meeting", []),
                   confidence=0.7 if _told_at(v, press[0]) else UNSURE)
        date_events(ctx, sc, {v.i: ev}, set())
        return [ev]
    return []
