"""A "which ambassador / who was X's director" question asks for a person by a title: the
re-ranking counts a sentence writing that title beside a name (title_asked), so the article's
lead that names the event and its words, but not the holder, no longer wins."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answer import rerank
from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import Candidate
from knowledge.answer.title_asked import asked_title, title_named

PLAN = SimpleNamespace(answer_type="person", city=False, speaker_asked=False, hard=[], slots=[])


def _ranked(sid: int, text: str, score: float, position: int) -> Ranked:
    cand = Candidate(sentence_id=sid, source_id=1, position=position, paragraph=0, text=text, bm25=0.5, ties={})
    return Ranked(cand, score, [], 0.5, True, False)


def test_the_title_heading_the_wh_phrase_is_the_one_asked():
    assert asked_title("which polish ambassador attended the fair in lyon".split()) == "ambassador"
    assert asked_title("who was chile 's ambassador at the opening".split()) == "ambassador"
    assert asked_title("who is the director of the lyon textile museum".split()) == "director"
    assert asked_title("who is the museum s new curator".split()) == ""  # no title noun of the list
    # the title of someone the question names, not of the person asked
    assert asked_title("whom did the ambassador thank at the fair".split()) == ""
    assert asked_title("what did the mayor of lyon say".split()) == ""


def test_a_title_counts_only_beside_a_name():
    assert title_named("Polish Ambassador Marek Zielinski cut the ribbon.", "ambassador")
    assert title_named("Anna Kowal, director of the museum, led the tour.", "director")
    assert title_named("The orchestra played under its director Pavel Novak.", "director")
    assert not title_named("The ambassador praised the organisers.", "ambassador")
    assert not title_named("Ambassadors from nine countries attended.", "ambassador")
    assert not title_named("Polish Ambassador Marek Zielinski cut the ribbon.", "")


def test_the_sentence_naming_the_titled_holder_overtakes_the_lead():
    """The lead repeats the question's event words; the later sentence names the ambassador."""
    lead = _ranked(1, "A textile fair opened in Lyon on Friday with exhibitors from Poland and Chile.", 5.5, 0)
    holder = _ranked(2, "Polish Ambassador Marek Zielinski said the fair would become a yearly event.", 4.2, 3)
    plain = _ranked(2, "The Polish ambassador said the fair would become a yearly event.", 4.2, 3)
    terms = ["polish", "ambassador", "fair", "lyon"]
    tokens = "which polish ambassador attended the fair in lyon".split()
    assert [r.cand.sentence_id for r in rerank.rerank([lead, holder], terms, tokens, PLAN)] == [2, 1]
    assert [r.cand.sentence_id for r in rerank.rerank([lead, plain], terms, tokens, PLAN)] == [1, 2]
