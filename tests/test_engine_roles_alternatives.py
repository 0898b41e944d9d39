"""A role that fits several people across the articles ("the party chief", "the Russian minister")
means one of them: every holder stays a candidate and the question's other words choose. Titles
set off by commas before a name are the person's, and a seat of government ("the Kremlin
leader") or a portfolio worded another way ("interior minister") still finds its holder; a
role nobody holds is still declined. On articles written for this test (other people, places
and dates than the seeds)."""

from __future__ import annotations

from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

OLD_CHIEF = """---
title: Party chief receives Russian deputy premier
outlet: Test Wire
date: 2004-05-11
---
Party chief receives Russian deputy premier

HÀ NỘI, May 11 – The General Secretary of the Communist Party of Việt Nam, Đỗ Văn Hùng, received visiting Russian Deputy Prime Minister Igor Sechkin in Hà Nội on Tuesday.

Hùng told the guest that Việt Nam valued Russian help in building power plants.

The party leader hoped Moscow would send more teachers to Vietnamese technical colleges.
"""

NEW_CHIEF = """---
title: Party General Secretary receives Russian ambassador
outlet: Test Wire
date: 2019-11-22
---
Party General Secretary receives Russian ambassador

HÀ NỘI — Party General Secretary Phạm Quốc Toàn received Russian Ambassador Oleg Vinogradov in Hà Nội on Friday.

Toàn said Việt Nam wanted more Russian tourists to visit Phú Quốc island.

Chairman of the National Assembly Lê Văn Thành told the ambassador that the NA would ratify the visa agreement in December.
"""

MINISTERS = """---
title: Russian ministers in Việt Nam
outlet: Test Wire
date: 2015-03-03
---
Russian ministers in Việt Nam

ĐÀ NẴNG — Russian Minister of Foreign Affairs Pavel Gorin opened a new consulate in Đà Nẵng on Monday.

Gorin said the consulate would issue visas to Vietnamese students within ten days.

In Cần Thơ, Russian Agriculture Minister Yuri Kostin visited a rice research institute on Tuesday.

Kostin said Russia would buy more Vietnamese shrimp next year.
"""

KREMLIN = """---
title: Russian president phones Vietnamese president
outlet: Test Wire
date: 2012-08-14
---
Russian president phones Vietnamese president

HÀ NỘI — Russian President Anatoly Gromov held a phone call with President Vũ Đình Khang on Monday.

Both leaders welcomed the opening of the Nghi Sơn refinery, and Khang accepted an invitation to talks in the Kremlin in October.

Khang said Việt Nam would double its exports of rice to Russia by 2014.

Gromov said Russia would double its purchases of Vietnamese coffee by 2014.
"""

POLICE = """---
title: Public security minister meets Russian counterpart
outlet: Test Wire
date: 2017-10-02
---
Public security minister meets Russian counterpart

HÀ NỘI — Minister of Public Security Lê Minh Đức held talks with Russian Minister of Internal Affairs Boris Zuev in Hà Nội on October 2.

Zuev proposed a joint centre to train investigators in fighting cyber crime.
"""

INSTITUTES = """---
title: Vietnamese students welcomed at Russian institutes
outlet: Test Wire
date: 2020-09-15
---
Vietnamese students welcomed at Russian institutes

KAZAN — Director of the Kazan Aviation Institute Ilya Panov welcomed 40 Vietnamese students on Monday.

In Tomsk, Polytechnic Academy Director Sergei Orlov signed an exchange agreement with Hà Nội University of Science and Technology on Tuesday.

Orlov said the academy would open a Vietnamese language centre in 2021.
"""

ENVOYS = """---
title: Envoys and a security chief in Hà Nội
outlet: Test Wire
date: 2018-04-10
---
Envoys and a security chief in Hà Nội

HÀ NỘI — Deputy Minister of Public Security Trần Quốc Bảo held talks in Hà Nội on April 9 with Mikhail Vorontsov, who as Secretary of Russia's Security Council led a delegation of twelve officials.

Vorontsov proposed a hotline between the two countries' crisis centres.

Admiral Pyotr Lazarev, Commander-in-Chief of the Russian Navy, arrived in Cam Ranh on the same day.

Lazarev said four Russian frigates would call at Cam Ranh in the summer.

Vietnamese Ambassador to Russia Nguyễn Hữu Phước said 300 Vietnamese students would start courses in Kazan in September.

Russian Ambassador to Vietnam Oleg Vinogradov said a Russian cultural centre would open in Huế in 2019.
"""

engine = module_engine("roles_alternatives", {"old.txt": OLD_CHIEF, "new.txt": NEW_CHIEF, "ministers.txt": MINISTERS,
                                              "kremlin.txt": KREMLIN, "police.txt": POLICE,
                                              "institutes.txt": INSTITUTES, "envoys.txt": ENVOYS})


