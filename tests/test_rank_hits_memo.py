"""A term matcher remembers each sentence's hits (the same candidates come back in the reranker,
the checks and the next question with those words): what it remembers must be what it would work
out afresh, for every sentence, also once its memory has filled and started over. It reads only the
sentence's text, so no store change can make a remembered figure stale."""

from __future__ import annotations

from knowledge.answer import rank

SENTENCES = [
    "Mayor Ilse Brandt welcomed the Chilean delegation in Valparaíso on Tuesday.",
    "The two ports signed a memorandum on shipping containers.",
    "Brandt said the partnership would bring investment to both harbours.",
    "Nobody mentioned the fisheries agreement.",
]
TERMS = ("welcomed", "partnership", "signed", "fisheries")


def fresh(text: str) -> list[float]:
    rank._matcher.cache_clear()
    return rank.term_hits(list(TERMS), text)


def test_remembered_hits_equal_fresh_ones():
    expected = [fresh(t) for t in SENTENCES]
    rank._matcher.cache_clear()
    match = rank.term_matcher(list(TERMS))
    assert [match(t) for t in SENTENCES] == expected
    assert [match(t) for t in reversed(SENTENCES)] == expected[::-1]  # asked again, from memory
    assert expected[0][0] == 1.0 and expected[3] == [0.0, 0.0, 0.0, 1.0]


def test_a_full_memory_starts_over_and_stays_right(monkeypatch):
    expected = {t: fresh(t) for t in SENTENCES}
    monkeypatch.setattr(rank, "MATCHER_MEMO", 2)
    rank._matcher.cache_clear()
    match = rank.term_matcher(list(TERMS))
    for _ in range(3):
        for t in SENTENCES:
            assert match(t) == expected[t]
    for i in range(50):  # other sentences fill the memory over and over
        assert match(f"Filler sentence number {i} about nothing.") == [0.0, 0.0, 0.0, 0.0]
    assert {t: match(t) for t in SENTENCES} == expected
