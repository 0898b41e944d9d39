"""People an event's named side meets, visits or sits with without the sentence naming them:
'met Russian veterans', 'met with a delegation headed by Y' (the leaders unnamed), 'held a
working session with the Accounts Chamber' (a public body's people unnamed), 'paid a
courtesy call on leaders of X', 'attended the plenary session'; and people who only sit in on
talks told of already. Predicates over spaCy tokens for extract_events."""

from __future__ import annotations

from knowledge.extract_actors import HEAD_NOUNS
from knowledge.extract_tree import actors_of, expand, preps


LOCALS = {"leadership", "leader", "authority", "official"}


def delegation_met_by_locals(ctx, k, agents, objects) -> list:
    """'The leadership of X province met with a delegation ... headed by Y': the leaders are not
    named, the delegation's head is — the meeting is Y's (of one named person, as when a named
    person meets people the sentence does not name)."""
    if k not in ("meeting", "talks", "working session") or not agents or not all(
            a.lemma_.lower() in LOCALS and any(c.dep_ == "prep" and c.lower_ == "of" for c in a.children)
            for a in agents):
        return []
    return [a for o in objects if o.lemma_.lower() == "delegation" for c in o.subtree
            if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head")
            for a in actors_of(ctx, [x for b in preps(c, ("by",)) for x in expand(b)]) if a.kind == "person"][:1]


# people met without a name: 'met with Russian veterans', 'with the director general and other
# senior leaders of X', 'with representatives of Y'
PEOPLE_MET = HEAD_NOUNS | {"veteran", "representative", "leader", "official", "member", "executive", "expert",
                            "scientist", "scholar", "lawmaker", "legislator", "journalist", "entrepreneur",
                            "businessman", "businesswoman", "delegation", "leadership", "management", "reporter",
                            "correspondent", "authority", "manager", "officer"}


# people a visit can call on: 'visited Vietnamese traders / students / war veterans'
PEOPLE_VISITED = {"trader", "student", "worker", "veteran", "community", "family", "soldier", "child", "people",
                   "expatriate", "resident", "patient", "staff", "employee", "teacher", "compatriot", "victim",
                   "pupil", "orphan", "sailor", "crew", "farmer", "household"}


def sat_at(t, k) -> bool:
    """'X attended the plenary session of the forum', 'X chaired a meeting between representatives
    of A and B': one named person there is the event's (a meeting someone chairs has others in it;
    one who chairs a session of his own body meets no one)."""
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "pobj" and t.head.lower_ == "over" and t.head.head.lemma_.lower() == \
            "preside":  # 'X presided over a meeting of the committee': as one who chairs it
        return k == "meeting" and any(c.dep_ == "prep" and c.lower_ in ("between", "with", "of") for c in t.children)
    if t.pos_ not in ("NOUN", "PROPN") or t.head.pos_ != "VERB":
        return False
    lem = t.head.lemma_.lower()
    if t.dep_ == "nsubjpass":
        # 'The meeting was chaired by X': the chair of a meeting of others the text told of
        return lem == "chair" and k == "meeting" and any(True for _ in preps(t.head, ("by",)))
    if t.dep_ != "dobj":
        return False
    return lem == "attend" and k in ("session", "meeting", "summit") or lem == "chair" and k == "meeting" and any(
        c.dep_ == "prep" and c.lower_ in ("between", "with", "of") for c in t.children)


# people who stand for a body: met as the object they are met as one meets its delegation
# ('the ambassador met representatives of the association'; 'met students' is no such meeting)
# (and envoys, who stand for their states: 'met the ambassadors of A, B and C')
BODY_PEOPLE = {"delegation", "representative", "leader", "leadership", "official", "executive", "ambassador",
                "envoy", "consul", "diplomat"}


# groups a leader meets as the news an article leads with: 'met Vietnamese graduates of Soviet
# universities at the Palace of Culture on Friday'
# (students met stay a side show even then: a consul meeting students is no news of its own)
LEAD_GROUPS = PEOPLE_VISITED - {"student", "pupil", "child", "orphan", "patient"} | {
    "graduate", "alumnus", "alumni", "intellectual", "scientist", "scholar"}


def met_unnamed(k, t, parts, ag, objects, lead: bool = False) -> bool:
    """A meeting, talks or working session of one named person (its subject) with people the
    sentence describes but does not name: an event of that person. Never a reception (its guest
    must be named) and never one whose named side is the one met. Students or graduates met are a
    visit's side show — unless the article leads with that meeting (`lead`: its first sentence,
    nothing told before)."""
    if k not in ("meeting", "talks", "working session", "session") or len(parts) != 1 or parts[0][0] not in ag \
            or parts[0][0].kind != "person" or not objects:
        return False
    # met 'with' them ('met students', 'he met Vietnamese students' is a visit's side show)
    heads = [o for o in objects if o.pos_ in ("NOUN", "PROPN") and (o.dep_ == "pobj" and o.head.lower_ == "with" or (
        o.dep_ == "conj" and o.head.dep_ == "pobj" and o.head.head.lower_ == "with"))]
    # (a delegation met is met: 'the ambassador met a visiting delegation from X in Moscow', and
    # so are the representatives of a body)
    heads += [o for o in objects if o.dep_ == "dobj" and t.pos_ == "VERB" and (o.lemma_.lower() in BODY_PEOPLE or (
        # 'met members of the association': people who stand for the body they belong to
        o.lemma_.lower() == "member" and any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children)))]
    if lead:
        heads += [o for o in objects if o.dep_ == "dobj" and t.pos_ == "VERB" and o.pos_ == "NOUN"
                  and (o.lemma_.lower() in LEAD_GROUPS or o.lower_ in LEAD_GROUPS)]
        if any(o in heads and (o.lemma_.lower() in LEAD_GROUPS or o.lower_ in LEAD_GROUPS) for o in objects):
            return True
    return any(o.lemma_.lower() in PEOPLE_MET or (o.lower_ == "general" and any(
        c.dep_ == "compound" and c.lower_ == "director" for c in o.children)) or with_body(o) for o in heads)


# public bodies one meets as a side: 'held a working session with the Accounts Chamber', 'with
# the Kazan city government' (its people unnamed; a company or school is left out)
BODIES_MET = {"government", "chamber", "council", "committee", "ministry", "administration", "parliament",
              "duma", "assembly", "commission", "authorities", "municipality", "secretariat", "directorate"}


def with_body(o) -> bool:
    """Met 'with' a public body (its head noun, or the head of a name ending in one: 'the
    Federation Council of Russia'): the body's people, whom the sentence does not name."""
    return o.dep_ == "pobj" and o.head.lower_ == "with" and o.lemma_.lower() in BODIES_MET


def called_on_unnamed(t) -> bool:
    """'paid a courtesy call on leaders of the provincial People's Committee': on people the
    sentence describes but does not name — the call of its one named visitor."""
    return any(o.lemma_.lower() in PEOPLE_MET | LOCALS for o in preps(t, ("on",)))


SIT_IN = {"attend", "join"}


def sat_in(t, k) -> bool:
    """'A and B also attended the meeting with Y': people sitting in on talks the article has
    told of already ('the'), not a meeting of their own."""
    return k in ("meeting", "talks", "working session") and t.pos_ == "NOUN" and t.dep_ == "dobj" \
        and t.head.lemma_.lower() in SIT_IN and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                                                     for c in t.children)
