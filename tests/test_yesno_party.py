"""A yes/no question naming its party by a nation ("beat a Chilean side") is not borne out by a best quote
whose parties are of other nations (knowledge/answer/yesno_party.py). On sentences written for this test."""

from __future__ import annotations

from knowledge.answer.yesno_party import other_party
from tests.helpers.engine_stores import wire_reply as _reply


def test_a_party_of_another_nation_does_not_bear_the_premise_out():
    q = "Did the Lima club beat a Chilean side in the final?"
    assert other_party(True, q, _reply("The Lima club beat Santos of Brazil 3-1 in the final."))
    assert other_party(True, q, _reply("The Peruvian club beat the Mexican side on penalties."))
    assert not other_party(True, q, _reply("The Lima club beat Colo-Colo of Chile 3-1 in the final."))
    assert not other_party(True, q, _reply("The Lima club beat a Chilean side 3-1."))
    assert not other_party(True, q, _reply("The Lima club won the final 3-1."))  # no party's nation written
    assert not other_party(False, q, _reply("The Lima club beat Santos of Brazil 3-1 in the final."))
    assert not other_party(True, "Did the Lima club win the final?", _reply("It beat Santos of Brazil."))
