""""Who is X?" and "who is the <title> …?" answered from the sentence that says who the person is:
a profile of a person the store holds no title for quotes the article's first mention of the full name
("Marina Zueva, who runs export credit at the bank, told …": profile._first_mention), and a title
asked in other words than the article's ("Vietnam's envoy" for "Ambassador X", "the spokesman" for "the
spokesperson") is read as the article writes it (holders.asked_holder). Articles written for this test."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answer.holders import asked_holder
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

BANK = """---
title: Rouble-dong trade payments triple
outlet: Test Wire
date: 2022-10-11
---
Rouble-dong trade payments triple

MOSCOW, Oct 11 – Payments between Russian and Vietnamese firms in their own currencies tripled in the first nine months, a Russian bank said.

Marina Zueva, who runs export credit at Sibcombank, gave the figures at a briefing on Tuesday.

Zueva said most of the payments were for fertiliser and rice.

Zueva said the bank planned to open a representative office in Đà Nẵng next year.

She added that the bank expected the volume to double again in 2023.
"""

FAIR = """---
title: President Lê Văn Lương to visit Russia
outlet: Test Wire
date: 2019-11-24
---
President Lê Văn Lương to visit Russia

HÀ NỘI, Nov 24 – President Lê Văn Lương will pay an official visit to Russia from Monday to Thursday at the invitation of Russian President Vladimir Putin.

Vietnamese Ambassador to Russia Trương Văn Hải said the visit, which he called very important, would deepen the partnership between the two countries.

According to the ambassador, the trip also shows the country's foreign policy of independence.
"""

_PERSON = SimpleNamespace(answer_type="person")
engine = module_engine("who_is_named", {"bank.txt": BANK, "fair.txt": FAIR})


def test_a_profile_quotes_the_first_mention_of_the_full_name(engine):
    a = engine.ask("Who is Marina Zueva?")
    assert a.answered and "who runs export credit at Sibcombank" in quoted(a), a.text


def test_an_envoy_asked_is_the_ambassador_written(engine):
    assert asked_holder(_PERSON, parse("Who is Vietnam's envoy to Russia?")) == ("envoy", "ambassador")
    assert set(asked_holder(_PERSON, parse("Who was the Vietnamese spokesman?"))) == {
        "spokesman", "spokeswoman", "spokesperson"}
    a = engine.ask("Who is the Vietnamese envoy to Russia quoted about the presidential visit?")
    assert a.answered and "Trương Văn Hải" in a.text, a.text
