"""Russian questions as a reader writes them: figures the Russian way ("1,5 млн", "280 тысяч",
"12 000"), seasons and "abroad" ("этим летом", "за границей"), the noun forms of "встреча"
(meeting, never the verb "met"), and a function word or month inside a run of capitalised
Cyrillic words read as a syllable of a name; on questions written for this test (other people,
places and figures than the bench sets)."""

from __future__ import annotations

import pytest

from knowledge.question import parse
from knowledge.question.language import tokenize
from knowledge.question.ru_figures import ru_figures


def _words(question: str) -> list[str]:
    return tokenize(question, "ru")[0]


@pytest.mark.parametrize("written, rewritten", [
    ("Сколько стоил мост за 2,5 млн долларов?", "Сколько стоил мост за 2.5 млн долларов?"),
    ("Какой порт принял 340 тысяч контейнеров?", "Какой порт принял 340000 контейнеров?"),
    ("Сколько человек из 12 тыс. участников приехали?", "Сколько человек из 12000 участников приехали?"),
    ("Кто купил 1 250 000 саженцев?", "Кто купил 1250000 саженцев?"),
    ("Кто продал 3,75 тысячи тонн риса?", "Кто продал 3750 тонн риса?"),
    # an English thousands separator, a date and two years stay as typed
    ("Кто принял 45,000 гостей?", "Кто принял 45,000 гостей?"),
    ("Что случилось 14 марта 2017 года в Туле?", "Что случилось 14 марта 2017 года в Туле?"),
    ("Как изменился экспорт с 2016 по 2019 год?", "Как изменился экспорт с 2016 по 2019 год?"),
])
def test_russian_figures_written_as_the_articles_write_them(written, rewritten):
    assert ru_figures(written) == rewritten


def test_parse_reads_the_rewritten_figure():
    q = parse("Какой порт принял 340 тысяч контейнеров в Туле?", "ru")
    assert "340000" in q.tokens and "340000" in q.raw


def test_english_question_figures_untouched():
    assert parse("Which port handled 2,5 thousand boxes?", "en").raw == "Which port handled 2,5 thousand boxes?"


@pytest.mark.parametrize("question, phrase", [
    ("Сколько жителей Тулы поедут за границу этим летом?", ["abroad", "this", "summer"]),
    ("Сколько фермеров работают за рубежом?", ["abroad"]),
    ("Когда открылся рынок в Твери весной 2016 года?", ["spring", "2016"]),
    ("Что построили в Туле этой осенью?", ["this", "autumn"]),
])
def test_seasons_and_abroad_read(question, phrase):
    words = _words(question)
    k = words.index(phrase[0])
    assert words[k : k + len(phrase)] == phrase


def test_meeting_noun_forms_read_meeting():
    assert "meeting" in _words("Кто организовал встречу губернатора с фермерами в Туле?")
    assert "meeting" in _words("Кто выступил на встрече с фермерами в Туле?")
    assert "meetings" in _words("Сколько раз министр говорил о встречах с фермерами?")
    assert "met" in _words("Когда министр встречался с фермерами?")


@pytest.mark.parametrize("question, syllable", [
    ("С кем встретился Май Кхань Линь в Туле?", "маи"),
    ("Кто принял делегацию на встрече с До Хыу Тханем в Твери?", "до"),
])
def test_function_word_inside_a_cyrillic_name_stays_a_syllable(question, syllable):
    words = _words(question)
    assert syllable in words and "may" not in words and "before" not in words


def test_month_and_until_outside_a_name_still_read():
    assert "may" in _words("Кто посетил Тулу в мае 2019 года?")
    assert "until" in _words("До какого числа работает выставка в Туле?")
