"""Who attends a gathering through the delegation they head, for extract_attended: 'X headed
Vietnam's delegation at the forum', 'A delegation headed by X is attending the 10th Xyz Conference'
(the delegation's head was there). (A body that held a gathering no person is put at is not stored
as its host: on eval5-158 such rows were right 3 times in 8, the gold naming people instead.)"""

from __future__ import annotations

from knowledge.extract_irrealis import hypothetical

# a group a person heads to a gathering
_GROUPS = {"delegation", "team", "contingent"}
_LEADS = {"head", "lead"}


def _led_group(v) -> bool:
    """'headed Vietnam's delegation', 'led a delegation': v leads a group."""
    return v.pos_ == "VERB" and v.lemma_.lower() in _LEADS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _GROUPS for c in v.children)


def delegation_verb(t):
    """The verb whose subject (or whose delegation's head) was at the gathering t: 'headed the
    delegation at the forum', 'is attending the Conference'. None otherwise (not 'led a delegation
    to the opening ceremony of X': which event is the delegation's, the ceremony or X?)."""
    h = t.head
    if t.dep_ == "pobj" and h.lower_ == "at" and _led_group(h.head):
        v = h.head
    elif t.dep_ == "pobj" and h.lower_ == "at" and h.head.dep_ == "dobj" and _led_group(h.head.head):
        v = h.head.head  # (the parser may hang 'at' on the delegation)
    elif t.dep_ == "dobj" and h.pos_ == "VERB" and h.lemma_.lower() == "attend":
        v = h
    else:
        return None
    return None if hypothetical(v) or v.dep_ == "relcl" else v
