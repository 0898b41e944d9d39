"""Does a yes/no question ask whether named people visited, met or were somewhere ("Was Putin in
Hanoi?", "Did Lavrov visit Hanoi?")? Only then is "no visit or meeting of theirs found" an answer
or evidence against one. "Is Dung Quat one of the refineries in Vietnam?", "Was the Dinh Tien
Hoang built in Russia?", "Did X address the forum?" ask another act, and a thing or a role read as
a person there ("Dung Quat visiting Vietnam", "the head of VUFO" taken for someone) is no one the
question names: the search answers them."""

from __future__ import annotations

from knowledge.question import Question

_BE = {"was", "were", "is", "are"}
# what may stand between the subject and the place: "was X ever / already / also in Y"
_ADVERBS = {"ever", "already", "also", "still", "actually", "personally", "then", "really"}
_JOINS = {"and", "both", "&"}
# where the subject is: "was X in Hanoi", "was X at the talks", "was X present at …", "was X there"
_THERE = {"in", "at", "present", "there", "inside"}
# "did X attend the final in Y": being at an event is being there
_DO = {"did", "does", "do", "has", "have", "had", "will"}
_ATTEND = {"attend", "attended", "been", "be"}


def asks_presence(q: Question) -> bool:
    """A yes/no question of the visit/meeting answerers: one of their families ("did X visit Y"),
    or "be + names + in/at …" / "did + names + attend …" whose subject is only names written in
    the question (outside English its words cannot be read so: the family's absence decides nothing)."""
    if q.event_family is not None or q.lang != "en":
        return True
    toks = q.tokens
    if len(toks) < 3 or toks[0] not in _BE | _DO:
        return False
    there = _THERE if toks[0] in _BE else _ATTEND
    capitals = q.has_capitals()
    named = False
    for i in range(1, len(toks)):
        t = toks[i]
        if t in there:
            return named
        if t in _JOINS or t in _ADVERBS:
            continue
        if capitals and not q.raw_has_capital(i):
            return False  # "the head of …", "built", "one of …": a role or another act
        named = True
    return False
