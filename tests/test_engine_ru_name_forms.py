"""Russian questions whose forms the reader must not lose: a foreign name Russian writes with "Дж"
and a final "к" ("Онг Джок Мэн": Ong Jock Meng, so no word of it is an unknown one to decline for),
a name after the noun it owns ("адвоката Ивановой": Ivanova's lawyer, the lawyer's name asked), and
the neuter "каково" (what). Articles written for this test."""

from __future__ import annotations

from knowledge.answer.evidence import asked_evidence
from knowledge.match.name_forms import latin_spellings
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine

SHIPPING = """---
title: Singapore shipping chief meets Vladivostok port officials
outlet: Test Wire
date: 2021-03-04
---
Singapore shipping chief meets Vladivostok port officials

VLADIVOSTOK, March 3, 2021 — Singapore Shipping Association president Ong Jock Meng and Vladivostok port director Pavel Orlov held talks on container routes on Wednesday.
Ong Jock Meng said the new route to Hai Phong would open in the autumn.
"""

TRIAL = """---
title: Court in Da Nang jails Russian tourist guide
outlet: Test Wire
date: 2019-08-14
---
Court in Da Nang jails Russian tourist guide

DA NANG, August 14 — A court in Da Nang sentenced Russian tourist guide Irina Ivanova to three years in prison for fraud on Tuesday.
Her lawyer, Sergei Volkonsky, told reporters the defence would appeal.
"""

engine = module_engine("ru_name_forms", {"shipping.txt": SHIPPING, "trial.txt": TRIAL})


def test_a_final_k_may_be_an_english_ck():
    assert "jock" in latin_spellings("джок") and "patrick" in latin_spellings("патрик")
    assert latin_spellings("джок")[0] == "dzhok"  # the plain transliteration first


def test_a_western_name_with_dzh_is_the_articles_name(engine):
    a = engine.ask("Когда Павел Орлов провёл переговоры с Онг Джок Мэном?")
    assert a.answered, a.text
    assert "Ong Jock Meng" in a.text and "March 3" in a.text, a.text


def test_a_name_after_the_noun_owns_it_and_the_noun_is_asked():
    assert asked_evidence(parse("Как зовут адвоката Ивановой?").tokens) == ("name", "lawyer")
    assert asked_evidence(parse("Как зовут погибшую российскую туристку?").tokens)[1] != "ивановои"


def test_the_owners_lawyer_is_named(engine):
    a = engine.ask("Как зовут адвоката Ивановой?")
    assert a.answered, a.text
    assert "Volkonsky" in a.text, a.text


def test_neuter_kakovo_asks_what():
    assert parse("Каково водоизмещение судна?").tokens[0] == "what"
