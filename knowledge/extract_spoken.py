"""Words spoken at a gathering, for extract_attended: who spoke, said, made the remarks, the proposal
or an announcement 'at' an event was at it — 'Speaking at the forum, X said', 'X announced the
figure at a press conference', 'X made the proposal at the congress'. Telling the press in a
report or a letter puts no one anywhere: only the verb's own 'at' phrase does."""

from __future__ import annotations

SPEAK = {"speak", "address"}  # 'Speaking at the event', 'Addressing the ceremony'
# 'made the remark / the point at a forum', 'delivered a speech at the ceremony': words spoken there
SPOKEN = {"remark", "remarks", "point", "comment", "comments", "speech", "address", "presentation", "statement",
          "proposal", "announcement", "pledge",
          # figures and judgements given to reporters: 'gave the figure / the assessment at the forum'
          "figure", "figures", "assessment", "estimate", "forecast", "assurance"}
# verbs of making something known, done at a gathering the speaker was at: 'announced the figure at
# a press conference', 'proposed ... at the congress'
ANNOUNCE = {"announce", "propose", "stress", "emphasise", "emphasize", "note", "reveal", "disclose", "declare",
            "state", "unveil", "pledge"}
# gatherings named only where someone spoke at them: 'made the remarks at the X exhibition', 'said
# at a meeting of trade ministers' (held by no one named, they are no event in their own right)
SPOKEN_AT = {"exhibition": "forum", "expo": "forum", "fair": "forum", "meeting": "meeting"}


def spoke(v) -> bool:
    """Did verb v's subject speak at the place its 'at' phrase names? ('spoke at', 'said at',
    'made the remark at', 'delivered a speech at', 'announced the figure at', 'told reporters at')."""
    lem = v.lemma_.lower()
    return lem in SPEAK or lem in ("say", "tell") or lem in ANNOUNCE and v.pos_ == "VERB" or lem in ("make", "deliver", "give") \
        and any(c.dep_ == "dobj" and c.lower_ in SPOKEN for c in v.children)


# the edge of a gathering where words are spoken: 'on the sidelines of the forum', 'on the margins of'
_EDGES = {"sidelines", "sideline", "margins", "margin"}


def at_edge_of(t):
    """The verb whose 'on the sidelines of' phrase names the gathering t ('X told reporters on the
    sidelines of the Xyz Forum': X was at the forum), else None."""
    h = t.head
    if t.dep_ != "pobj" or h.lower_ != "of" or h.head.lower_ not in _EDGES or h.head.dep_ != "pobj":
        return None
    p = h.head.head
    return p.head if p.lower_ in ("on", "at", "in") and p.head.pos_ in ("VERB", "AUX") else None


# verbs whose clause complement is what was said, not what the speaker did: 'Kamaz plans ... in 2018, X said'
_REPORTING = {"say", "tell", "announce", "add", "note", "state", "report", "explain", "stress", "reveal"}


def reported_content(span) -> set[int]:
    """Token indices inside the reported content of a past-tense speech verb of the sentence ('Kamaz
    plans to open a plant in 2018' in '..., X said while attending the forum'): its dates date what
    was said, not the saying or the gathering the speaker was at."""
    out: set[int] = set()
    for v in span:
        if v.lemma_.lower() in _REPORTING and v.tag_ == "VBD":
            for c in v.children:
                if c.dep_ == "ccomp":
                    out.update(x.i for x in c.subtree)
    return out
