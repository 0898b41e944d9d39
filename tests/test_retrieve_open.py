"""Open retrieval (a question naming nobody) on articles written for this test: few hits bring the
rest of their article, where the answer may word the asked thing otherwise ('arrested' for
"detained"); many hits do not."""

from __future__ import annotations

import pytest

from knowledge.answer import retrieve
from knowledge.answer.intent import make_plan
from knowledge.question import parse
from tests.helpers.engine_stores import engine_from_texts

CRASH = """ date 2022-04-03
Minibus overturns on mountain pass

LÀO CAI — A minibus carrying nine Polish hikers overturned on the O Quy Ho pass on Saturday evening.

The driver, 39-year-old Hoàng Văn Sơn, was taken to the provincial hospital with a broken arm.

Four of the hikers were treated for cuts and released the same night.
"""

ARREST = """ date 2021-08-14
Fugitive held in Quy Nhon

QUY NHƠN — Police in Bình Định province have detained a German man wanted by his country for fraud.

Klaus Becker, 52, was arrested on Thursday in a guesthouse on Nguyễn Huệ Street, officers said.

He had entered Vietnam on a tourist visa in 2019.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    """Both articles in one store: the open search must keep to the one its words are found in."""
    with engine_from_texts(tmp_path_factory.mktemp("open"), {"crash.txt": CRASH, "arrest.txt": ARREST}) as eng:
        yield eng


def _texts(engine, question: str) -> list[str]:
    q = parse(question)
    plan = make_plan(q, engine.index.find(q))
    got = retrieve.retrieve(engine.retrieval.store, plan, engine.retrieval.kinds, engine.retrieval.vocab)
    return [c.text for c in got.candidates]


def test_few_hits_bring_the_rest_of_their_article(engine):
    texts = _texts(engine, "Where was the fugitive detained?")
    assert any("Nguyễn Huệ Street" in t for t in texts)
    assert not any("minibus" in t for t in texts)  # not the other article


def test_many_hits_keep_to_themselves(engine, monkeypatch):
    monkeypatch.setattr(retrieve, "FEW", 1)
    assert not any("Nguyễn Huệ Street" in t for t in _texts(engine, "Where was the fugitive detained?"))