def test_a_title_set_off_by_commas_before_the_name_is_the_persons(engine):
    """'The General Secretary of …, Đỗ Văn Hùng, received …': Hùng is a general secretary, so
    'the general secretary' reaches his article, not only the other one's."""
    a = engine.ask("What did the general secretary hope Moscow would send?")
    assert a.answered
    assert "more teachers" in quoted(a)


def test_the_vietnamese_leader_is_whichever_holder_the_question_fits(engine):
    """'the Vietnamese leader' fits the party chiefs best and the president less closely: the
    president stays a candidate, and what he said picks him."""
    a = engine.ask("What did the Vietnamese leader say would double by 2014?")
    assert a.answered
    assert "exports of rice" in quoted(a) and "coffee" not in quoted(a)
    b = engine.ask("What did the party chief want more Russian tourists to visit?")
    assert b.answered and "Phú Quốc" in quoted(b)


def test_a_role_fitting_two_ministers_keeps_both(engine):
    """'the Russian minister' fits the agriculture minister by its head noun and the foreign
    minister less closely: both stay candidates, and the consulate picks the foreign minister."""
    a = engine.ask("What did the Russian minister say the consulate would issue?")
    assert a.answered
    assert "visas to Vietnamese students" in quoted(a)
    b = engine.ask("What did the Russian minister say Russia would buy?")
    assert b.answered and "shrimp" in quoted(b)


def test_the_kremlin_leader_is_the_russian_president(engine):
    """The article never calls him 'the Kremlin leader' where he speaks: the seat of government
    stands for the state, so the Russian president fits."""
    a = engine.ask("What did the Kremlin leader say would double by 2014?")
    assert a.answered
    assert "Vietnamese coffee" in quoted(a) and "rice" not in quoted(a)


def test_an_interior_minister_is_the_minister_of_internal_affairs(engine):
    a = engine.ask("When did Lê Minh Đức meet the Russian interior minister?")
    assert a.answered
    assert "October 2" in quoted(a) or "2 October" in a.text


def test_a_role_nobody_holds_is_still_declined(engine):
    for q in ("What did the Russian transport minister say about the consulate?",
              "What did the Kremlin's health minister propose?"):
        a = engine.ask(q)
        assert not a.answered and not a.citations, q


def test_who_holds_a_role_several_hold_is_chosen_by_the_other_words(engine):
    """'Who is the director in Tomsk?': two directors, one profile: the one the place is about."""
    a = engine.ask("Who is the director in Tomsk?")
    assert a.answered
    assert "Sergei Orlov" in a.text and "Ilya Panov" not in a.text


def test_the_na_chairman_is_the_chairman_of_the_national_assembly(engine):
    """'NA' in a role is the chamber, not a body the question names beside the chairman."""
    a = engine.ask("What did the NA chairman tell the ambassador?")
    assert a.answered
    assert "ratify the visa agreement" in quoted(a)


def test_a_post_said_in_a_relative_clause_or_a_hyphenated_title_is_held(engine):
    """'X, who as Secretary of Russia's Security Council led …' and 'Admiral Y, Commander-in-Chief
    of the Russian Navy,': their posts answer 'the Russian security chief', 'the Russian Navy chief'."""
    a = engine.ask("What did the Russian security chief propose?")
    assert a.answered and "hotline" in quoted(a)
    b = engine.ask("What did the Russian Navy chief say would call at Cam Ranh?")
    assert b.answered and "four Russian frigates" in quoted(b)


def test_the_ambassador_to_a_country_is_the_one_posted_there(engine):
    """'Vietnamese Ambassador to Russia' serves in Russia; he is no Russian ambassador, and the
    Russian ambassador to Vietnam is not 'the ambassador to Russia'."""
    def holders(question: str) -> set[str]:
        return {engine.index.name(a) for m in engine.index.find(parse(question)).mentions if m.how == "role"
                for a in m.actor_ids}
    assert holders("What did the ambassador to Russia say about students?") == {"Nguyễn Hữu Phước"}
    assert "Nguyễn Hữu Phước" not in holders("What did the Russian ambassador say about students?")
    assert "Oleg Vinogradov" in holders("What did the Russian ambassador say about students?")


def test_who_held_a_role_at_a_date_is_the_holder_of_that_time(engine):
    """Two general secretaries; 'in May 2004' asks of the one the article of that month names."""
    a = engine.ask("Who was the general secretary in May 2004?")
    assert a.answered
    assert "Đỗ Văn Hùng" in a.text and "Phạm Quốc Toàn" not in a.text
