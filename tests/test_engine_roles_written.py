"""A role the question names that no stored title fits is no reason to decline when the article
writes it for a person the answering sentence names — far from that sentence ("The Party chief of
the northern province of Lào Cai, Đặng Xuân Phong, …" and later "Phong asked the diplomat …"),
or with the region's own name for "regional" ("Governor of Amur Oblast"). A role the articles
give nobody is still declined. Articles written for this test."""

from __future__ import annotations

from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

LAO_CAI = """---
title: Lào Cai courts Russian tour operators
outlet: Test Wire
date: 2024-10-08
---
Lào Cai courts Russian tour operators

The Party chief of the northern province of Lào Cai, Đặng Xuân Phong, hosted Russian Consul General Andrey Ivanov on Monday and said the province hoped to welcome more visitors from Siberia.

The province received some 12,000 Russian holidaymakers last year, most of them in Sa Pa.

Its Russian partners include Irkutsk and Khabarovsk, provincial officials said.

Phong asked the diplomat to promote Sa Pa's mountain resorts among Russian tour operators.
"""

HANOI = """---
title: Hà Nội leader receives Amur delegation
outlet: Test Wire
date: 2024-11-21
---
Hà Nội leader receives Amur delegation

Hà Nội People's Committee Chairman Trần Sỹ Thanh met Russian Deputy Energy Minister Pavel Sorokin in Hà Nội on Wednesday.

The two sides discussed power supplies for the capital's new metro lines.

The same day, Thanh received Vasily Orlov, Governor of Amur Oblast.
"""

KHANH_HOA = """---
title: Khánh Hòa talks port links with Russia
outlet: Test Wire
date: 2023-03-15
---
Khánh Hòa talks port links with Russia

Khánh Hòa Chairman Nguyễn Tấn Tuân met a Russian delegation in Nha Trang on Tuesday.

The guests included Deputy Transport Minister Dmitry Zverev and executives of two Far Eastern shipping lines.

In January the province had welcomed its first cruise ship from Vladivostok.

Zverev also chairs the supervisory board of the Korsakov sea port.
"""

SAIGON = """---
title: Ho Chi Minh City leader meets Russian consul
outlet: Test Wire
date: 2022-09-07
---
Ho Chi Minh City leader meets Russian consul

Nguyễn Văn Nên, Secretary of the municipal Party Committee, received Russian Consul General Alexey Popov in Ho Chi Minh City on Tuesday.

The two sides discussed direct flights between Ho Chi Minh City and Yekaterinburg.
"""

engine = module_engine("roles_written", {"lao_cai.txt": LAO_CAI, "hanoi.txt": HANOI, "khanh_hoa.txt": KHANH_HOA,
                                         "saigon.txt": SAIGON})


def test_a_role_written_for_the_speaker_earlier_in_the_article_finds_his_request(engine):
    a = engine.ask("What did the provincial Party secretary ask the diplomat to do?")
    assert a.answered and "mountain resorts" in quoted(a), a.text


def test_a_regional_governor_is_a_governor_of_a_named_region(engine):
    a = engine.ask("Which regional governor did Trần Sỹ Thanh receive?")
    assert a.answered and "Orlov" in a.text, a.text


def test_a_role_the_articles_give_nobody_is_still_declined(engine):
    a = engine.ask("What did the deputy governor ask the diplomat to do?")
    assert not a.answered and not a.citations, a.text


def test_a_deputy_with_his_portfolio_between_is_the_deputy_asked(engine):
    a = engine.ask("Which Russian deputy transport minister came to Nha Trang?")
    assert a.answered and "Zverev" in a.text, a.text


def test_chair_as_the_verb_asks_the_body_not_a_chairman(engine):
    assert not any(m.how == "role" for m in engine.index.find(parse("Which board does Zverev chair?")).mentions)
    a = engine.ask("Which board does Zverev chair?")
    assert a.answered and "Korsakov sea port" in quoted(a), a.text


def test_a_post_someone_became_is_no_holder_asked(engine):
    # "become chairman of": the post taken, asked with the body; no chairman nobody holds to decline on
    found = engine.index.find(parse("Which board did Zverev become chairman of in 2019?"))
    assert not found.unknown_roles and not any(m.how == "role" for m in found.mentions)
    assert engine.index.find(parse("Who is the chairman of the Korsakov board?")).unknown_roles or any(
        m.how == "role" for m in engine.index.find(parse("Who is the chairman of the Korsakov board?")).mentions)


def test_a_role_of_a_city_of_several_words(engine):
    found = engine.index.find(parse("Who is the Party Secretary of Ho Chi Minh City?"))
    assert [qual for _role, qual, _others in found.unknown_role_parts] == ["ho chi minh city"]
    a = engine.ask("Who is the Party Secretary of Ho Chi Minh City?")
    assert a.answered and "Nguyễn Văn Nên" in a.text, a.text
