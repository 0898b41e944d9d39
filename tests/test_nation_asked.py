"""Which country's person a question asks, and which country a person offered may be of
(knowledge/answer/nation_asked.py): "Which Russian professor chaired …" is not answered by a Vietnamese
dean, "Who commanded the Indonesian corvette …" not by the Russian captain who greeted it. Sentences
and articles written for this test."""

from __future__ import annotations

from knowledge.answer.nation_asked import names_of, person_nation_asked, person_nations, written_nation
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine


def _asked(question: str):
    return person_nation_asked(parse(question).tokens)


def test_the_nation_the_wh_phrase_asks():
    assert _asked("Which Russian professor chaired the seminar on maritime law?") == ("Russia", True)
    assert _asked("Which senior Vietnamese deputy minister opened the fair?") == ("Vietnam", True)
    assert _asked("Who is the Indonesian consul in Vladivostok?") == ("Indonesia", True)
    assert _asked("Who commanded the Indonesian corvette at the parade?") == ("Indonesia", True)
    assert _asked("Who spoke on behalf of the Russian Geographical Society?") == ("Russia", False)
    assert _asked("Who signed for the Vietnamese side?") == ("Vietnam", False)
    assert _asked("Who represented the Russian ministry at the forum?") == ("Russia", False)


def test_no_nation_of_the_person_asked():
    assert _asked("Who met the Russian delegation in Huế?") is None  # the other side's host
    assert _asked("Who organised a dinner for the Vietnamese guests?") is None
    assert _asked("Which Russian ministries sent officials to the fair?") is None  # a body, not a person
    assert _asked("Which Vietnamese workers did the mayor say were welcome?") is None  # a kind of people
    assert _asked("Who directs the Russian-Vietnamese Tropical Centre?") is None  # both countries' body
    assert _asked("Which Russian ship carried the scientists?") is None


def test_a_persons_nations():
    assert person_nations({"Vietnam"}, "Lê Thị Hoa", "") == {"Vietnam"}
    assert "Russia" in person_nations(set(), "Boris Kuznetsov", "")
    assert "Ukraine" in person_nations(set(), "Boris Kuznetsov", "")  # a Russian name form is not Russia's alone
    assert person_nations({"Russia"}, "Nguyễn Văn Bình", "") == {"Russia", "Vietnam"}  # a misread title: both
    assert person_nations(set(), "Rafael Santos", "Filipino Captain Rafael Santos greeted them.") == {"Philippines"}
    assert person_nations(set(), "Rafael Santos", "Rafael Santos greeted them.") == set()
    assert person_nations(set(), "Boris Kuznetsov", "", by_form=False) == set()
    assert written_nation("Ambassador to Vietnam Rafael Santos spoke.", "Rafael Santos") is None  # served there


def test_a_name_of_the_nation_written():
    assert names_of(["It was signed by Đỗ Minh Khang and Ivan Orlov."], "Vietnam", set())
    assert names_of(["It was signed by Đỗ Minh Khang and Ivan Orlov."], "Russia", set())
    assert not names_of(["It was signed by Đỗ Minh Khang."], "Vietnam", {"do", "minh", "khang"})  # the question's
    assert not names_of(["Vietnamese Ambassador to Russia spoke."], "Vietnam", set())


SEMINAR = """---
title: Hà Nội and Kazan lawyers meet on maritime law
outlet: Test Wire
date: 2018-11-06
---
Hà Nội and Kazan lawyers meet on maritime law

KAZAN, Nov 5 – Lawyers from Vietnam and Russia met at Kazan Federal University for a seminar on the law of the sea.

Đỗ Minh Khang, dean of the law faculty at the Hà Nội University of Law, chaired the seminar on Monday.

The participants compared how the two countries settle disputes over fishing grounds.
"""

PARADE = """---
title: Corvette Hải Phòng joins Vladivostok parade
outlet: Test Wire
date: 2016-07-31
---
Corvette Hải Phòng joins Vladivostok parade

VLADIVOSTOK, July 31 – The Vietnamese corvette Hải Phòng took part in the naval parade in Vladivostok on Sunday.

Captain Second Rank Boris Kuznetsov, commander of the fleet's 12th brigade, greeted the crew on the pier.

Beside it stood 20 Russian warships and the Indonesian corvette Sultan Hasanuddin.
"""

engine = module_engine("nation_asked", {"seminar.txt": SEMINAR, "parade.txt": PARADE})


def test_a_person_of_another_nation_does_not_answer(engine):
    declined = engine.ask("Which Russian professor chaired the Kazan seminar on the law of the sea?")
    assert not declined.answered, declined.text
    declined = engine.ask("Who commanded the Indonesian corvette Sultan Hasanuddin at the Vladivostok parade?")
    assert not declined.answered, declined.text
    a = engine.ask("Who greeted the crew of the corvette Hải Phòng in Vladivostok?")  # no nation asked
    assert a.answered and "Kuznetsov" in a.text, a.text

