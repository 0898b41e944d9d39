""""Каков/какова/каково/каковы X" asks what X is (English "what is/are X"), not what someone did: a
participle or an "-ed" adjective later in the question ("переданной": handed, "Вооружённых": armed)
must not turn it into "what did …", the statement question that quotes a passage naming the thing
and answers it, where English declines an unstated price or height. Questions written for this test."""

from __future__ import annotations

import pytest

from knowledge.question.language import tokenize


@pytest.mark.parametrize("question, lead", [
    ("Какова цена катера, переданного пограничникам Камчатки?", ["what", "is"]),
    ("Какова длина моста, построенного в Калуге?", ["what", "is"]),
    ("Каков бюджет фестиваля, организованного в Перми?", ["what", "is"]),
    ("Каковы итоги переговоров, проведённых в Самаре?", ["what", "are"]),
])
def test_what_is_not_what_did(question, lead):
    toks = tokenize(question, "ru")[1]
    assert toks[:2] == lead
    assert "did" not in toks


def test_what_said_keeps_did():
    # a question about what someone said still reads "what did" (no "каков" lead)
    assert tokenize("Что сказал Кузнецов о мосте в Калуге?", "ru")[1][:2] == ["what", "did"]


@pytest.mark.parametrize("question, wanted", [
    ("Какая самая длинная река в Сибири?", "which longest river"),
    ("Какой самый высокий мост в Казани?", "which highest bridge"),
    ("Какой самый большой порт Европы?", "which largest"),
    ("Какой самый старый театр в Перми?", "which oldest theatre"),
])
def test_most_adjective_reads_superlative(question, wanted):
    # "самый X" is English "the Xest": "most high" is no word an article writes nor one the
    # gap check counts as unstated
    toks = tokenize(question, "ru")[1]
    assert "most" not in toks
    if wanted:
        assert " ".join(toks).startswith(wanted)


def test_europe_read_from_its_case_forms():
    assert "europe" in tokenize("Какой самый большой порт Европы?", "ru")[1]
    assert "europe" in tokenize("Где в Европе открыт центр?", "ru")[1]
    assert "european" in tokenize("Какие европейские страны прислали помощь?", "ru")[1]
