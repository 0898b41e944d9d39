"""role_named.py: "which <title>" is answered by the close sentence naming whom the title was read as."""

from types import SimpleNamespace

from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import Candidate
from knowledge.answer.role_named import asked_slots, prefer


def _r(sid: int, text: str, score: float, slots: list[float]) -> Ranked:
    return Ranked(Candidate(sid, 1, sid, 0, text), score, slots, 0.5, False, False)


# slot 0: "Chilean deputy prime minister", read as Tomás Herrera; slot 1: the fair, asked by name
PLAN = SimpleNamespace(answer_type="person", hard=[False, True],
                       slot_words=["chilean deputy prime minister", "Expo Lima"])
LEAD = _r(1, "A Peruvian delegation attended the opening of Expo Lima on Monday.", 5.5, [0.35, 1.0])
NAMED = _r(2, "Opening the fair, Chilean Deputy Prime Minister Tomás Herrera praised it.", 4.0, [1.0, 0.35])
TOKENS = ["which", "chilean", "deputy", "prime", "minister", "opened", "expo", "lima"]


def test_the_title_asked_by_the_wh_phrase():
    assert asked_slots(PLAN, TOKENS) == [0]
    glossed = ["chilean", "deputy", "minister", "opened", "the", "fair", "who", "is"]  # "… là ai"
    assert asked_slots(PLAN, glossed) == [0]
    assert asked_slots(PLAN, ["who", "accompanied", "the", "deputy", "prime", "minister"]) == []  # another role
    assert asked_slots(SimpleNamespace(**{**vars(PLAN), "answer_type": "date"}), TOKENS) == []


def test_the_holder_s_sentence_put_first():
    lead, named = _r(1, LEAD.cand.text, 5.5, [0.35, 1.0]), _r(2, NAMED.cand.text, 4.0, [1.0, 0.35])
    out = prefer(PLAN, [lead, named], TOKENS)
    assert out[0] is named and named.score == lead.score


def test_kept_when_the_best_names_him_or_the_other_is_far_or_away():
    assert prefer(PLAN, [NAMED, LEAD], TOKENS)[0] is NAMED
    far = _r(3, NAMED.cand.text, 1.0, [1.0, 0.35])
    assert prefer(PLAN, [LEAD, far], TOKENS)[0] is LEAD  # too far behind
    away = _r(4, NAMED.cand.text, 5.0, [1.0, 0.0])
    assert prefer(PLAN, [LEAD, away], TOKENS)[0] is LEAD  # the fair asked is not in its article
