"""A "which <class noun>" question (an airline, a vaccine, a dish, a gift …) needs a quote naming an
instance of the class (knowledge/answer/class_instance.py). Sentences written for this test."""

from __future__ import annotations

import re

from knowledge.answer.class_instance import asked, shown
from knowledge.names import fold
from knowledge.question import detect_language, parse


def _cls(text: str) -> str | None:
    return asked(parse(text, detect_language(text)).tokens, text)


def _shows(question: str, sentence: str) -> bool:
    q = parse(question, detect_language(question))
    words = set(re.findall(r"[a-z0-9]+", fold(question))) | set(q.tokens)
    return shown(sentence, asked(q.tokens, question), words)


def test_the_class_is_read_from_the_wh_phrase():
    assert _cls("Which airline flew the Sakhalin governor to Da Nang?") == "airline"
    assert _cls("Which flu vaccine did the clinic order?") == "vaccine"
    assert _cls("What dishes did the cooks from Perm prepare?") == "dish"
    assert _cls("What was the theme of the Kazan photo show?") == "theme"
    assert _cls("What is the name of the sanatorium near Sochi?") == "sanatorium"


def test_a_noun_that_qualifies_or_belongs_to_another_asks_no_class():
    assert _cls("Which airline alliance did the carrier join?") is None
    assert _cls("Which cities' airlines fly to Hue?") is None
    assert _cls("Which organisation promotes the vaccine abroad?") is None  # a verb before the noun
    assert _cls("What is the contractor doing now?") is None
    assert _cls("What were the gifts to the school worth?") is None  # an amount asked
    assert _cls("What did the minister say about the vaccine?") is None


def test_an_instance_is_named_with_the_class_or_by_a_kind():
    assert _shows("Which airline flew the governor?", "The governor arrived on a Yakutia Airlines flight.")
    assert _shows("Which vaccine did the region buy?", "The region bought 5,000 doses of the Kovivak vaccine.")
    assert _shows("What dishes were served?", "Guests tasted pelmeni and Hue beef noodles.")
    assert _shows("What gifts did the mayor bring?", "The mayor handed the school a portrait of the poet.")
    assert _shows("Which journal published the study?", "The study was published in Herpetozoa last month.")
    assert _shows("Which aircraft carried the aid?", "An Il-76 of the emergencies ministry carried the aid.")
    assert _shows("What was the theme of the show?", "The show was dedicated to the river's fishermen.")
    assert _shows("Which warships visited Da Nang?", "Two Steregushchiy-class corvettes visited Da Nang.")


def test_another_name_in_the_quote_is_no_instance():
    assert not _shows("Which airline flew the governor to Hue?",
                      "The governor of the Amur region landed in Hue with officials of the Federal Assembly.")
    assert not _shows("Which vaccine did Orlov promise?", "Orlov promised that Moscow would help Laos fight the epidemic.")
    assert not _shows("What dishes were served at the Tula reunion?", "The Tula veterans met for the 30th time in May.")
    assert not _shows("What dishes were served?", "Vietnamese dishes were served to the guests.")  # no dish named
    assert not _shows("Which contractor is building the bridge?", "The bridge, invested by the city, will cost $20 million.")


def test_a_competition_is_named_by_its_own_name_or_before_its_kind():
    assert _shows("Which chess tournament did Petrova win?", "Petrova won the Narva Open in Tallinn.")
    assert _shows("Which tournament did the skier win?", "The skier took gold at the Ural Masters in March.")
    assert _shows("Which football tournament was discussed?", "Talks centred on the Volga Cup 2031 football matches.")
    assert not _shows("Which tournament did the skier win?", "The skier won a medal in Perm in March.")
    assert not _shows("Which football tournament was discussed?", "Laos and Cambodia will play football matches.")


def test_a_grant_is_named_by_its_giver():
    assert _shows("Which scholarship did the students get?", "The students received grants from the Ostrova Fund.")
    assert not _shows("Which scholarship did the students get?", "The students received grants last autumn.")


def test_a_gift_is_what_was_given_as_one():
    assert _shows("Which gift did the guests receive?", "Copies of her memoir were handed out as gifts to the guests.")
    assert _shows("What gift did the rector receive?", "The rector called the carved model a precious present.")
    assert not _shows("What gift did the rector receive?", "As at present, the rector receives visitors on Monday.")
    assert not _shows("What gift did the rector receive?", "The rector thanked the guests from Minsk warmly.")


def test_russian_and_vietnamese_wordings_ask_the_class():
    assert _cls("Какой турнир по шахматам выиграла Петрова?") == "tournament"  # the qualifier after the noun
    assert _cls("Какие турниры выиграла Петрова в Перми?") == "tournament"  # a plural class noun
    assert _cls("Hãng hàng không nào chở đoàn Tula đến Vinh?") == "airline"
    assert _cls("Đoàn Tula đã tặng quà gì cho trường Vinh?") == "gift"  # "<noun> gì" after a verb
    assert _cls("Which grants did the Ostrova Fund award?") == "scholarship"
    assert _cls("Which tournaments did the skier win?") == "tournament"


def test_a_class_noun_that_is_not_the_head_asks_no_class():
    assert _cls("Какой клуб выиграл чемпионат области по хоккею?") is None  # the club is asked
    assert _cls("Вблизи какого аэропорта упал самолёт?") is None  # the airport is asked
    assert _cls("Thị trưởng Vinh đã nói gì về vắc-xin?") is None  # what was said, no gift or vaccine
    assert _cls("Which bodies may grant a longer stay to visitors?") is None  # "grant" a verb
    assert _cls("Which Glinka piece did the choir sing in Huế?") == "music"  # an English question stays English


def test_grant_before_its_object_is_a_verb():
    assert _cls("Which ministry grants the travel permits to Finnish pupils?") is None  # the ministry is asked
    assert _cls("Which office grants a visa to the Chilean crew?") is None
    assert _cls("Which grant did the two Tartu students win?") == "scholarship"  # the noun still asks a class
