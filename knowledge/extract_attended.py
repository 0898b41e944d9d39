"""Events people attend, reported before their people are: a ceremony, forum, workshop, opening
or banquet told with no person in its own sentence (an organiser holds it, something opens), and
the people the following sentences tie to it by their own words — 'Speaking at the event, X
said', 'Addressing the ceremony, X ...', 'X, who addressed the dialogue', 'X opened the forum',
'The opening was attended by A and B', 'X was awarded ... at a ceremony', and the hand-over told
in the sentence right after a ceremony ('X handed over the award'). A speaker the text does not
place at the event (a quote in the next paragraph, a letter sent to it) is no participant."""

from __future__ import annotations

from knowledge.extract_background import recalled_setting
from knowledge.extract_heads import body_received_group, inside_objects as _inside_objects, people_in as _people
from knowledge.extract_heads import sides_of_states, subject_people as _subject_people
from knowledge.extract_gatherings import bodies_met, cut_ribbon, gathered, handed_over
from knowledge.extract_displays import opened_unnamed
from knowledge.extract_gathering_forms import body_meeting, held_passive, spoke_there, subject_event
from knowledge.extract_gathering_forms import addressed_by, held_with_side, took_part_meeting
from knowledge.extract_held_by import delegation_verb
from knowledge.extract_irrealis import hypothetical
from knowledge.extract_event_nouns import GATHERINGS, NOUN_KIND as _NOUN_KIND, det as _det, fresh as _fresh
from knowledge.extract_event_nouns import kind_of_noun as _kind_of_noun, named_first as _named_first, noun as _noun
from knowledge.extract_event_nouns import nominal as _nominal, refers_back
from knowledge.extract_occasions import date_events
from knowledge.extract_present import CO_CHAIR, add as _add, among_present as _among_present, done_by_it, others_told
from knowledge.extract_present import delegation_head as _delegation_head, first_speaker as _first_speaker
from knowledge.extract_spoken import SPEAK as _SPEAK, SPOKEN_AT as _SPOKEN_AT, spoke as _spoke
from knowledge.extract_tree import gov, preps, subject_of
from knowledge.facts import Event, Participant

# 'co-hosted an event to present ...': an event a body holds is a forum of the people tied to it
_HELD_EVENT = "forum"
_HOLD = {"hold", "host", "organise", "organize", "stage", "stag",  # (the model lemmatises "staged" to "stag")
         "convene", "throw", "give", "co-host", "co-hoste",
         "co-organise", "co-organize"}
# 'X addressed / attended / opened / joined the forum', 'X told the event'
# ('X greeted the participants in a video message', 'X chaired the meeting')
_TIE_VERBS = {"address", "attend", "open", "tell", "join", "greet", "welcome", "congratulate", "chair", *CO_CHAIR}
# nouns that refer back to whatever event was told last: 'joined the event', 'Opening the discussion, X'
# ('Addressing the audience, X said')
_ANY_EVENT = {"event", "discussion", "audience", "participants", "programme", "program", "function"}
# nouns that refer back to the event told last when no other event was told after it: 'Opening the
# session, X said' after 'met for a roundtable'
_LAST_EVENT = {"session"}
# nouns that refer back to the meeting or session told last, as _LAST_EVENT: 'X chaired the meeting'
# after 'The 12th meeting of the committee took place in Y'
_LAST_MEETING = {"meeting"}
# nouns that refer back to the event told last, if any, else name a meeting: 'X told the gathering'
_ANY_OR_MEETING = {"gathering"}
_JOIN = {"join", "attend"}  # 'X joined members of Y at a get-together': X was there
_FAMILY = {"ceremony": "ceremony", "opening": "ceremony", "forum": "forum", "reception": "reception",
           "meeting": "meeting", "talks": "meeting", "session": "meeting", "summit": "meeting"}


