"""yesno_subject.py: a yes/no question about a named person also quotes the close sentence naming them."""

from types import SimpleNamespace

from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import Candidate
from knowledge.answer.yesno_subject import subject_sentence, with_subject
from knowledge.facts import Answer, Citation
from knowledge.reply import compose

ANA, ROME = 7, 9
KINDS = {ANA: "person", ROME: "place"}


def _r(sid: int, text: str, score: float, slots: list[float], source: int = 1) -> Ranked:
    return Ranked(Candidate(sid, source, sid, 0, text), score, slots, 0.5, False, False)


LEAD = _r(1, "The embassy in Rome held a charity concert on Friday for families hit by the floods.", 5.0, [0.6, 1.0])
NAMED = _r(2, "Ambassador Ana Ruiz attended together with embassy staff and local musicians.", 2.0, [1.0, 0.6])
OTHER = _r(3, "Tickets were sold out two days before the concert.", 3.0, [0.6, 0.6])


def _plan(yesno: bool = True, slots=({ANA}, {ROME})):
    return SimpleNamespace(yesno=yesno, slots=list(slots))


def _cite(source_id: int, sentence_id: int, text: str) -> Citation:
    return Citation(f"a{source_id}.txt", None, None, None, text, sentence_id)


def _answer(*ranked: Ranked) -> Answer:
    cites = [_cite(r.cand.source_id, r.cand.sentence_id, r.cand.text) for r in ranked]
    return Answer(answered=True, text=compose("From a1.txt:", cites), headline="From a1.txt:", citations=cites)


def test_sentence_naming_the_person_found():
    assert subject_sentence([LEAD, OTHER, NAMED], _plan(), KINDS) is NAMED


def test_none_when_not_yesno_or_best_names_them_or_no_person_asked():
    assert subject_sentence([LEAD, OTHER, NAMED], _plan(yesno=False), KINDS) is None
    assert subject_sentence([NAMED, LEAD], _plan(), KINDS) is None
    assert subject_sentence([LEAD, OTHER, NAMED], _plan(slots=({ROME},)), KINDS) is None


def test_other_article_or_too_far_behind_kept_out():
    elsewhere = _r(4, NAMED.cand.text, 4.0, [1.0, 0.6], source=2)
    far = _r(5, NAMED.cand.text, 0.5, [1.0, 0.6])
    assert subject_sentence([LEAD, elsewhere, far], _plan(), KINDS) is None


def test_answer_quotes_it_after_its_own():
    out = with_subject(_answer(LEAD), [LEAD, OTHER, NAMED], _plan(), KINDS, _cite)
    assert [c.sentence_id for c in out.citations] == [1, 2]
    assert out.text.index("charity concert") < out.text.index("Ana Ruiz attended")
    assert out.headline == "From a1.txt:" and out.answered


def test_decline_and_quoted_already_left_alone():
    declined = Answer(answered=False, text="My sources don't cover that.", headline="My sources don't cover that.")
    assert with_subject(declined, [LEAD, NAMED], _plan(), KINDS, _cite) is declined
    both = _answer(LEAD, NAMED)
    assert with_subject(both, [LEAD, OTHER, NAMED], _plan(), KINDS, _cite) is both
