"""An ordinal asked in Russian counts a noun the article writes in English: a name left in Russian
letters ("XII Сосновском форуме") is matched by its Latin form, and a survey's or a ship's trips are
one noun whatever word the question's translation picks ("the third expedition" of an article's
"third survey"). An ordinal the article writes for another number still rules the sentence out.
Texts written for this test."""

from __future__ import annotations

from knowledge.answer.ordinal_checks import asked_ordinals, written
from knowledge.question import parse

FORUM = "the 12th sosnovsky innovation forum opened in riga on may 3, drawing delegates from 40 countries."
SURVEY = "the research vessel set off on the third joint sea survey of the gulf, which ran until august."


def _ok(question: str, text: str, lang: str | None = None) -> bool:
    return all(written(text, forms, nouns) for forms, nouns in asked_ordinals(parse(question, lang)))


def test_a_name_in_russian_letters_counts_as_the_article_writes_it():
    nouns = [n for _f, ns in asked_ordinals(parse("Сколько стран участвовало в XII Сосновском форуме?", "ru")) for n in ns]
    assert nouns and all(not any("а" <= ch <= "я" for ch in n) for n in nouns)
    assert _ok("Сколько стран участвовало в XII Сосновском форуме?", FORUM, "ru")
    assert not _ok("Сколько стран участвовало в XIII Сосновском форуме?", FORUM, "ru")


def test_the_trips_of_a_survey_are_one_noun():
    assert _ok("How many scientists took part in the third expedition?", SURVEY)
    assert _ok("What did the crew study on its third voyage?", SURVEY)
    assert not _ok("How many scientists took part in the fourth expedition?", SURVEY)


def test_a_sitting_is_still_no_trip():
    assert not _ok("Who chaired the third session?", SURVEY)
