"""More of the forms news writes a date, a time, a span or a count in, and more of the words a
writer, a speech or a predecessor is written with: a sentence written so carries the kind of answer
asked (answer_types.ANSWER_RX, asked_detail.py). Sentences written for this test."""

from __future__ import annotations

from knowledge.answer.answer_types import ANSWER_RX, has_figure
from knowledge.answer.asked_detail import unwritten
from knowledge.answer.intent import answer_type
from knowledge.question import parse


def _date(text: str) -> bool:
    return ANSWER_RX["date"].search(text) is not None


def _span(text: str) -> bool:
    return ANSWER_RX["duration"].search(text) is not None


def test_a_date_told_from_another_or_by_its_decade_or_season():
    assert _date("The first container of lacquerware will leave Da Lat the following week, the firm said.")
    assert _date("The choir had toured Siberia the previous month.")
    assert _date("The mill stopped buying Soviet looms in the mid-1980s.")
    assert _date("The governor invited the troupe to Tula in the spring.")
    assert _date("The monastery was founded in 1743 by a merchant.")
    assert _date("Chekhov (1860-1904) wrote the play in Melikhovo.")
    assert _date("The parade had been held in Kazan the day before.")
    # no date: a decimal, a count of people, a verb
    assert not _date("Shares rose 12.45 percent on the news.")
    assert not _date("About 1750 volunteers signed up.")
    assert not _date("New cafes spring up along the river.")


def test_a_time_of_day():
    assert _date("The ferry left Cat Ba at 6:15 with 80 passengers.")
    assert _date("A 9pm concert closed the festival.")
    assert _date("The train pulled in at 11.40pm local time.")
    assert _date("The fire broke out at about 4 a.m. on the third floor.")
    assert _date("The talks ran from late afternoon into the night.")
    assert _date("The statue was unveiled at noon.")


def test_a_span_without_the_usual_figure():
    assert _span("The two institutes have worked together for more than half a century.")
    assert _span("The deal closed after roughly a year of talks.")
    assert _span("The atlas runs to 420 pages.")
    assert not _span("The 2021 congress elected a new board.")
    assert not _span("They reviewed the 2019-2020 cross year.")  # a year range names a period, not how long


def test_a_time_frame_asks_a_span_and_a_verb_before_the_noun_asks_no_measure():
    assert answer_type(parse("Within what time frame will the bridge at Cao Lanh be finished?"))[0] == "duration"
    assert answer_type(parse("Over what time span does Tula plan to rebuild its tram network?"))[0] == "duration"
    assert answer_type(parse("Which crafts should the Hue workshop value most?"))[0] != "number"
    assert answer_type(parse("What is the value of the Hue workshop contract?"))[0] == "number"


def test_a_growth_told_as_a_multiple_is_a_figure():
    assert has_figure("Exports of cashew nuts to Kazan have tripled since the route opened.")
    assert has_figure("Bookings saw a fivefold rise.")


def _no(question: str, sentence: str) -> bool:
    return unwritten(question, question.lower().rstrip("?").split(), sentence, [""])


def test_a_writer_a_speech_or_a_predecessor_in_more_words():
    q = "Who wrote the novel The Winter Orchard?"
    assert not _no(q, "Irina Volkova was the first writer to set a story in the orchard.")
    assert not _no(q, "A Vietnamese edition of Irina Volkova's novel The Winter Orchard came out in May.")
    assert not _no("Who wrote the essay on river trade?", "Dao Van Sy praised the ports in an essay on river trade.")
    assert _no(q, "The Winter Orchard was shown at the Hue book fair.")
    assert not _no("Who composed the anthem of the games?", "Pham Quang Lien wrote the anthem in 2019.")
    assert not _no("What did the tour operators tell travellers?", "The tour operators advised travellers to carry cash.")
    assert _no("What did the tour operators tell travellers?", "The tour operators met in Sochi on Monday.")
    assert not _no("Which firms built the dam before Hydrostroy?", "The dam was finished following Energomash and Sibstal.")
    # "who pays the salaries" asks the payer, not a sum
    assert not _no("Who pays the salaries of the interns?", "The Hue hospital pays the interns' salaries and board.")
    assert _no("How much are the interns' salaries?", "The Hue hospital pays the interns' salaries and board.")
