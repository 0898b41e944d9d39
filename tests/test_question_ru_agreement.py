"""A Russian noun whose "-ы"/"-и"/"-я" ending could be plural is read singular when the adjective
before it is singular ("из какой страны": from which country, one to find), and stays plural after a
plural or counting word; on questions written for this test."""

from __future__ import annotations

import pytest

from knowledge.question.language import tokenize
from knowledge.question.senses import singular_agreement


@pytest.mark.parametrize("question, wanted", [
    ("Из какой страны прилетел Борисов?", "from which country"),
    ("Какая компания построила мост в Хюэ?", "which company"),
    ("В какой провинции открылся завод?", "in which province"),
    ("Какие компании построили мост?", "which companies"),
    ("Сколько компаний построило мост?", "how many companies"),
])
def test_noun_number_follows_adjective(question, wanted):
    assert wanted in " ".join(tokenize(question, "ru")[0])


@pytest.mark.parametrize("prev, one", [("какои", True), ("какая", True), ("какого", True), ("какие", False),
                                       ("российских", False), ("его", False)])
def test_singular_agreement(prev, one):
    assert singular_agreement(prev) is one
