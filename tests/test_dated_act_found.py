"""'When were the climbers found': a bare "found" is the past of find as often as of "to found", and the
dated-act check reads both; "founded" stays the founding."""

from __future__ import annotations

from knowledge.answer.checks import _dated_matcher


def test_found_reads_forms_of_find_and_their_words() -> None:
    m = _dated_matcher(["found"])
    assert m("Rangers reached the two climbers on Tuesday after finding their tent near the ridge.") == [1.0]
    assert m("The missing kayak was located on Saturday off Cape Wrath.") == [1.0]
    assert m("Divers discovered the wreck in 1987.") == [1.0]


def test_found_still_reads_a_founding_and_not_an_unrelated_act() -> None:
    m = _dated_matcher(["found"])
    assert m("The orchestra was established in Tromso in 1919.")[0] >= 0.9
    assert m("The two ministers met in Oslo on Thursday.") == [0.0]


def test_founded_is_not_read_as_find() -> None:
    m = _dated_matcher(["founded", "elected"])
    assert m("The kayak was located on Saturday and he was elected in May.")[0] == 0.0
