"""Who was at an event a body held, told after it by what they did: the first person quoted
in the sentences right after it, someone speaking through a video message, the head of a
delegation the event's sentence put there, those listed as present — for extract_attended."""

from __future__ import annotations

from knowledge import names
from knowledge.extract_background import recalled_by_date
from knowledge.extract_guests import among_listed, guests_listed
from knowledge.extract_heads import heads_of_sides, people_in as _people, subject_people as _subject_people
from knowledge.extract_tree import preps
from knowledge.facts import Event, Participant


# words that place a quote elsewhere than at the event: 'said in a statement', 'told reporters'
_ELSEWHERE = {"statement", "letter", "message", "interview", "reporters", "journalists", "press", "wrote", "earlier",
              "later", "separately"}
_TALKED_AT = {"forum", "session", "meeting", "ceremony", "reception"}  # the kinds whose first speaker after them spoke there


def first_speaker(ctx, sc, notes) -> None:
    """'X and Y held a seminar on ... in Vladivostok.' ... 'Consul General Z said ...': the first
    person quoted in the three sentences after a forum or session a body held (or after the last
    sentence referring to it: 'Representatives of Y attended the event'), with no one tied
    to it yet and nothing else told between, spoke at it — unless the sentence places the words
    elsewhere (a statement, an interview, reporters)."""
    pos = sc.sent.position
    # (the held one of the last sentence's notes: 'held a ceremony for the National Day' notes the day too)
    note = next((n for n in reversed(notes) if n.get("held") and n["ev"].sentence == notes[-1]["ev"].sentence),
                notes[-1]) if notes else None
    told = max(note["ev"].sentence, note.get("ref", 0)) if note is not None else 0  # (last referred to)
    if note is None or not note.get("held") or note["ev"].kind not in _TALKED_AT or not 0 < pos - told <= 3 \
            or any(note["named"].values()) or any(e.sentence > note["ev"].sentence for e in ctx.events):
        return
    if recalled_by_date(note["ev"], ctx.pub):
        return  # 'thanked the city for holding a ceremony in June' in a December story: no one speaks at it now
    # ('In a video message, X praised ...': X took part from afar, unlike a statement or a letter)
    if {t.lower_ for t in sc.span} & _ELSEWHERE - ({"message"} if _video_said(sc) else set()):
        return
    who = [ctx.table.actors.get(names.fold(st.speaker)) for st in ctx.statements
           if st.sentence == pos and st.speaker]
    # ('X spoke of strong ties between the two nations': no quote, but a speaker)
    root = sc.span.root
    who += _subject_people(ctx, root) if root.lemma_.lower() == "speak" and root.pos_ == "VERB" or _in_address(root) else []
    who = [a for a in who if a is not None and a.kind == "person"][:1]
    if who:
        add(note, pos, who)


_ADDRESS = {"address", "speech", "remarks", "words"}


def _in_address(root) -> bool:
    """'In his address, X looked back on ...': the main verb's subject spoke (no quote needed)."""
    return root.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ == "in" and c.i < root.i and any(
            o.dep_ == "pobj" and o.lower_ in _ADDRESS and any(p.dep_ == "poss" and p.lower_ in ("his", "her")
                                                              for p in o.children) for o in c.children)
        for c in root.children)


def _video_said(sc) -> bool:
    """The sentence speaks through a video message ('In a video message, X said ...')."""
    return any(t.lower_ == "message" and any(m.lower_ == "video" for m in t.children) for t in sc.span)


def delegation_head(ctx, sc, notes) -> None:
    """'The conference opened in X on D, with a Vietnamese delegation among the participants.'
    'General A headed the Vietnamese delegation.': the head of a delegation an event's sentence
    (one or two before) puts there was at it."""
    pos = sc.sent.position
    note = next((n for n in reversed(notes) if pos - 2 <= n["ev"].sentence < pos), None)
    if note is None or not any(t.lemma_.lower() == "delegation" for t in ctx.sents[note["ev"].sentence].span):
        return
    heads = [a for a, _ in heads_of_sides(ctx, sc)]
    if len(heads) == 1:
        add(note, pos, heads)


