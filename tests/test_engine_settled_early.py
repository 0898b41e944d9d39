"""Replies settled before the ranked search, and when they must not be: a fact line that lacks what
is asked or is about a namesake, a name-like word that is a place or a thing the articles write, a
count of people read as a count of a verb, a pledge read as an agreement, a signing written as
"putting their signatures to". Articles written for this test (other people, places and dates than
the evaluation sets)."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

CONSULS = """---
title: Russian consul meets Cần Thơ leaders
outlet: Test Wire
date: 2023-04-18
---
Russian consul meets Cần Thơ leaders

CẦN THƠ — Russian Deputy Trade Minister Oleg Sorokin held talks with Cần Thơ Vice Chairman Nguyễn Văn Hòa on Monday.

The two officials discussed rice and seafood exports to the Russian Far East.
"""

NAMESAKE = """---
title: Hòa meets Russian ambassador in Hà Nội
outlet: Test Wire
date: 2021-09-02
---
Hòa meets Russian ambassador in Hà Nội

HÀ NỘI — Deputy Prime Minister Lê Minh Hòa met Russian Ambassador Pavel Lebedinsky in Hà Nội on Thursday.

Hòa thanked Russia for its help during the floods in central Việt Nam.
"""

RENEWAL = """---
title: Ambassador marks National Day in Kazan
outlet: Test Wire
date: 2019-09-04
---
Ambassador marks National Day in Kazan

KAZAN — Vietnamese Ambassador Ngô Đức Mạnh hosted a reception in Kazan on Tuesday for Việt Nam's National Day.

In his speech, Mạnh recalled the country's achievements during more than 33 years of Đổi Mới (Renewal).

Some 41,000 Russians visited Vietnam in 2011, putting Russia among its ten largest source markets.

The frigate Admiral Kuznetsov had escorted 14 merchant convoys in the Gulf of Guinea, the Russian side noted.
"""

GOVERNOR = """---
title: Tver governor in Thái Bình
outlet: Test Wire
date: 2022-10-12
---
Tver governor in Thái Bình

THÁI BÌNH — Tver Governor Igor Rudenya met Thái Bình Party Secretary Ngô Đông Hải in Thái Bình on Tuesday.

Rudenya and Hải agreed to open a direct trade office between the two provinces in 2023.

Rudenya pledged to send 60 agronomists to Thái Bình's rice cooperatives.

The day before, Rudenya had laid flowers at the Martyrs' Memorial and sent greetings to veterans on the anniversary of the 1975 victory.
"""

POLICE = """---
title: Police ministers meet in Minsk
outlet: Test Wire
date: 2018-05-22
---
Police ministers meet in Minsk

MINSK — Vietnamese Deputy Public Security Minister Lê Quý Vương held talks with Belarusian Interior Minister Igor Shunevich in Minsk on Monday.

Vương thanked Belarus for training Vietnamese police officers.

The general stressed that the two forces always remember the years of joint training in the 1980s.

The talks ended with the two generals putting their signatures to a protocol on fighting cross-border fraud.

