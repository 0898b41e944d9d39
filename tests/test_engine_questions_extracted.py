"""The same question set on a store built by the real loader and extractor (spaCy) from the seeds,
EXTRACT's test articles and this suite's own articles: what a user gets. Its outcomes are recorded
separately from the hand-built store's (extraction misses some); declines stay at 100%."""

from __future__ import annotations

import pytest

from tests.helpers.question_set import ask_all, extracted_engine
from tests.test_engine_questions import check_against_record


@pytest.fixture(scope="module")
def asked(tmp_path_factory):
    d = tmp_path_factory.mktemp("extracted")
    eng = extracted_engine(d)
    yield ask_all(eng, d / "x.db", d / "seeds")
    eng.close()


def test_question_set_on_extracted_store(asked, capsys):
    check_against_record(asked, "extracted", "question-set accuracy by kind (store built by the extractor)", capsys)
