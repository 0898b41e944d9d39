"""When the fact answerers' reply stands without the search, and when it must not: a 'who …'
question that asks more than who someone is, and two people no article names together.
Articles written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

BRIDGE = """---
title: Vietnam and Russia discuss a rail bridge
outlet: Test Wire
date: 2024-03-12
---
Vietnam and Russia discuss a rail bridge

LÀO CAI — Transport Minister Đinh Quốc Hải met Russian Deputy Transport Minister Andrei Kostin in Lào Cai on Monday.

Hải said Vietnam valued Russian experience in building railways through mountains.

Hải hoped Russia would send more experts to the Đồng Đăng border station.

Hải said both countries wanted peace and stability in Asia.

Kostin said Russian engineers were keen to return to the northern provinces next year.

They hoped to finish the new freight bridge over the Red River by 2028, to help keep peace and trade flowing across the border.
"""

PORT = """---
title: Russian governor visits Hải Phòng port
outlet: Test Wire
date: 2024-05-20
---
Russian governor visits Hải Phòng port

HẢI PHÒNG — Governor of Murmansk Region Pavel Grigoryev toured Hải Phòng port on Friday with city chairman Lê Minh Tâm.

Grigoryev said his region wanted to ship fertiliser to Vietnam through the Northern Sea Route.

Tâm said the city would give Russian shipping lines berths at the Lạch Huyện terminal.

Grigoryev said a weekly container service between Murmansk and Hải Phòng was "entirely realistic" within two years.
"""


ENVOY = """---
title: Deputy foreign minister bids farewell to Russian ambassador
outlet: Test Wire
date: 2025-08-11
---
Deputy foreign minister bids farewell to Russian ambassador

HÀ NỘI — Deputy Foreign Minister Đỗ Hùng Việt received outgoing Russian Ambassador Andrei Ivanov in Hà Nội on Monday.

"I will keep working for our friendship wherever I serve," the outgoing ambassador said.

Ivanov said Moscow would keep funding Russian-language courses in Huế and Đà Nẵng.
"""


engine = module_engine("settles", {"bridge.txt": BRIDGE, "port.txt": PORT, "envoy.txt": ENVOY})


def test_who_with_more_to_it_than_who_someone_is_is_searched(engine):
    a = engine.ask("According to Kostin, who is keen to return to the northern provinces?")
    assert a.answered, a.text
    assert "engineers were keen to return" in quoted(a)
    b = engine.ask("Who is Andrei Kostin?")
    assert b.answered and "Deputy Transport Minister" in b.text


def test_two_people_no_article_names_together_are_declined(engine):
    a = engine.ask("What did Kostin tell Lê Minh Tâm about berths?")
    assert not a.answered and not a.citations, a.text
    b = engine.ask("What did Grigoryev tell Đinh Quốc Hải?")
    assert not b.answered and not b.citations, b.text


def test_what_someone_said_is_found_when_the_question_paraphrases_most_of_it(engine):
    """The asked speaker's own statement answers although it shares few of the question's words."""
    a = engine.ask("Does Grigoryev think a weekly Murmansk route is possible?")
    assert a.answered, a.text
    assert "entirely realistic" in quoted(a)
    assert "said that entirely" not in a.text  # a quoted fragment is no clause to build a head line on


def test_a_promise_is_found_in_its_usual_wording_though_no_article_writes_the_word(engine):
    """No article has 'promise' or 'pledge'; reported promises read 'would …', 'will …'."""
    a = engine.ask("What did Ivanov pledge?")
    assert a.answered, a.text
    assert "would keep funding" in quoted(a)


def test_a_speaker_named_by_a_role_the_sentence_writes_is_the_one_asked(engine):
    a = engine.ask("What did the outgoing ambassador pledge?")
    assert a.answered, a.text
    assert "I will keep working" in quoted(a) or "would keep funding" in quoted(a)