def _antecedent(t, first: bool = False, ctx=None) -> str | None:
    """The kind of the event t tells for the first time, or None: 'at a ceremony', 'held a
    workshop', 'An exhibition ... opened', 'met for a dialogue' (and, with `first` — no event
    told before this sentence — 'at the 10th Xyz Dialogue')."""
    if not _nominal(t):
        return None
    b = t
    while b.dep_ in ("conj", "appos") and b.head != b:  # 'a press conference and a reception'
        b = b.head
    h, dep = b.head, b.dep_
    if dep == "nsubj" and h.lemma_.lower() == "open" and h.pos_ == "VERB" and not any(
            c.dep_ == "dobj" for c in h.children):
        return _kind_of_noun(t, True)
    if (k := opened_unnamed(t, b)) is not None:
        return k  # 'A statue was unveiled', 'An exhibition was opened', 'went on display' (extract_displays)
    if dep == "pobj" and h.lower_ == "in" and _took_part(h.head) and (any(c.lower_ == "of" for c in t.children)
                                                                    or _fresh(t)):
        # 'took part in the congress of Y': Y's congress, told here first ('took part in a forum held in X')
        return _kind_of_noun(t, False) or took_part_meeting(t)
    if dep == "pobj" and h.lower_ == "in" and _took_part(h.head) and _named_first(t, first):
        return _kind_of_noun(t, False)  # 'took part in the Saint Petersburg International Legal Forum'
    if (first and addressed_by(t) is not None or delegation_verb(t) is not None) and (
            _fresh(t) or _named_first(t, first)) and (k := _kind_of_noun(t, False)):
        return k  # 'X told a seminar', 'a speech to the Xyz Forum', 'headed the delegation at a forum'
    if ctx is not None and (k := body_meeting(ctx, t, b, _HOLD)):
        return k
    fresh = _fresh(t) or _named_first(t, first)
    if not fresh and not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children):
        return None
    if dep == "nsubj" and fresh and t.lower_ == "ceremony" and h.pos_ == "VERB" and h.lemma_.lower() in _CEREMONY_ACTS:
        return "ceremony"  # 'A ceremony on Tuesday launched the rail link': of whoever the next sentences put there
    if dep == "nsubj" and fresh and t is b and not _took_place(h) and subject_event(t, _kind_of_noun(t, False)):
        return _kind_of_noun(t, False)  # 'A round table on X formed part of the mission'
    if dep == "nsubj" and fresh and _took_place(h):
        # 'The 12th meeting of the X Committee took place in Y on D': of whoever the next sentences put there
        return _kind_of_noun(t, False) or _GATHERINGS.get(t.lower_)
    if dep in ("dobj", "nsubjpass") and h.pos_ == "VERB" and h.lemma_.lower() in _HOLD:
        # ('held a festival', 'A festival ... was held at Tuổi Trẻ Park on October 2')
        # ('The association convened its first meeting in X': a body's own meeting, of whoever
        # speaks there; not 'held a working meeting with X', whose people are the event's)
        # ('An online meeting was held in X on D': a meeting of whoever the next sentences put there)
        return _kind_of_noun(t, False) or (_HELD_EVENT if t.lower_ == "event" or t.lower_ in ("programme", "program") and _fresh(t)
                                          and h.lemma_.lower() in ("hold", "host", "organise", "organize") else None) or (
            _GATHERINGS.get(t.lower_) if t.lower_ in _GATHERINGS and (dep == "dobj" and any(
                c.dep_ == "poss" and c.lower_ == "its" for c in t.children) or dep == "nsubjpass" and not any(
                c.dep_ == "prep" and c.lower_ in ("with", "between") for c in t.children)) else None)
    if dep == "pobj" and h.lower_ in ("at", "for") and t.lower_ in _GATHERINGS and ctx is not None \
            and _met_at(ctx, b):
        # 'Former engineers gathered in X on D for their 30th meeting': the body's own meeting
        return _GATHERINGS[t.lower_]
    if dep == "pobj" and h.lower_ in ("at", "for") and fresh:
        if t.lower_ == "session" and h.lower_ == "at" and _spoke(h.head):
            # 'said while speaking at an Economic Forum session': a forum's session, of its speakers
            return "forum" if any(c.lower_ in ("forum", "conference") for c in t.children if c.dep_ == "compound") \
                else "session"
        k = _kind_of_noun(t, False)
        return k or (_SPOKEN_AT.get(t.lower_) if h.lower_ == "at" and _spoke(h.head) else None)
    return None


