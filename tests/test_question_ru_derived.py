"""Russian adjectives made from a vocabulary noun with a suffix ("правительственный",
"финансового"), compounds of two vocabulary words ("восточноазиатский"), and the report vocabulary
(vocab_ru_reports: accidents, fines, audits, broadcasting, Russian acronyms) and the senses of
"представлен" (displayed, represented, presented), on questions written for this test
(other people, places and dates than the bench sets)."""

from __future__ import annotations

import pytest

from knowledge.question.language import tokenize


def _words(question: str) -> list[str]:
    return tokenize(question, "ru")[0]


@pytest.mark.parametrize("question, expected", [
    # a body's name capitalises only its first word, an adjective of a noun the vocabulary holds
    ("Кто возглавил Правительственную комиссию по торговле в Минске?", "government"),
    ("Кто из руководства Финансового колледжа выступил в Туле?", "finance"),
    ("Когда открылось правительственное здание в Твери?", "government"),
    # a compound of two vocabulary words joined by "-о-"
    ("Где прошёл Восточноазиатский форум в 2019 году?", "asian"),
    # "представлен": on display at a show, represented at a gathering, presented otherwise (a paper, a book)
    ("Сколько картин было представлено на выставке в Туле?", "displayed"),
    ("Сколько стран было представлено на форуме в Туле?", "represented"),
    ("Какие вузы были представлены на встрече в Твери?", "represented"),
    ("Сколько докладов было представлено на семинаре в Туле?", "presented"),
    ("Какая книга была представлена в Твери в мае?", "presented"),
])
def test_derived_adjective_and_sense_read(question, expected):
    assert expected in _words(question)


def test_surname_in_ov_stays_a_name():
    """A surname in "-ов" with a surname's ending is no adjective of a noun stem ("Финансовым")."""
    words = _words("Когда министр встретился с Финансовым в Туле?")
    assert "finance" not in words


@pytest.mark.parametrize("question, expected", [
    ("В каком году родился утонувший в Фантхьете турист?", ["born", "drowned"]),
    ("Какой штраф получила компания из Тулы?", ["fine"]),
    ("Сколько лет лишения свободы получил обвиняемый?", ["prison"]),
    ("С кем Счётная палата подписала соглашение в Туле?", ["accounts", "chamber"]),
    ("Какая радиостанция транслировала концерт из Твери?", ["radio", "station", "broadcast"]),
    ("Сколько судов построила верфь в Туле?", ["shipyard"]),
    # a pupil is no "учения" (exercises) it starts like
    ("Сколько учеников из Тулы приехали в Кантхо?", ["pupils"]),
    ("Какой срок получил обвиняемый по делу о контрабанде?", ["case"]),
    ("Как зовут мужчину, который услышал крики на пляже?", ["heard", "shouts"]),
    ("Со сколькими городами у Гильдии есть соглашения?", ["guild"]),
    ("Сколько граммов золота извлекли из подкладок чемодана?", ["grams", "extracted", "linings"]),
    ("Сколько туристов проголосовало в Туле?", ["voted"]),
    # Russian acronyms of bodies the articles write in English
    ("Кто встретился с делегацией МОБ Лаоса в Туле?", ["ministry", "public", "security"]),
    ("Когда прошло заседание СМОА в Джакарте?", ["admm"]),
])
def test_report_vocabulary(question, expected):
    words = _words(question)
    assert all(e in words for e in expected), words
    assert "есть" not in words and "exercises" not in words  # "у X есть": X has; a pupil is no exercise
