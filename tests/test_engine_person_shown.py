"""A "who <did a person's act>" reply that quotes no one is declined: "Who signed the lease on behalf
of the port?" is not answered by "the lease was signed in Riga on May 4" (knowledge/answer/person_shown.py).
On an article written for this test."""

from __future__ import annotations

from knowledge.answer.person_shown import _ASKS_ACTOR, _capitalised
from tests.helpers.engine_stores import first_quote, module_engine


def test_only_acts_a_person_does_are_asked():
    assert _ASKS_ACTOR.search("Who signed the lease on behalf of the port?")
    assert _ASKS_ACTOR.search("Who co-chaired the third session?")
    assert not _ASKS_ACTOR.search("Who organised the fair?")  # a body as often as a person
    assert not _ASKS_ACTOR.search("Who is the port's director?")


def test_capitalised_words_leave_the_country_out():
    assert _capitalised("Việt Nam and Latvia talked, Ozols said.") == ["latvia", "ozols"]


LEASE = """---
title: Riga port leases berth to Vietnamese shipper
outlet: Test Wire
date: 2016-05-06
---
Riga port leases berth to Vietnamese shipper

RIGA, May 5 – The Freeport of Riga has leased a container berth to a Vietnamese shipping line for ten years.

The lease was signed in Riga on May 4 at a ceremony attended by shipping executives.

Port manager Andris Ozols welcomed the Vietnamese executives at the berth on Thursday.

The berth will handle rice and coffee bound for the Baltic states.
"""

engine = module_engine("person_shown", {"lease.txt": LEASE})


def test_a_person_asked_needs_a_person_quoted(engine):
    declined = engine.ask("Who signed the berth lease on behalf of the Vietnamese shipping line?")
    assert not declined.answered, declined.text
    a = engine.ask("Who welcomed the Vietnamese executives at the berth?")
    assert a.answered and "Ozols" in a.text, a.text


def _quoted(quote: str):
    from knowledge.facts import Answer, Citation
    return Answer(True, "From Test Wire:", "From Test Wire:", [Citation("x.txt", None, "Test Wire", "2016-05-06", quote)])


def test_an_act_asked_must_be_written_by_the_quote():
    """ "Who conducted …" is not answered by a quote naming the choreographer; the act's noun, a near
    form ("headed" for "chairs") or a maker's "by X" for a work answers it."""
    from knowledge.answer.person_shown import act_unwritten
    staged = _quoted("The Riga Opera staged 'Giselle' on May 4, with choreography by Ilze Ozola.")
    assert act_unwritten("Who conducted the orchestra for Giselle in Riga?", staged)
    assert act_unwritten("Who designed the costumes for Giselle?", staged)
    assert not act_unwritten("Who choreographed Giselle in Riga?", staged)
    assert not act_unwritten("Who conducted the orchestra?", _quoted("Conductor Janis Liepa led the orchestra."))
    assert not act_unwritten("Who chairs the port board?", _quoted("The board, headed by Arvids Kalns, met on May 4."))
    assert act_unwritten("Who chairs the port board?", _quoted("The board thanked the port's leaders for the lease."))
    assert not act_unwritten("Who directed 'Amber Coast'?", _quoted("The week opens with Liepa's \"Amber Coast\"."))
    assert not act_unwritten("Who directed Amber Coast?", _quoted("The films include \"Amber Coast\" by Anna Liepa."))
    assert act_unwritten("Who directed Amber Coast?", _quoted("\"Amber Coast\" was performed by two actors."))
    assert not act_unwritten("Who organised the fair?", staged)  # a body as often as a person: not held to it


def test_a_meeting_chaired_is_told_by_a_chair_word_not_by_a_title_of_head():
    """ "Who chaired the fourth board meeting?" is not answered by "X, head of the port": heading a body is
    no chairing of a sitting; "presided over" or "chaired by" tells it."""
    from knowledge.answer.person_shown import act_unwritten
    head = _quoted("Andris Ozols, head of the Freeport of Riga, met the shippers on the margins of the fourth board meeting.")
    assert act_unwritten("Who chaired the fourth board meeting of the port?", head)
    assert not act_unwritten("Who chaired the fourth board meeting of the port?",
                             _quoted("The fourth board meeting, presided over by Andris Ozols, approved the lease."))
    assert not act_unwritten("Who chairs the port board?", head)  # a body chaired: its head answers