# what a ceremony told as the subject does: 'A ceremony on Tuesday launched / marked ...'
_CEREMONY_ACTS = {"launch", "mark", "celebrate", "commemorate", "inaugurate", "open", "kick", "start", "begin"}
# a body's own gatherings by the word that names them ('held its 20th session')
_GATHERINGS = {"meeting": "meeting", "session": "session"}


def _took_place(v) -> bool:
    """'took place', 'was held' intransitively told: the verb of a gathering's own sentence."""
    return v.pos_ == "VERB" and v.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in v.children)


def _present_at(v):
    """'X was present at the congress': the verb whose subject was there ('present' hangs on 'was'),
    else v itself."""
    return v.head if v.lower_ == "present" and v.dep_ == "acomp" and v.head.pos_ in ("VERB", "AUX") else v


def _took_part(v) -> bool:
    """'took part in', 'participated in'."""
    return v.pos_ == "VERB" and (v.lemma_.lower() == "participate" or v.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in v.children))


def _takers_part(ctx, v) -> list:
    """Who took part: the subject, or the leader of the delegation that did ('A delegation headed
    by X has taken part in ...')."""
    subs, _ = subject_of(ctx, v)
    people = _people(ctx, subs)
    lead = ctx.delegation_leader
    if not people and lead is not None and any(s.lemma_.lower() == "delegation" for s in subs):
        people = [lead]
    return people


def _ties(ctx, sc) -> list[tuple[object, list]]:
    """(event noun token, people) the sentence ties to an event it names with 'the/this'."""
    out = []
    for t in sc.span:
        if not _nominal(t) or not (_noun(t) in _NOUN_KIND or t.lower_ in _ANY_EVENT | _LAST_EVENT | _LAST_MEETING
                                   | {"opening"}) or recalled_setting(t):
            continue
        h = t.head
        if t.dep_ == "nsubjpass" and h.lemma_.lower() == "attend":
            out.append((t, _people(ctx, preps(h, ("by",)))))  # 'The opening was attended by A and B'
            continue
        if not _det(t) and not (t.lower_ == "participants" and t.dep_ == "dobj"):  # ('told participants')
            continue
        if t.dep_ == "dobj" and h.pos_ == "VERB" and h.lemma_.lower() in _TIE_VERBS and not hypothetical(h):
            if h.tag_ == "VBG" and h.lemma_.lower() in _SPEAK | {"open"}:
                # 'Addressing the ceremony, X said', 'Opening the discussion, X said'
                out.append((t, _subject_people(ctx, h)))
            elif h.dep_ == "relcl":  # 'X, who addressed the dialogue via video link, said'
                out.append((t, _people(ctx, [h.head])))
            elif h.tag_ != "VBG":
                out.append((t, _subject_people(ctx, h)))
        elif t.dep_ == "pobj" and h.lower_ == "to" and _video_message(h.head):
            out.append((t, _subject_people(ctx, h.head)))  # 'X sent a video message to the festival'
        elif t.dep_ == "pobj" and h.lower_ == "to" and h.head.pos_ == "VERB" and h.head.lemma_.lower() == "come" \
                and h.head.tag_ != "VBG":
            out.append((t, _subject_people(ctx, h.head)))  # 'X, Y and local residents came to the opening'
        elif t.dep_ == "pobj" and h.lower_ == "at":
            v = h.head
            if _spoke(v):  # 'Speaking at the event, X said', 'X made the point at the opening ceremony'
                out.append((t, _subject_people(ctx, v)))
            elif v.pos_ == "VERB" and v.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in v.children) \
                    and _by_whom(v, t):
                out.append((t, _people(ctx, _by_whom(v, t))))  # 'X was represented at the opening by A'
            elif h.i == sc.span.start or h.i > sc.span.start and sc.span.doc[h.i - 1].is_sent_start:
                # 'At the ceremony, X said ...': the one who acts there
                out.append((t, _subject_people(ctx, v) if v.pos_ in ("VERB", "AUX") else []))
    return out


