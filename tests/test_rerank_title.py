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


def test_the_qualifier_and_the_object_of_the_title_are_read_from_the_question():
    from knowledge.answer.title_asked import asked_holder
    assert asked_holder("which russian consul opened the exhibition in perm".split()) == ("consul", "Russia", ())
    assert asked_holder("who was vietnam ambassador at the concert".split()).nation == "Vietnam"
    assert asked_holder("which director made the silent harbour".split()).obj == ("silent", "harbour")
    assert asked_holder("who is the director of the tula arms museum in tula".split()).obj == ("tula", "arms", "museum")
    # an act of the holder that is no work of the title ties no object
    assert asked_holder("which russian minister visited hue".split()).obj == ()


def test_a_title_of_the_other_side_does_not_count():
    from knowledge.answer.title_asked import asked_holder
    russian = asked_holder("which russian minister opened the fair in hue".split())
    vietnamese = asked_holder("which vietnamese minister opened the fair in hue".split())
    text = "Deputy Minister Trần Văn Sơn opened the fair in Huế."
    assert not title_named(text, russian)  # a Vietnamese name: the other side
    assert title_named(text, vietnamese)
    written = "Russian Deputy Minister Igor Belov and guests opened the fair in Huế."
    assert title_named(written, russian) and not title_named(written, vietnamese)
    # the title written with the country served in or with its ministry between it and the name
    assert title_named("Vietnamese Ambassador to Russia Đặng Văn Hải opened the fair in Huế.", vietnamese.__class__(
        "ambassador", "Vietnam"))
    assert title_named("Minister of Culture and Sports Lê Văn Hà opened the fair in Huế.", vietnamese)
    assert not title_named("Minister of Culture and Sports Lê Văn Hà opened the fair in Huế.", russian)
    # no nationality asked: any side counts
    assert title_named(text, asked_holder("which minister opened the fair in hue".split()))


def test_a_title_tied_to_a_work_counts_only_with_that_work():
    from knowledge.answer.title_asked import asked_holder
    asked = asked_holder("which director made the silent harbour".split())
    assert not title_named("The festival also showed a comedy by director Ivan Lapin.", asked)
    assert title_named("The Silent Harbour, by director Olga Serova, closed the festival.", asked)
    museum = asked_holder("who is the director of the tula arms museum".split())
    assert title_named("Pavel Orlov, director of the Tula Arms Museum, met the guests.", museum)
    assert not title_named("Pavel Orlov, director of Tula State Library, met the guests.", museum)
    # the object referred back to ("the museum") still counts
    assert title_named("Pavel Orlov, director of the museum, met the guests.", museum)


def test_the_sentence_of_the_right_side_overtakes_the_other_sides_holder():
    other = _ranked(1, "Deputy Minister Trần Văn Sơn welcomed the guests to the fair in Huế.", 5.0, 0)
    holder = _ranked(2, "Deputy Minister Igor Belov spoke at the fair.", 4.6, 3)
    terms = ["russian", "minister", "fair", "hue"]
    tokens = "which russian minister spoke at the fair in hue".split()
    assert [r.cand.sentence_id for r in rerank.rerank([other, holder], terms, tokens, PLAN)][0] == 2


def test_a_country_asked_or_a_compound_title_ties_no_holder_or_object():
    from knowledge.answer.title_asked import asked_holder
    assert asked_holder("which other countries ministers did petrov meet".split()).noun == ""
    assert asked_holder("which head of government attended the concert".split()) == ("head", "", ())
    club = asked_holder("who is president of the lyon chess club".split())
    assert title_named("Opening the match, club president Henri Marchal thanked the players.", club)
    assert not title_named("Henri Marchal, president of the Union of Rowing Clubs, attended.", club)


def test_a_title_of_general_rank_reads_past_the_word_general():
    # "Consul General X", "Director General X": the name follows the whole title
    assert title_named("Consul General Ines Duarte opened the evening.", "consul")
    assert title_named("Director General Paulo Reis signed for the agency.", "director")
    assert not title_named("The Consulate General held a reception.", "consul")
