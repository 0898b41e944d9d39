"""doer_named.py: "who <act>" is answered by the close sentence that names the act's doer."""

from knowledge.answer.doer_named import asked_act, names_doer, prefer
from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import Candidate


def _r(sid: int, pos: int, text: str, score: float, source: int = 1) -> Ranked:
    return Ranked(Candidate(sid, source, pos, 0, text), score, [1.0], 0.5, False, False)


LEAD = _r(1, 0, "Governor Ana Ruiz received a Chilean trade delegation in Valparaíso on Friday.", 7.0)
OTHER = _r(2, 2, "The delegation was in the city to study its port.", 4.5)
LED = _r(3, 4, "The visitors came from the Chilean export agency and were led by Tomás Herrera, its deputy head.", 3.0)
CONDUCTED = _r(4, 3, "About 80 musicians played under conductor Ingrid Solberg, a laureate of the state prize.", 3.5)


def test_asked_act_needs_a_who():
    assert asked_act(["who", "led", "the", "delegation"]) == "led"
    assert asked_act(["delegation", "by", "who", "led"]) == "led"  # "đoàn do ai dẫn đầu", as glossed
    assert asked_act(["when", "was", "the", "delegation", "led"]) is None
    assert asked_act(["who", "visited", "the", "port"]) is None  # no role act


def test_doer_written_by_passive_title_or_name():
    assert names_doer(LED.cand.text, "led", set())
    assert names_doer(CONDUCTED.cand.text, "conducted", set())
    assert names_doer("Curator Mette Lind said the paintings came from Bergen.", "curated", set())
    assert names_doer("Jonas Berg, who heads the port authority, welcomed them.", "headed", set())
    assert not names_doer(OTHER.cand.text, "led", set())
    assert not names_doer("He led the talks for the city.", "led", {"who", "led"})  # a pronoun is no name


def test_the_question_s_own_name_is_no_doer():
    asked = {"who", "received", "the", "delegation", "led", "by", "ana", "ruiz"}
    assert not names_doer("The delegation was led by Ana Ruiz.", "led", asked)


def test_doer_sentence_put_first():
    led = _r(3, 4, LED.cand.text, 3.0)
    out = prefer([LEAD, OTHER, led], ["who", "led", "the", "chilean", "delegation"])
    assert out[0] is led and out[1] is LEAD and led.score == LEAD.score  # first, it weighs as the first


def test_co_chaired_and_another_s_work():
    assert names_doer("Ana Ruiz and Jonas Berg co-chaired the forum.", "chaired", set())
    assert not names_doer('Director Ana Ruiz\'s "Blue Harbour" won a prize.', "directed", set())


def test_best_naming_the_doer_or_no_act_asked_kept():
    assert prefer([CONDUCTED, LEAD], ["who", "conducted", "the", "orchestra"])[0] is CONDUCTED
    assert prefer([LEAD, OTHER, LED], ["who", "received", "the", "delegation"])[0] is LEAD


def test_too_far_behind_kept_out():
    far = _r(5, 6, LED.cand.text, 1.0)
    assert prefer([LEAD, OTHER, far], ["who", "led", "the", "delegation"])[0] is LEAD


def test_doer_written_as_the_title_it_holds():
    assert names_doer("Harbour Bank was the sole sponsor of the festival.", "paid", set())
    assert names_doer("The organiser was the Lyon Chamber of Commerce.", "organised", set())
    assert names_doer("The guests were welcomed by Dr Ingrid Solberg, who directs the institute.", "welcomed", set())
    assert not names_doer("The festival was a great success.", "paid", set())


def test_title_holder_asked_by_who():
    lead = _r(1, 0, "The Chilean Consulate General in Lyon held a reception on Friday.", 6.0)
    holder = _r(2, 3, "Consul General Tomás Herrera spoke of the two countries' ties.", 2.5)
    tokens = ["who", "was", "chile", "consul", "general", "in", "lyon"]
    assert prefer([lead, holder], tokens)[0] is holder
    # "which <title>": the lead's holder is as often the one asked, so the ranking stands
    assert prefer([lead, holder], ["which", "chilean", "consul", "spoke", "in", "lyon"])[0] is lead


def test_said_answers_from_the_doer_s_sentence():
    from types import SimpleNamespace

    from knowledge.answer.doer_named import said
    plan = SimpleNamespace(holder=None, hard=[True])
    tokens = ["who", "conducted", "the", "orchestra", "at", "the", "gala"]
    assert said(plan, CONDUCTED, tokens)  # "under conductor Ingrid Solberg": it answers outright
    assert not said(plan, LEAD, tokens)  # the lead names no conductor
    assert not said(plan, CONDUCTED, ["who", "visited", "the", "port"])  # no role act asked
    away = Ranked(CONDUCTED.cand, 3.5, [0.0], 0.5, False, False)  # the entity asked is not in its article
    assert not said(plan, away, tokens)
    assert not said(plan, None, tokens)
    assert not said(plan, CONDUCTED, ["who", "was", "appointed", "to", "conducted", "the", "orchestra"])  # not the act