def _opened_held(ctx, notes, pos: int) -> dict | None:
    """'X held a programme in Y on D ... Addressing the opening ceremony, Z said': the opening of
    the event a body held, told within the three sentences before with nothing else told since."""
    n = notes[-1] if notes else None
    if n is None or not n.get("held") or n["ev"].kind != _HELD_EVENT or not 0 < pos - n["ev"].sentence <= 4 \
            or any(e.sentence > n["ev"].sentence for e in ctx.events):
        return None
    return n


def note_attended(ctx, sc, place_of) -> None:
    """Record this sentence's first-told events of these kinds and the people its words tie to
    the one told last (`place_of(ctx, sc, t, kind, [])` gives an event noun's place)."""
    notes = ctx.attended
    pos = sc.sent.position
    first = not notes and not any("visit" not in e.kind for e in ctx.events)
    for t in sc.span:
        k = _antecedent(t, first, ctx)
        if k is None or recalled_setting(t) or hypothetical(t):
            continue  # ('will hold its next session in X': not held, whoever speaks next)
        notes.append(_told_note(ctx, sc, t, k, place_of))
    notes.extend(gathered(ctx, sc, place_of) + bodies_met(ctx, sc, place_of))
    for t, people in _ties(ctx, sc):
        if people:
            _tie(ctx, notes, pos, t, people)
    sides_of_states(ctx, sc, place_of)
    body_received_group(ctx, sc, place_of)
    prev = next((n for n in reversed(notes) if pos - 3 <= n["ev"].sentence < pos), None)
    if prev is not None:
        came = _came(ctx, sc) + spoke_there(ctx, sc)
        if came:
            _add(prev, pos, came)
    _first_speaker(ctx, sc, notes)
    _delegation_head(ctx, sc, notes)
    prev = next((n for n in notes if n["ev"].sentence == pos - 1 and n["ev"].kind == "ceremony"), None)
    if prev is not None:
        _add(prev, pos, handed_over(ctx, sc))
    _ribbon(ctx, sc, notes, pos)
    if notes and notes[-1]["ev"].sentence < pos and refers_back(sc.span, notes[-1]["noun"], _ANY_EVENT):
        notes[-1]["ref"] = pos  # 'Representatives of X attended the event': still told of (first_speaker)


def _ribbon(ctx, sc, notes, pos: int) -> None:
    """'X cut the ribbon': at the ceremony or opening told last, within the six sentences before
    and with no other event told since."""
    n = notes[-1] if notes else None
    if n is None or _FAMILY.get(n["ev"].kind.split()[-1]) != "ceremony" or not 0 < pos - n["ev"].sentence <= 6 \
            or any(e.sentence > n["ev"].sentence for e in ctx.events):
        return
    _add(n, pos, cut_ribbon(ctx, sc))


def _told_note(ctx, sc, t, k: str, place_of) -> dict:
    """The note of an event told here by its noun t: the event (its place and day from the noun,
    its governing verb or the clause that holds it), the noun, the people this sentence puts at
    it, and whether someone is said to hold it."""
    pos = sc.sent.position
    b = t
    while b.dep_ in ("conj", "appos") and b.head != b:
        b = b.head
    held_by = _holding_clauses(b)
    ev = Event(kind=k, participants=[], sentence=pos, place=place_of(ctx, sc, b, k, []) or next(
        (p for v in held_by if (p := place_of(ctx, sc, v, k, [])) is not None), None), confidence=0.7)
    g = gov(b) if b.dep_ != "pobj" else b.head.head
    date_events(ctx, sc, {t.i: ev, b.i: ev, **({g.i: ev} if g is not None else {}), **{v.i: ev for v in held_by}},
                _inside_objects(sc, g, b))
    if k == "opening":
        ev.date_end = None  # 'A Week of X opened on Monday, with events running until April 23': its first day
    people = _people_at(ctx, t, k) + (_attended_by(ctx, g) if g is not None and b.dep_ == "nsubj" else []) \
        + _chaired_under(ctx, [b] + ([g] if g is not None else []))
    # (an event that 'took place' or 'was unveiled' is held by no one named, as one a body holds)
    held = b.dep_ == "dobj" and b.head.pos_ == "VERB" and b.head.lemma_.lower() in _HOLD or _met_at(ctx, b) \
        or b.dep_ == "nsubj" and _took_place(b.head) or k == "opening" and b.dep_ == "nsubjpass" \
        or held_passive(ctx, b, _HOLD, pos)
    held = held and not held_with_side(ctx, b)  # ('held a meeting with X': only who is tied to it is X's)
    return {"ev": ev, "noun": _noun(t), "named": {pos: people}, "held": held}


