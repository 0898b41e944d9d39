"""A statement too long for the reply's head line is cut at a word's end, never inside a
multiword name ("Huế and Quy Nhơn" must not become "Huế and Quy…") nor after "and", "of"."""

from __future__ import annotations

from knowledge.reply import cut_words

TEXT = ("Novikov said Siberian tourists love the beaches of Phan Thiết, the old capital of Huế and Quy Nhơn "
        "and would come back in larger numbers next year if the charter flights resume")


def test_a_short_text_is_whole():
    assert cut_words("Novikov praised Quy Nhơn.", 160) == "Novikov praised Quy Nhơn."


def test_a_cut_never_splits_a_multiword_name():
    for limit in range(60, len(TEXT)):
        cut = cut_words(TEXT, limit)
        assert len(cut) <= limit and cut.endswith("…")
        assert not cut.endswith(("Quy…", "Phan…", "and…", "of…", "the…"))


def test_the_cut_keeps_the_whole_name_when_it_fits():
    assert cut_words(TEXT, 99).endswith("Huế and Quy Nhơn…")