def among_present(ctx, sc) -> list:
    """'Among those present were A and B', 'Those attending included A', 'Attending were A and B':
    the people listed."""
    out = among_listed(ctx, sc, lambda o: o.lower_ == "those" and any(
        c.lower_ in ("present", "attending") or _at_event(c) for c in o.children))
    return out + attending_were(ctx, sc) + guests_listed(ctx, sc)


def _at_event(c) -> bool:
    """'(those) at the opening / ceremony / event'."""
    return c.dep_ == "prep" and c.lower_ == "at" and any(
        o.dep_ == "pobj" and o.lower_ in ("opening", "ceremony", "event", "inauguration", "unveiling")
        for o in c.children)


def attending_were(ctx, sc) -> list:
    """'Attending the opening were A and B', 'Also attending the event was C', 'Present at the
    ceremony were A and B': the people the inverted sentence lists (its verb's subject; the parser
    may take a name for a second object)."""
    out = []
    for v in sc.span:
        inverted = v.lemma_.lower() == "attend" and v.tag_ == "VBG" and v.dep_ == "ROOT" and any(
            c.dep_ == "aux" and c.lower_ in ("was", "were") for c in v.children)
        present = v.lemma_.lower() == "be" and v.dep_ == "ROOT" and any(
            c.dep_ == "acomp" and c.lower_ == "present" and c.i < v.i for c in v.children)
        if inverted or present:  # (the parser may hang the names on the 'were')
            heads = [v, *(c for c in v.children if c.dep_ == "aux")]
            out += _people(ctx, [c for h in heads for c in h.children if c.dep_ in ("nsubj", "attr")
                                 or c.dep_ == "dobj" and c.pos_ == "PROPN"])
    return out


def add(note: dict, pos: int, people: list) -> None:
    have = note["named"].setdefault(pos, [])
    have += [a for a in people if a not in have]


def others_told(n: dict, ev, names_: set) -> list:
    """Rows of the same event for the people a later sentence alone puts there ('X addressed a
    seminar ... Y told the seminar that ...'): each under the sentence that names them."""
    out = []
    for p, people in sorted(n["named"].items()):
        new = [a for a in people if a.name not in names_]
        if p > ev.sentence and new and len(new) == len(people):
            out.append(Event(kind=ev.kind, participants=[Participant(a.name, "participant") for a in new], sentence=p,
                             place=ev.place, date=ev.date, date_end=ev.date_end, confidence=ev.confidence))
            names_ |= {a.name for a in new}
    return out


# 'co-chaired' (the model lemmatises it to 'co-chaire', as 'co-hosted' to 'co-hoste')
CO_CHAIR = {"co-chair", "co-chaire"}
# what the event just told was done by: 'It was attended / chaired / opened by X'
_BY_IT = {"attend", "chair", "open", "address", *CO_CHAIR}


def done_by_it(ctx, sc) -> list:
    """People who did something to the event just told, by the passive 'It was attended / chaired by
    X' or 'The event was co-chaired by A and B' (not 'The discussion was opened by its moderator': a
    part of the event, led by whom the event's own row need not hold), or who 'shared the chair' of
    it — those at it."""
    out = [a for v in sc.span if v.lemma_.lower() in _BY_IT and v.pos_ == "VERB" and any(
        c.dep_ == "nsubjpass" and (c.lower_ == "it" or c.lower_ == "event" and any(
            d.dep_ == "det" and d.lower_ in ("the", "this") for d in c.children)) for c in v.children)
        for a in _people(ctx, list(preps(v, ("by",))))]
    # 'A shared the chair with B': the two chairs of the event just told
    return out + [a for v in sc.span if v.lemma_.lower() == "share" and v.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lower_ == "chair" for c in v.children)
        for a in _subject_people(ctx, v) + _people(ctx, list(preps(v, ("with",))))]