def _by_whom(v, t) -> list:
    """The 'by' agents of a passive verb v, the parser may hang them on the event noun t or on a
    conjoined 'and by'."""
    return [o for x in v.subtree if x.lower_ == "by" and x.dep_ in ("prep", "agent", "conj") and (
        x.head.i in (v.i, t.i) or x.dep_ == "conj") for o in x.children if o.dep_ == "pobj"]


def _chaired_under(ctx, toks) -> list:
    """'held its fifth congress in the capital under the chairmanship of X': who chaired it (the
    'under' phrase may hang on a participle of the verb)."""
    return [a for x in toks for u in x.subtree if u.dep_ == "prep" and u.lower_ == "under"
            for o in u.children if o.dep_ == "pobj" and o.lower_ in ("chairmanship", "presidency")
            for a in _people(ctx, list(preps(o, ("of",))))]


def _attended_by(ctx, v) -> list:
    """'A plenum of X opened on D, attended by General Y': who the participle of the event's own
    verb says attended it."""
    return [a for c in v.children if c.dep_ in ("advcl", "acl") and c.lemma_.lower() == "attend" and c.tag_ == "VBN"
            for a in _people(ctx, list(preps(c, ("by",))))]


def _holding_clauses(b) -> list:
    """The verbs that say where and when an event noun is held: 'a banquet that the embassy gave in
    the capital on June 13', 'the 15th congress, which opened in Moscow on February 23', 'the Xyz
    Dialogue, the annual conference held in Singapore'."""
    return [c for c in b.children if c.dep_ == "relcl" and c.lemma_.lower() in _HOLD | {"open"}] + [
        v for a in b.children if a.dep_ == "appos" for v in a.children
        if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_.lower() in _HOLD]


def _people_at(ctx, t, k: str) -> list:
    """Who the sentence puts at the event: 'X was awarded the order at a ceremony' (who acts at a
    ceremony or gathering is at it; at a reception or forum, telling someone something says nothing
    of who held it), a forum's speaker ('X made the remark at a forum on ...'), those in it."""
    v = _present_at(t.head.head)
    people = _subject_people(ctx, v) if ("ceremony" in k or _noun(t) in GATHERINGS or v.lemma_.lower() in _JOIN
                                         or v.i != t.head.head.i or _spoke(v)) \
        and t.dep_ == "pobj" and t.head.lower_ == "at" and v.pos_ in ("VERB", "AUX") else []
    if t.dep_ == "pobj" and t.head.lower_ == "in" and _took_part(t.head.head):
        people = _takers_part(ctx, t.head.head)
    if (v := addressed_by(t)) is not None:
        people = _subject_people(ctx, v)
    if not people and (v := delegation_verb(t)) is not None:
        people = _takers_part(ctx, v)
    return people