For his part, the Belarusian minister said his ministry stood ready to train Vietnamese detectives.
"""

engine = module_engine("settled_early", {"consuls.txt": CONSULS, "namesake.txt": NAMESAKE, "renewal.txt": RENEWAL,
                                         "governor.txt": GOVERNOR, "police.txt": POLICE})


def test_a_namesake_s_meeting_does_not_settle_who_met_the_one_asked(engine):
    """Two people are called Hòa; the question's 'held talks' is the other one's meeting."""
    a = engine.ask("Which Russian official held talks with Hòa?")
    assert a.answered, a.text
    assert "Oleg Sorokin" in a.text and "held talks with" in quoted(a), a.text


def test_a_thing_the_articles_write_in_capitals_is_no_unknown_person(engine):
    """'Doi Moi' is 'Đổi Mới' in the article (written with đ), not a stranger."""
    a = engine.ask("For how many years has Doi Moi been going?")
    assert a.answered, a.text
    assert "33 years" in a.text


def test_a_capitalised_word_after_a_word_for_a_place_is_no_person(engine):
    a = engine.ask("Tàu Nga đã hộ tống bao nhiêu đoàn tàu buôn ở vịnh Guinea?")
    assert "name no one called" not in a.text, a.text


def test_how_many_people_came_counts_the_people_not_the_verb(engine):
    a = engine.ask("How many Russians came to Vietnam in 2011?")
    assert a.answered, a.text
    assert "41,000" in a.text


def test_what_someone_pledged_is_not_settled_by_an_agreement(engine):
    a = engine.ask("What did Rudenya pledge?")
    assert a.answered, a.text
    assert "60 agronomists" in a.text
    b = engine.ask("What did Rudenya and Ngô Đông Hải agree?")
    assert b.answered and "trade office" in b.text, b.text


def test_a_signing_written_as_signatures_is_found(engine):
    a = engine.ask("What did Lê Quý Vương and Igor Shunevich sign?")
    assert a.answered, a.text
    assert "protocol on fighting cross-border fraud" in quoted(a)
    b = engine.ask("What did Lê Quý Vương and Igor Rudenya sign?")
    assert not b.answered and not b.citations, b.text


def test_a_speaker_after_a_turn_taking_phrase_or_by_rank_is_the_one_asked(engine):
    a = engine.ask("What did Shunevich say about his ministry's readiness?")
    assert a.answered, a.text
    assert "stood ready to train" in quoted(a)
    b = engine.ask("What did Vương say the two forces always keep in mind?")
    assert b.answered, b.text
    assert "joint training in the 1980s" in quoted(b)


def test_the_first_word_of_an_occasion_s_name_is_no_unknown_person(engine):
    """'Victory Day' is an occasion; the article writes 'victory' in lower case, and no actor is called
    Victory. Rudenya and Sorokin never meet in one article, so it is declined, but not as a stranger."""
    a = engine.ask("When did Rudenya and Sorokin send their Victory Day greetings?")
    assert not a.answered and "name no one called" not in a.text, a.text
    b = engine.ask("Where did Rudenya lay flowers to mark their Victory Day?")
    assert b.answered and "Martyrs' Memorial" in quoted(b), b.text
    c = engine.ask("When did Rudenya send his Bogdanov greetings?")  # a real stranger still is one
    assert not c.answered and "name no one called" in c.text, c.text


def test_a_profile_with_a_meeting_is_no_settled_answer_to_who_was_there():
    """'Who was Laos's ambassador at the get-together': the role read as the holder gives a summary
    of who he is, with his one meeting; settled, the summary would be declined as no answer, so the
    search must take it (the sentence naming him there answers it)."""
    from types import SimpleNamespace

    from knowledge.answer import early
    from knowledge.facts import Answer

    head = "Khamphao Ernthavanh (Ambassador): in 1 of my articles, with 1 meeting or visit and 3 statements."
    fact = Answer(answered=True, text=head, headline=head)
    fact._events = [7]  # type: ignore[attr-defined]
    plan = SimpleNamespace(first=False, implied=None, answer_type="person", terms=["meeting"], slots=[],
                           hard=[], slot_words=[])
    q = SimpleNamespace(kind="who", yesno=False)
    assert early.settled_early(None, fact, q, plan, {}) == ""
    line = "Khamphao Ernthavanh held a meeting on Monday, 8 May 2023."
    fact = Answer(answered=True, text=line, headline=line)
    fact._events = [7]  # type: ignore[attr-defined]
    assert early.settled_early(None, fact, q, plan, {}) == "checked event line"


PORT = """---
title: Russian transport minister tours Đà Nẵng port
outlet: Test Wire
date: 2017-03-15
---
Russian transport minister tours Đà Nẵng port

ĐÀ NẴNG, March 14 – Russian Transport Minister Pavel Sokolov arrived in Đà Nẵng on Tuesday to tour the city's deep-water port at Liên Chiểu.

Sokolov met Đà Nẵng Party Secretary Trần Văn Lâm, who briefed him on plans to widen the port's container terminal.

The two sides discussed a direct shipping line between Đà Nẵng and Vladivostok.
"""

profiles = module_engine("settled_profile", {"port.txt": PORT})


def test_the_sentence_answers_where_a_profile_of_the_title_holder_does_not(profiles):
    """"Who is the Russian transport minister who visited …": a summary of whom the title was read as does
    not answer more than who he is; it no longer settles the reply (then declined), the sentence naming him
    answers."""
    a = profiles.ask("Who is the Russian transport minister who visited Da Nang?")
    assert a.answered and "Sokolov" in a.text, a.text
