"""A named thing that shares a word with a person ("the Dung Quat refinery" vs Nguyễn Chí Dũng),
and role aliases that mean other people in other articles, must not turn into false answers."""

import pytest

from tests.helpers.engine_stores import engine_from_texts

ARTICLES = {
    "a_refinery.txt": """---
title: Deputy Minister Nguyen Chi Dung receives Russian ambassador
outlet: Test Wire
date: 2025-03-14
---
Deputy Minister of Planning Nguyễn Chí Dũng received Russian Ambassador Gennady Bezdetko in Hà Nội on Thursday.

The Russian diplomat said Russian companies are ready to take part in upgrading the Dung Quat refinery.

Mr. Dũng said Việt Nam welcomes investment in renewable energy.
""",
    "b_forum.txt": """---
title: Russian foreign minister attends forum in Moscow
outlet: Test Wire
date: 2025-05-20
---
Russian Foreign Minister Sergey Lavrov addressed a forum on Asia-Pacific security in Moscow on Monday.

Lavrov said Russia values its partnership with ASEAN.

The Russian diplomat also said Moscow supports dialogue in the region.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    eng = engine_from_texts(tmp_path_factory.mktemp("named"), ARTICLES)
    yield eng
    eng.close()


def test_the_person_who_spoke_about_the_named_thing_is_quoted(engine):
    a = engine.ask("What did Bezdetko say about the Dung Quat refinery?")
    assert a.answered
    assert any("Dung Quat refinery" in c.quote for c in a.citations)


def test_a_name_part_inside_a_named_thing_is_not_the_person(engine):
    # "Dung" belongs to "Dung Quat", not to Nguyễn Chí Dũng; Lavrov never spoke about it.
    a = engine.ask("What did Lavrov say about the Dung Quat refinery?")
    assert not a.answered
    assert a.citations == []


def test_a_role_alias_from_another_article_does_not_name_someone_else(engine):
    # "The Russian diplomat" is Bezdetko in a_refinery.txt; it must not count as naming Lavrov.
    a = engine.ask("What did Lavrov say about the refinery?")
    assert not a.answered
    assert all("refinery" not in c.quote for c in a.citations)