def _tie(ctx, notes: list, pos: int, t, people: list) -> None:
    """People a word of this sentence ties to an event ('Speaking at the ceremony, X'): added to
    the note of the event the word names — the latest of its kind, the last one told for 'the
    session'/'the meeting', the opening of a programme held — or to a new note of its own."""
    fam = _FAMILY.get(_NOUN_KIND.get(_noun(t), "opening" if t.lower_ == "opening" else ""))
    note = next((n for n in reversed(notes) if n["ev"].sentence <= pos and (
        t.lower_ in _ANY_EVENT | _ANY_OR_MEETING or fam == _FAMILY.get(n["ev"].kind.split()[-1])
        or _noun(t) == n["noun"])), None)
    if t.lower_ in _LAST_EVENT | _LAST_MEETING:
        note = notes[-1] if notes and not any(
            e.sentence > notes[-1]["ev"].sentence and "visit" not in e.kind for e in ctx.events) else None
        if t.lower_ in _LAST_MEETING and note is not None and note["ev"].kind not in _GATHERINGS.values():
            note = None
        if note is not None:
            _add(note, pos, people)
        return
    if note is None and t.lower_ == "ceremony" and "signing" not in _kind_of_noun(t, False) \
            and any(e.kind == "signing" for e in ctx.events):
        return  # 'A and B signed ... Speaking at the ceremony, A said': the signing told before
    if note is None and (t.lower_ == "opening" or "opening" in (_kind_of_noun(t, False) or "")):
        note = _opened_held(ctx, notes, pos)  # 'Addressing the opening ceremony' of a programme held
    if note is None and t.lower_ in _ANY_OR_MEETING:
        return  # 'X told the gathering' with no gathering told before: a speech, no event the text reports
    if note is None and t.lower_ not in _ANY_EVENT:
        k = _kind_of_noun(t, False) or "opening"
        note = {"ev": Event(kind=k, participants=[], sentence=pos, confidence=0.7), "noun": t.lower_, "named": {}}
        notes.append(note)
    if note is not None:
        _add(note, pos, people)


def _came(ctx, sc) -> list:
    """People a sentence or three after an event says were there: 'X, who attended with his wife,
    reviewed ...', 'X attended and gave guidance', 'Y attended as well', 'attended together with
    Y', those listed as present, 'It was attended / chaired by X'."""
    came = [a for v in sc.span if v.lemma_.lower() == "attend" and v.pos_ == "VERB" and not any(
        c.dep_ in ("dobj", "prep") and c.lower_ not in ("with", "alongside", "as") for c in v.children)
            for a in (_people(ctx, [v.head]) if v.dep_ == "relcl" else _subject_people(ctx, v))
            + _people(ctx, [o for o in preps(v, ("with", "alongside"))  # ('attended together with Y')
                            if ctx.table.how.get((sc.doc_id, o.i)) == "name"])]
    came += _among_present(ctx, sc)
    came += done_by_it(ctx, sc)  # 'It was attended by X', 'The event was co-chaired by A and B'
    return [a for i, a in enumerate(came) if a not in came[:i]]


def _video_message(v) -> bool:
    """'sent a (congratulatory) video message': taking part in an event from afar."""
    return v.lemma_.lower() == "send" and any(c.dep_ == "dobj" and c.lower_ == "message" and any(
        m.lower_ == "video" for m in c.children) for c in v.children)


def _met_at(ctx, b) -> bool:
    """'Officials of A and representatives of B met at a virtual conference', 'Companies gathered in
    X for a conference': bodies meeting at an
    event of theirs, no person named — they hold it, as a body holds a seminar."""
    v = b.head.head if b.dep_ == "pobj" and b.head.lower_ in ("at", "for") else None
    return v is not None and v.pos_ == "VERB" and v.lemma_.lower() in ("meet", "gather") \
        and bool(subject_of(ctx, v)[0]) and not _subject_people(ctx, v)


def attended_events(ctx) -> list[Event]:
    """The noted events that have people, unless an event of theirs of the same kind is stored.
    A row holds the people of one sentence — the one naming most, of equals the earlier: nobody is
    filed under a sentence that never names them (a later one naming only others: others_told)."""
    out = []
    for n in ctx.attended:
        ev = n["ev"]
        pos = max(sorted(n["named"]), key=lambda p: len(n["named"][p]), default=None)
        people = n["named"].get(pos) or []
        if not people:
            continue
        names_ = {a.name for a in people}
        fam = _FAMILY.get(ev.kind.split()[-1])
        if any(_FAMILY.get(e.kind.split()[-1]) == fam and names_ <= {p.actor for p in e.participants}
               for e in ctx.events):
            continue
        ev.participants = [Participant(a.name, "participant") for a in people]
        ev.sentence = pos
        out.append(ev)
        out.extend(others_told(n, ev, names_) if fam != "ceremony" else [])  # (not who handed an award over)
    return out

