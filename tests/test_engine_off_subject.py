"""A Vietnamese or Russian question that names nothing the store knows, and whose translated words are
mostly in no article ("самая высокая гора": highest mountain), is off the articles' subject and
declined, as an English one is; a question naming nothing whose words the articles write, or with one
translated word they write otherwise, is still answered. The reader's own judgement ("a good recipe")
is no word a sentence shares its topic with ("Goods carrying …"). On articles written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer import plan
from knowledge.names import fold
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

PERM = """---
title: Perm ballet troupe opens season in Huế
outlet: Test Wire
date: 2022-10-03
---
Perm ballet troupe opens season in Huế

HUẾ, October 2 – The Perm Opera and Ballet Theatre opened its autumn tour at the Huế Royal Theatre on Sunday.

The troupe's 40 dancers reached the theatre by bus from Đà Nẵng two days before the first performance.

Tickets for the three evening performances cost 300,000 dong each.

Thừa Thiên Huế Vice Chairwoman Lê Thị Hồng Vân presented flowers to the principal dancer Yulia Mashkina.

Mashkina said the audience in Huế was among the warmest in the world.

The troupe will stage Swan Lake, the best-known ballet of the Russian repertoire, on the last evening.
"""

FAIR = """---
title: Vietnamese goods draw buyers in Vladivostok
outlet: Test Wire
date: 2023-06-12
---
Vietnamese goods draw buyers in Vladivostok

VLADIVOSTOK, June 11 – Goods carrying food safety certificates drew particular attention from visitors to the Vietnamese pavilion at the Pacific Trade Fair on Sunday.

Trade counsellor Đỗ Văn Hải pointed to the rising number of Vietnamese exhibitors as a sign of growing two-way trade.

Some 60 Vietnamese companies showed coffee, fruit and seafood at the fair, up from 45 last year.
"""

engine = module_engine("off_subject", {"perm.txt": PERM, "fair.txt": FAIR})


@pytest.mark.parametrize("question", [
    "Какая самая высокая гора в мире?",
    "Какая самая длинная река в мире?",
    "Núi cao nhất thế giới là núi nào?",
    "Công thức nấu phở bò gồm những gì?",
    "Can you give me a good recipe for borscht?",
    "What is the best recipe for pho?",
])
def test_a_question_off_the_articles_subject_is_declined(engine, question):
    a = engine.ask(question)
    assert not a.answered and not a.citations, (question, a.text)


@pytest.mark.parametrize("question, words", [
    ("Сколько стоили билеты на вечерние спектакли?", "300,000 dong"),
    ("Giá vé các buổi biểu diễn buổi tối là bao nhiêu?", "300,000 dong"),
    ("Сколько танцоров приехали в театр?", "40 dancers"),
    ("How much did tickets for the evening performances cost?", "300,000 dong"),
    ("How many dancers came by coach to the theatre?", "40 dancers"),
])
def test_a_question_naming_nothing_on_the_articles_subject_is_answered(engine, question, words):
    a = engine.ask(question)
    assert a.answered and fold(words) in fold(quoted(a)), (question, a.text)


def test_only_words_the_lexicon_put_in_english_are_read():
    q = parse("Ai là tác giả Truyện Kiều?", "vi")
    read = [q.tokens[i] for i in range(len(q.tokens)) if plan.lexicon_translated(q, i)]
    assert "author" in read and "truyen" not in read and "kieu" not in read, read
    q = parse("На шасси какого грузовика смонтирована лаборатория?", "ru")
    assert not any(plan.lexicon_translated(q, i) for i, t in enumerate(q.tokens) if "шасси" in t), q.tokens


def test_the_readers_judgement_is_no_topic():
    from knowledge.answer.support import no_topic
    assert no_topic("good") and no_topic("best") and not no_topic("recipe") and not no_topic("ballet")
